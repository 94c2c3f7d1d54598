import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Highlight } from '@/lib/annotate/types';
import { createTranslator } from '@/lib/i18n';
import type { AnchorStatus, SiteRestoreState } from '@/lib/protocol';
import { saveClip } from '@/lib/store/clips';
import type { GleanerDB } from '@/lib/store/db';
import { putHighlight } from '@/lib/store/highlights';
import { freshDb, pageClip } from '../../helpers/db';
import { fakePopupPlatform } from '../../helpers/popup-platform';

const t = createTranslator('en');
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.ready;
});

const URL = 'https://example.org/post';

/** The tab's page saved, with three highlights; `c` was made on an older version of the page. */
async function seed(db: GleanerDB): Promise<Highlight[]> {
  const { clip } = await saveClip(db, pageClip({ url: URL, title: 'Notes on Sparse Attention' }));
  const made: Highlight[] = [];
  for (const [i, [id, quote, note]] of [
    ['a', 'Local windows plus a few global tokens', 'the key idea'],
    ['b', 'keeps most of the accuracy', ''],
    ['c', 'a sentence the new version removed', 'gone?'],
  ].entries()) {
    const stamp = `2026-11-20T10:0${i}:00.000Z`;
    const highlight: Highlight = {
      id: id!,
      clipId: clip.id,
      url: URL,
      selectors: [{ type: 'TextQuoteSelector', exact: quote!, prefix: '', suffix: '' }],
      quote: quote!,
      note: note!,
      color: i === 1 ? 'green' : 'yellow',
      createdAt: stamp,
      updatedAt: stamp,
    };
    await putHighlight(db, highlight);
    made.push(highlight);
  }
  return made;
}

const placed = (orphaned: string[]): AnchorStatus => ({ anchored: ['a', 'b', 'c'].filter((id) => !orphaned.includes(id)), orphaned, ready: true, anchorMs: 12 });
const site = (enabled: boolean): SiteRestoreState => ({ pattern: 'https://example.org/*', enabled, automatic: false });

describe('the popup lists the clip’s highlights', () => {
  test('those on the page with a jump, those not found apart; delete at once, Undo puts it back exactly', async () => {
    const db = freshDb();
    const [, b] = await seed(db);
    let orphaned = ['c'];
    const fake = fakePopupPlatform(db, {
      tabCalls: { anchorStatus: () => placed(orphaned), syncHighlights: () => placed(orphaned), scrollToHighlight: () => true },
      annotatorCalls: { siteRestore: () => site(false) },
    });
    render(<PopupApp platform={fake.platform} t={t} />);
    await screen.findByRole('heading', { name: 'Highlights (3)' });
    const lost = await screen.findByRole('region', { name: 'Not found on this page (1)' });
    expect(within(lost).getByText('a sentence the new version removed')).toBeTruthy();
    expect(within(lost).queryByRole('button', { name: 'Show on page' })).toBeNull();

    fireEvent.click(screen.getAllByRole('button', { name: 'Show on page' })[0]!);
    await waitFor(() => expect(fake.tabCalls.at(-1)).toEqual({ call: 'scrollToHighlight', args: { id: 'a' } }));

    const itemB = screen.getByText('keeps most of the accuracy').closest('li')!;
    fireEvent.click(within(itemB).getByRole('button', { name: 'Delete' }));
    await screen.findByRole('heading', { name: 'Highlights (2)' });
    expect(await db.highlights.get('b')).toBeUndefined();
    // The page is told to redraw without it.
    expect(fake.tabCalls.some((c) => c.call === 'syncHighlights')).toBe(true);

    const toast = await screen.findByText('Highlight deleted.');
    fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('heading', { name: 'Highlights (3)' });
    expect(await db.highlights.get('b')).toEqual(b);
    await screen.findByText('Highlight restored.');
    orphaned = [];
  });

  test('a note edited in the popup is stored and the page redrawn', async () => {
    const db = freshDb();
    await seed(db);
    const fake = fakePopupPlatform(db, { tabCalls: { anchorStatus: () => placed([]), syncHighlights: () => placed([]) } });
    render(<PopupApp platform={fake.platform} t={t} />);
    const itemB = (await screen.findByText('keeps most of the accuracy')).closest('li')!;
    fireEvent.click(within(itemB).getByRole('button', { name: 'Add note' }));
    fireEvent.input(within(itemB).getByLabelText(/note/i), { target: { value: '精度几乎不变' } });
    fireEvent.click(within(itemB).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.highlights.get('b'))?.note).toBe('精度几乎不变'));
    await screen.findByText('精度几乎不变');
  });

  test('with no annotator in the tab it starts one; if none can run, the list has no jumps', async () => {
    const db = freshDb();
    await seed(db);
    const opened: number[] = [];
    const fake = fakePopupPlatform(db, { annotatorCalls: { openAnnotator: ({ tabId }) => (opened.push(tabId), false) } });
    render(<PopupApp platform={fake.platform} t={t} />);
    await screen.findByRole('heading', { name: 'Highlights (3)' });
    await waitFor(() => expect(opened).toEqual([7]));
    expect(screen.queryByRole('button', { name: 'Show on page' })).toBeNull();
    expect(screen.queryByRole('region', { name: /Not found/ })).toBeNull();
  });
});

describe('automatic restore for the site', () => {
  test('asks the browser for this one site; refused, it says so and stays off', async () => {
    const db = freshDb();
    await seed(db);
    const set: boolean[] = [];
    const fake = fakePopupPlatform(db, {
      grantSiteAccess: false,
      annotatorCalls: { siteRestore: () => site(false), setSiteRestore: ({ enabled }) => (set.push(enabled), site(enabled)) },
    });
    render(<PopupApp platform={fake.platform} t={t} />);
    const toggle = (await screen.findByRole('switch', { name: /Bring highlights back on example\.org automatically/ })) as HTMLInputElement;
    fireEvent.click(toggle);
    await screen.findByText(/The browser did not give Gleaner access to example\.org/);
    expect(fake.siteRequests).toEqual(['https://example.org/*']);
    expect(set).toEqual([]);
    expect(toggle.checked).toBe(false);
  });

  test('granted, it turns restore on; turning it off hands the site back', async () => {
    const db = freshDb();
    await seed(db);
    const set: boolean[] = [];
    const fake = fakePopupPlatform(db, {
      grantSiteAccess: true,
      annotatorCalls: { siteRestore: () => site(false), setSiteRestore: ({ enabled }) => (set.push(enabled), site(enabled)) },
    });
    render(<PopupApp platform={fake.platform} t={t} />);
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(set).toEqual([true, false]);
    // Only turning on asks the browser; turning off needs no permission.
    expect(fake.siteRequests).toEqual(['https://example.org/*']);
  });

  test('no switch where restore is automatic (arXiv) or impossible', async () => {
    const db = freshDb();
    await seed(db);
    const fake = fakePopupPlatform(db, { annotatorCalls: { siteRestore: () => ({ pattern: 'https://arxiv.org/*', enabled: true, automatic: true }) } });
    render(<PopupApp platform={fake.platform} t={t} />);
    await screen.findByRole('heading', { name: 'Highlights (3)' });
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
