import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { SEARCH_RESULTS_MARK } from '@/components/popup/PopupSearch';
import { createTranslator } from '@/lib/i18n';
import { defaultNotes, saveClip } from '@/lib/store/clips';
import type { GleanerDB } from '@/lib/store/db';
import type { Summary } from '@/lib/clip/model';
import { freshDb, pageClip } from '../../helpers/db';
import { fakePopupPlatform } from '../../helpers/popup-platform';

/** The popup's Search tab, through the whole popup: tab, keys, and what it hands the page view. */

const t = createTranslator('en');
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete document.documentElement.dataset.ready;
});

let n = 0;
async function save(db: GleanerDB, title: string, summary: Partial<Summary> = {}, when?: string) {
  n += 1;
  const url = `https://example.org/paper-${n}`;
  const { clip } = await saveClip(
    db,
    pageClip({ url, canonicalKey: `url:${url}`, title }),
    { summary: { ...defaultNotes().summary, ...summary } },
    new Date(when ?? `2026-11-${String((n % 20) + 1).padStart(2, '0')}T08:00:00Z`),
  );
  return clip;
}

async function openPopup(db: GleanerDB) {
  const fake = fakePopupPlatform(db);
  render(<PopupApp platform={fake.platform} t={t} />);
  await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
  return fake;
}

async function openSearch(): Promise<HTMLInputElement> {
  fireEvent.click(screen.getByRole('tab', { name: 'Search' }));
  return (await screen.findByRole('combobox', { name: 'Search your clips' })) as HTMLInputElement;
}

const titles = () => screen.queryAllByRole('option').map((o) => o.querySelector('.search-result__title')?.textContent);
const status = () => screen.getByRole('status').textContent ?? '';

describe('the popup’s Search tab', () => {
  test('an empty box lists the recent clips, newest first, with the box focused', async () => {
    const db = freshDb();
    await save(db, 'Older paper', {}, '2026-11-01T08:00:00Z');
    await save(db, 'Newer paper', {}, '2026-11-02T08:00:00Z');
    await openPopup(db);
    const box = await openSearch();
    await waitFor(() => expect(titles()).toEqual(['Newer paper', 'Older paper']));
    expect(status()).toContain('Recent clips');
    expect(document.activeElement).toBe(box);
  });

  test('finds a Chinese word inside a longer phrase, and an English word by its first letters', async () => {
    const db = freshDb();
    await save(db, 'Compressing models', { method: '我们提出一种知识蒸馏方法，压缩大模型。' });
    await save(db, 'Selective state spaces', { tldr: 'Linear-time sequence modeling.' });
    await save(db, 'Unrelated');
    await openPopup(db);
    const box = await openSearch();
    fireEvent.input(box, { target: { value: '蒸馏' } });
    await waitFor(() => expect(titles()).toEqual(['Compressing models']));
    expect([...screen.getAllByRole('option')[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['蒸馏']);
    fireEvent.input(box, { target: { value: 'selec' } });
    await waitFor(() => expect(titles()).toEqual(['Selective state spaces']));
  });

  test('Enter opens the chosen clip in the page view; ↓ moves to the next result first', async () => {
    const db = freshDb();
    await save(db, 'Attention one', { tldr: 'The first takeaway.' }, '2026-11-01T08:00:00Z');
    await save(db, 'Attention two', { tldr: 'The second takeaway.' }, '2026-11-02T08:00:00Z');
    const fake = await openPopup(db);
    const box = await openSearch();
    fireEvent.input(box, { target: { value: 'attention' } });
    await waitFor(() => expect(status()).toBe('2 results'));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Enter' });

    await waitFor(() => expect((screen.getByLabelText('TL;DR') as HTMLInputElement).value).toBe('The first takeaway.'));
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('page-title').textContent).toContain('Attention one');
    expect(screen.getByRole('button', { name: /Back to this page/ })).toBeTruthy();
    expect(fake.writes.map((w) => w.call)).not.toContain('saveClip');
  });

  test('Ctrl+Enter and Cmd+Enter in the box open the result’s page and save nothing', async () => {
    const db = freshDb();
    const clip = await save(db, 'Attention paper');
    const fake = await openPopup(db);
    const box = await openSearch();
    fireEvent.input(box, { target: { value: 'attention' } });
    await waitFor(() => expect(titles()).toEqual(['Attention paper']));
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    expect(fake.opened).toEqual([clip.url, clip.url]);
    // Also with no result to open: the page view's Ctrl+Enter (save) must not fire from here.
    fireEvent.input(box, { target: { value: 'nothingmatchesthis' } });
    await waitFor(() => expect(status()).toContain('No clip matches'));
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.writes.map((w) => w.call)).not.toContain('saveClip');
    expect(screen.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected')).toBe('true');
  });

  test('Esc in a box with text clears it and keeps the popup open; Esc in an empty box closes it', async () => {
    const db = freshDb();
    await save(db, 'One paper');
    await save(db, 'Two paper');
    const fake = await openPopup(db);
    const box = await openSearch();
    fireEvent.input(box, { target: { value: 'one' } });
    await waitFor(() => expect(titles()).toEqual(['One paper']));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(fake.closed()).toBe(false);
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(fake.closed()).toBe(true);
  });

  test('Ctrl+K (or Cmd+K) from the summary form opens the search with the box focused', async () => {
    const db = freshDb();
    await openPopup(db);
    expect(document.activeElement?.id).toBe('field-tldr');
    fireEvent.keyDown(document.activeElement!, { key: 'k', ctrlKey: true });
    const box = await screen.findByRole('combobox', { name: 'Search your clips' });
    await waitFor(() => expect(document.activeElement).toBe(box));

    // Back on the page, Cmd+K returns to the search, which kept its query.
    fireEvent.input(box, { target: { value: 'sparse' } });
    fireEvent.click(screen.getByRole('tab', { name: 'This page' }));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Search your clips' })).toBeNull());
    (screen.getByLabelText('Problem') as HTMLElement).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'K', metaKey: true });
    const again = (await screen.findByRole('combobox', { name: 'Search your clips' })) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(again.value).toBe('sparse');
  });

  test('a query of stop words shows a hint; a 1,000-character paste is searched in part and says so', async () => {
    const db = freshDb();
    await save(db, 'Attention paper');
    await openPopup(db);
    const box = await openSearch();
    fireEvent.input(box, { target: { value: 'the of and' } });
    await waitFor(() => expect(status()).toContain('is too common'));
    expect(titles()).toEqual([]);

    // A pasted abstract: more words than a query looks up, regex-like characters taken literally.
    const sentence = '我们提出了一种新的知识蒸馏方法，在多个基准上取得了显著提升。Selective state spaces (a|b)* scale [linearly] in sequence length. ';
    const paste = `attention ${sentence.repeat(20)}`.slice(0, 1000);
    expect(paste).toHaveLength(1000);
    fireEvent.input(box, { target: { value: paste } });
    await waitFor(() => expect(status()).toContain('only its first words were searched'));
    expect(box.value).toBe(paste);
  });

  test('each outcome on screen is marked for the bench, with its query and number of hits, once it is in the document', async () => {
    const db = freshDb();
    await save(db, 'Attention paper');
    await save(db, 'Other paper');
    // What the document showed at each mark.
    const marks: { detail: unknown; shown: unknown[] }[] = [];
    vi.spyOn(performance, 'mark').mockImplementation(((name: string, options?: { detail?: unknown }) => {
      if (name === SEARCH_RESULTS_MARK) marks.push({ detail: options?.detail, shown: titles() });
    }) as typeof performance.mark);
    await openPopup(db);
    const box = await openSearch();
    await waitFor(() => expect(marks).toContainEqual({ detail: { query: '', hits: 2 }, shown: ['Other paper', 'Attention paper'] }));
    fireEvent.input(box, { target: { value: 'attention' } });
    await waitFor(() => expect(marks).toContainEqual({ detail: { query: 'attention', hits: 1 }, shown: ['Attention paper'] }));
    fireEvent.input(box, { target: { value: 'the' } });
    await waitFor(() => expect(marks).toContainEqual({ detail: { query: 'the', hits: 0 }, shown: [] }));
    expect(marks.every(({ detail }) => ['', 'attention', 'the'].includes((detail as { query: string }).query))).toBe(true);
  });
});

describe('tag completion', () => {
  test('reads the library’s tags when the tag field is first focused, not when the popup opens', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, pageClip({ url: 'https://example.org/tagged', canonicalKey: 'url:https://example.org/tagged' }), { tags: ['distillation'] });
    expect(clip.tags).toEqual(['distillation']);
    const uniqueKeys = vi.spyOn(db.clips, 'orderBy');
    await openPopup(db);
    const suggestions = () => [...document.querySelectorAll('#field-tags-suggestions option')].map((o) => o.getAttribute('value'));
    expect(suggestions()).toEqual([]);
    expect(uniqueKeys).not.toHaveBeenCalledWith('tags');
    fireEvent.focus(screen.getByLabelText('Tags'));
    await waitFor(() => expect(suggestions()).toEqual(['distillation']));
  });
});
