import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchGleaner, type Gleaner } from './harness';

/**
 * One clip out of Gleaner, in real Chromium: from the popup (copy BibTeX, download the note) and
 * from the Library's preview (download the note). The clipboard is read back through the page.
 */
let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
  await gleaner.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await gleaner?.close();
});

test('the popup exports a saved clip: BibTeX to the clipboard, the note as a .md download', async () => {
  const page = await gleaner.openPage('/blog-post.html');
  const popup = await gleaner.openPopup(page);
  await popup.locator('html[data-ready="true"]').waitFor();
  // Not saved yet: nothing to export.
  expect(await popup.getByRole('group', { name: 'Export this clip' }).count()).toBe(0);
  await popup.getByLabel('TL;DR').fill('Local windows plus a few global tokens suffice.');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  const bar = popup.getByRole('group', { name: 'Export this clip' });
  await bar.waitFor();

  await bar.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect.poll(() => bar.getByRole('status').textContent()).toBe('BibTeX copied.');
  const bibtex = await popup.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toMatch(/^@misc\{\w+,\n {2}title = \{\{Notes on Sparse Attention\}\},\n/);
  expect(bibtex).toContain('howpublished = {A Small ML Blog}');

  const [download] = await Promise.all([popup.waitForEvent('download'), bar.getByRole('button', { name: 'Download .md' }).click()]);
  expect(download.suggestedFilename()).toBe('Notes on Sparse Attention.md');
  const note = await readFile((await download.path())!, 'utf8');
  expect(note).toMatch(/^---\n(.+\n)*title: "Notes on Sparse Attention"\n/);
  expect(note).toContain('## TL;DR\n\nLocal windows plus a few global tokens suffice.');
  await gleaner.screenshot(popup, 'popup-export-bar');
  await popup.close();
  await page.close();
});

test('the Library preview copies the BibTeX and the note, and downloads the same note', async () => {
  const library = await gleaner.openExtensionPage('options.html#library');
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('sparse');
  await box.press('Enter');
  const bar = library.getByRole('group', { name: 'Export this clip' });
  await bar.waitFor();

  await bar.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect.poll(() => bar.getByRole('status').textContent()).toBe('BibTeX copied.');
  const bibtex = await library.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toMatch(/^@misc\{\w+,\n {2}title = \{\{Notes on Sparse Attention\}\},\n/);
  expect(bibtex).toContain('howpublished = {A Small ML Blog}');

  await bar.getByRole('button', { name: 'Copy note' }).click();
  await expect.poll(() => bar.getByRole('status').textContent()).toBe('Note copied as Markdown.');
  const copied = await library.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^---\n(.+\n)*title: "Notes on Sparse Attention"\n/);

  const [download] = await Promise.all([library.waitForEvent('download'), bar.getByRole('button', { name: 'Download .md' }).click()]);
  expect(download.suggestedFilename()).toBe('Notes on Sparse Attention.md');
  const note = await readFile((await download.path())!, 'utf8');
  expect(note).toBe(copied);
  expect(note).toContain('## TL;DR\n\nLocal windows plus a few global tokens suffice.');
  await expect.poll(() => bar.getByRole('status').textContent()).toBe('Downloaded Notes on Sparse Attention.md.');
  await gleaner.screenshot(library, 'library-export-bar');
});
