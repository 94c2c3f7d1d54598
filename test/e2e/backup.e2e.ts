import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyMetadata, type PageClip } from '../../lib/clip/model';
import { launchGleaner, type Gleaner } from './harness';

/**
 * The whole backup story in real Chromium: save clips and a highlight through the background,
 * export from the options page (a real download), delete the extension's database, import the
 * file back, and find every clip and highlight as it was.
 */

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
});
afterAll(async () => {
  await gleaner?.close();
});

function page(n: number, extra: Partial<PageClip> = {}): PageClip {
  const url = `https://example.org/paper-${n}`;
  return { ...emptyMetadata(url, `Paper ${n}`), canonicalKey: `url:${url}`, kind: 'blog', content: `# Paper ${n}\n\n正文 ${n} with $x^${n}$.`, warnings: [], ...extra };
}

/** Calls the background as the popup does. */
function call(from: Page, name: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return from.evaluate(([call, args]) => chrome.runtime.sendMessage({ call, args }), [name, args] as const);
}

/**
 * Every row of the extension's database, read with the raw IndexedDB API (not Gleaner's code).
 * An absent database reads as empty (opening it here would create it).
 */
function readDatabase(from: Page): Promise<Record<string, unknown[]>> {
  return from.evaluate(
    async () =>
      !(await indexedDB.databases()).some((info) => info.name === 'gleaner')
        ? {}
        : new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // The search index is derived (and names its base afresh on every write of it).
          const names = [...db.objectStoreNames].filter((n) => !n.startsWith('search'));
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

async function exportBackup(options: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup' }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

test('save, export, wipe, import: every clip and highlight is back, and a second export is the same', async () => {
  const options = await gleaner.openExtensionPage('options.html#backup');
  await options.getByRole('heading', { name: 'Backup' }).waitFor();

  for (const n of [1, 2, 3]) {
    const saved = await call(options, 'saveClip', { page: page(n), notes: { tags: [`tag-${n}`, '蒸馏'], summary: { tldr: `TL;DR ${n}`, problem: '', method: '', results: '', future: '' } } });
    expect(saved.ok).toBe(true);
  }
  const ref = { url: 'https://example.org/paper-2', title: 'Paper 2', canonicalKey: 'url:https://example.org/paper-2' };
  const highlight = { selectors: [{ type: 'TextQuoteSelector', exact: '正文 2', prefix: '', suffix: ' with' }], quote: '正文 2', note: 'key point', color: 'green' };
  expect((await call(options, 'addHighlight', { page: ref, highlight })).ok).toBe(true);
  const original = await readDatabase(options);
  expect(original.clips).toHaveLength(3);
  expect(original.highlights).toHaveLength(1);

  const first = await exportBackup(options);
  expect(first.name).toMatch(/^gleaner-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(first.text)).toMatchObject({ format: 'gleaner-backup', version: 1, counts: { clips: 3, highlights: 1 } });
  await expect.poll(() => options.getByRole('status').textContent()).toContain('(clips: 3, highlights: 1)');

  // Clear the extension's storage: the background and this page hold the database open; Dexie
  // closes on the delete request and reopens (empty) on next use.
  const deleted = await options.evaluate(
    () => new Promise<string>((resolve) => {
      const req = indexedDB.deleteDatabase('gleaner');
      req.onsuccess = () => resolve('deleted');
      req.onerror = () => resolve(`error: ${req.error}`);
    }),
  );
  expect(deleted).toBe('deleted');
  await options.reload();
  expect((await readDatabase(options)).clips ?? []).toHaveLength(0);

  await options.getByLabel('Backup file').setInputFiles({ name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
  await expect.poll(() => options.getByTestId('backup-preview').textContent()).toContain('holds clips: 3, highlights: 1, templates: 0, settings: 0.');
  await expect.poll(() => options.getByTestId('backup-preview').textContent()).toContain('Clips in your library: 0. Of the file’s clips, new: 3;');
  await gleaner.screenshot(options, 'backup-panel-preview');
  await options.getByRole('button', { name: 'Import' }).click();
  await expect.poll(() => options.getByRole('status').textContent()).toContain('Done. Clips added: 3, updated: 0, kept as they were: 0. Highlights written: 1.');
  await gleaner.screenshot(options, 'backup-panel-imported');

  const restored = await readDatabase(options);
  for (const table of ['clips', 'contents', 'highlights', 'templates']) {
    expect(restored[table], table).toEqual(original[table]);
  }
  // Settings: the user's come back; bookkeeping about the deleted database (the search terms'
  // version) is not in a backup, and the background writes it again on its next start.
  const userSettings = (rows: unknown[] | undefined) => (rows ?? []).filter((row) => (row as { key: string }).key !== 'searchTermsVersion');
  expect(userSettings(restored.settings)).toEqual(userSettings(original.settings));
  const second = await exportBackup(options);
  const { exportedAt: _a, ...firstData } = JSON.parse(first.text) as Record<string, unknown>;
  const { exportedAt: _b, ...secondData } = JSON.parse(second.text) as Record<string, unknown>;
  expect(secondData).toEqual(firstData);

  // The background (whose connection the delete closed) writes again, and search terms came back.
  expect((await call(options, 'saveClip', { page: page(4) })).ok).toBe(true);
  // The Library finds the restored clips by their tag: the import rebuilt their search terms.
  await options.goto(options.url().replace(/#.*$/, '#library'));
  await options.getByRole('combobox').fill('tag:蒸馏');
  await expect.poll(() => options.getByRole('option').count()).toBe(3);
});

test('a file that is not a backup is refused in the page, with what to do', async () => {
  const options = await gleaner.openExtensionPage('options.html#backup');
  await options.getByLabel('Backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"gleaner":true,"clips":[]}') });
  await expect.poll(() => options.getByRole('alert').textContent()).toContain('not a Gleaner backup');
  await gleaner.screenshot(options, 'backup-panel-refused');
});

test('a 200 MB file is refused from its size at once, and the library is untouched', async () => {
  // A sparse file: 200 MB to the browser, nothing on disk. Reading it all would take seconds and
  // hundreds of MB of memory; the size check comes first.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gleaner-huge-'));
  const file = path.join(dir, 'gleaner-backup-huge.json');
  await writeFile(file, '{"format":"gleaner-backup"');
  await truncate(file, 200 * 1024 * 1024);
  const options = await gleaner.openExtensionPage('options.html#backup');
  const before = await readDatabase(options);
  await options.getByLabel('Backup file').setInputFiles(file);
  await expect.poll(() => options.getByRole('alert').textContent()).toContain('This file is 200 MB; Gleaner imports backups of up to 150 MB.');
  expect(await readDatabase(options)).toEqual(before);
  await rm(dir, { recursive: true, force: true });
});
