import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { BackupPanel } from '@/components/backup/BackupPanel';
import type { SaveFile } from '@/components/backup/save-file';
import type { OptionsPlatform } from '@/components/options/options-platform';
import { backupParts, collectBackup } from '@/lib/backup/export';
import { createTranslator, type Locale } from '@/lib/i18n';
import { fail } from '@/lib/protocol';
import { saveClip } from '@/lib/store/clips';
import type { GleanerDB } from '@/lib/store/db';
import { freshDb, pageClip } from '../../helpers/db';
import { failWritesTo } from '../../lib/backup/fail-writes';

afterEach(cleanup);

function paper(n: number) {
  return pageClip({ url: `https://a.org/${n}`, canonicalKey: `url:https://a.org/${n}`, title: `paper ${n}` });
}

function setup(db: GleanerDB, locale: Locale = 'en') {
  const platform: OptionsPlatform = { db, call: async () => fail('unused'), openTab: () => undefined, uiLanguage: locale === 'en' ? 'en-US' : 'zh-CN' };
  const save = vi.fn<SaveFile>();
  render(<BackupPanel platform={platform} t={createTranslator(locale)} save={save} />);
  return save;
}

/** Picks a file in the import input as a person would. */
function pick(file: { name: string; size: number; text(): Promise<string> }) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function fileOf(build: (db: GleanerDB) => Promise<unknown>, name = 'gleaner-backup-2026-11-22.json'): Promise<File> {
  const db = freshDb();
  await build(db);
  return new File(backupParts(await collectBackup(db)), name, { type: 'application/json' });
}

describe('Backup panel', () => {
  test('Export saves the whole library as gleaner-backup-<date>.json and says what it saved', async () => {
    const db = freshDb();
    await saveClip(db, paper(1), { tags: ['注意力'] });
    await saveClip(db, paper(2));
    const save = setup(db);
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toMatch(/^gleaner-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await blob.text()) as { counts: { clips: number }; clips: { tags: string[] }[] };
    expect(json.counts.clips).toBe(2);
    expect(json.clips.flatMap((c) => c.tags)).toEqual(['注意力']);
    await screen.findByText(`Saved ${name} (clips: 2, highlights: 0).`);
  });

  test('Import shows a preview, merges by default, and reports what it did', async () => {
    const file = await fileOf(async (other) => {
      await saveClip(other, paper(1), {}, new Date('2026-11-20T00:00:00Z'));
      await saveClip(other, paper(2), {}, new Date('2026-11-20T00:00:00Z'));
    });
    const db = freshDb();
    await saveClip(db, paper(1), {}, new Date('2026-11-01T00:00:00Z'));
    await saveClip(db, paper(3), {}, new Date('2026-11-01T00:00:00Z'));
    setup(db);
    pick(file);
    const preview = await screen.findByTestId('backup-preview');
    expect(preview.textContent).toContain('gleaner-backup-2026-11-22.json holds clips: 2, highlights: 0');
    expect(preview.textContent).toContain('Clips in your library: 2. Of the file’s clips, new: 1; newer than yours: 1; as new as yours or older: 0.');
    expect(screen.getByLabelText(/Merge/)).toHaveProperty('checked', true);
    expect(await db.clips.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Done. Clips added: 1, updated: 1, kept as they were: 0. Highlights written: 0.');
    expect(await db.clips.count()).toBe(3);
  });

  test('Replace says how many clips it will delete before it does', async () => {
    const file = await fileOf((other) => saveClip(other, paper(1)));
    const db = freshDb();
    await saveClip(db, paper(2));
    await saveClip(db, paper(3));
    setup(db);
    pick(file);
    await screen.findByTestId('backup-preview');
    fireEvent.click(screen.getByLabelText(/Replace/));
    expect(screen.getByText(/Your clips that are not in it will be deleted: 2\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByText(/Done\. Clips added: 1,/);
    expect((await db.clips.toArray()).map((c) => c.title)).toEqual(['paper 1']);
  });

  test('Cancel leaves the library alone', async () => {
    const db = freshDb();
    setup(db);
    pick(await fileOf((other) => saveClip(other, paper(1))));
    await screen.findByTestId('backup-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('backup-preview')).toBeNull();
    expect(await db.clips.count()).toBe(0);
  });

  test.each([
    ['not JSON', new File(['<html>'], 'page.html'), /not a Gleaner backup \(it is not JSON\)/],
    ['cut short', new File(['{"format":"gleaner-backup","version":1,"clips":[{"id'], 'gleaner-backup.json'), /incomplete or damaged/],
    ['from a newer Gleaner', new File(['{"format":"gleaner-backup","version":3}'], 'b.json'), /newer Gleaner \(version 3\)\. Update Gleaner/],
  ])('a file that is %s is refused with what to do, and nothing changes', async (_what, file, message) => {
    const db = freshDb();
    await saveClip(db, paper(1));
    const before = await collectBackup(db, new Date(0));
    setup(db);
    pick(file);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await collectBackup(db, new Date(0))).toEqual(before);
  });

  test('a 200 MB file is refused from its size without being read', async () => {
    setup(freshDb());
    const text = vi.fn(() => Promise.reject(new Error('read')));
    pick({ name: 'huge.json', size: 200 * 1024 * 1024, text });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is 200 MB; Gleaner imports backups of up to 150 MB. Check that you chose a Gleaner backup (gleaner-backup-….json).',
    );
    expect(text).not.toHaveBeenCalled();
  });

  test('a full disk during the import: nothing written, and the message says what to do', async () => {
    const file = await fileOf((other) => saveClip(other, paper(1)));
    const db = freshDb();
    failWritesTo(db, 'contents');
    setup(db);
    pick(file);
    await screen.findByTestId('backup-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Nothing was imported; your library is unchanged\. The browser has no room left.*export a backup/);
    expect(await db.clips.count()).toBe(0);
  });

  test('in Chinese, numbers and messages are Chinese', async () => {
    const db = freshDb();
    setup(db, 'zh_CN');
    pick(await fileOf((other) => saveClip(other, paper(1))));
    expect((await screen.findByTestId('backup-preview')).textContent).toContain('包含剪藏 1 条');
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    await screen.findByText(/完成。新增剪藏 1 条/);
  });
});
