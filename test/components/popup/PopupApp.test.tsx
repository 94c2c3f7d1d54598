import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { createTranslator } from '@/lib/i18n';
import { getClip, saveClip, saveDraft, defaultNotes } from '@/lib/store/clips';
import { freshDb, pageClip } from '../../helpers/db';
import { fakePopupPlatform } from '../../helpers/popup-platform';

const t = createTranslator('en');
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.ready;
});

async function ready() {
  await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
}

describe('the popup on a page never clipped', () => {
  test('shows the page, focuses the TL;DR, and saves typing as a draft under the URL key', async () => {
    const db = freshDb();
    const fake = fakePopupPlatform(db);
    render(<PopupApp platform={fake.platform} t={t} />);
    await ready();
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toContain('Notes on Sparse Attention'));
    expect(document.activeElement?.id).toBe('field-tldr');
    expect(screen.getByTestId('clip-status').textContent).toBe('Not saved yet');

    fireEvent.input(screen.getByLabelText('Problem'), { target: { value: 'Attention is quadratic.' } });
    await waitFor(async () => expect((await db.drafts.get('url:https://example.org/post'))?.notes.summary.problem).toBe('Attention is quadratic.'));
    expect(screen.getByTestId('clip-status').textContent).toBe('Draft — not saved yet');
  });

  test('Ctrl+Enter saves the page with the draft folded in', async () => {
    const db = freshDb();
    const fake = fakePopupPlatform(db);
    render(<PopupApp platform={fake.platform} t={t} />);
    await ready();
    fireEvent.input(screen.getByLabelText('TL;DR'), { target: { value: 'Windows + globals suffice.' } });
    await waitFor(() => expect(screen.queryByText('Reading the page…')).toBeNull());
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('clip-status').textContent).toBe('Saved'));
    const [row] = await db.clips.toArray();
    expect(row?.summary.tldr).toBe('Windows + globals suffice.');
    expect((await getClip(db, row!.id))?.content).toContain('Fixed patterns');
    expect(await db.drafts.count()).toBe(0);
    const calls = fake.writes.map((w) => w.call);
    expect(calls.at(-1)).toBe('saveClip');
    expect(fake.writes.at(-1)?.args).toMatchObject({ draftKey: 'url:https://example.org/post' });
  });

  test('a page that cannot be read says why in one sentence and can still be saved', async () => {
    const db = freshDb();
    const fake = fakePopupPlatform(db, { tab: { id: 3, url: 'https://chromewebstore.google.com/detail/x', title: 'Store' }, html: null });
    render(<PopupApp platform={fake.platform} t={t} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('cannot read this page'));
    const save = screen.getByRole('button', { name: 'Save' });
    expect((save as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(async () => expect((await db.clips.toArray())[0]?.title).toBe('Store'));
  });

  test('a tab with nothing in it disables Save and says so', async () => {
    const fake = fakePopupPlatform(freshDb(), { tab: null });
    render(<PopupApp platform={fake.platform} t={t} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('There is no page to clip in this tab.'));
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('Esc closes the popup', async () => {
    const fake = fakePopupPlatform(freshDb());
    render(<PopupApp platform={fake.platform} t={t} />);
    await ready();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(fake.closed()).toBe(true);
  });
});

describe('the popup on a page already clipped', () => {
  test('opens the saved clip for editing and autosaves exactly what is typed', async () => {
    const db = freshDb();
    const { clip } = await saveClip(
      db,
      pageClip({ title: 'Notes on Sparse Attention' }),
      { summary: { ...defaultNotes().summary, tldr: 'Saved takeaway', problem: 'Old problem' }, tags: ['attention'] },
    );
    const fake = fakePopupPlatform(db);
    render(<PopupApp platform={fake.platform} t={t} />);
    await ready();
    expect((screen.getByLabelText('TL;DR') as HTMLInputElement).value).toBe('Saved takeaway');
    expect(document.activeElement?.id).toBe('field-method');
    expect(screen.getByTestId('clip-status').textContent).toBe('Saved');
    expect(screen.getByRole('button', { name: 'Update clip' })).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Problem'), { target: { value: '' } });
    await waitFor(async () => expect((await db.clips.get(clip.id))?.summary.problem).toBe(''));
    expect(fake.writes.filter((w) => w.call === 'saveDraft')).toHaveLength(0);
  });

  test('a draft from an earlier visit comes back as typed', async () => {
    const db = freshDb();
    await saveDraft(db, {
      key: 'url:https://example.org/post',
      url: 'https://example.org/post',
      title: 'A post',
      notes: { ...defaultNotes(), summary: { ...defaultNotes().summary, results: '准确率 98%' }, rating: 4 },
    });
    render(<PopupApp platform={fakePopupPlatform(db).platform} t={t} />);
    await ready();
    expect((screen.getByLabelText('Results') as HTMLTextAreaElement).value).toBe('准确率 98%');
    expect((screen.getByLabelText('4 of 5') as HTMLInputElement).checked).toBe(true);
  });
});
