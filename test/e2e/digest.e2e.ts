import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildDigest } from '../../lib/digest/build';
import { readClipFile } from '../../lib/digest/input';
import { filterClips, sortByClipped } from '../../lib/digest/select';
import { currentIsoWeek, formatIsoWeek } from '../../lib/export/iso-week';
import type { Clip, Notes, PageClip } from '../../lib/clip/model';
import { EXTENSION_DIR, ROOT } from './paths';
import { launchGleaner, type Gleaner } from './harness';

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
});
afterAll(async () => {
  await gleaner?.close();
});

/** The fixture library's papers of 2026-W47, to be saved again today through the background. */
async function fixtureClips(): Promise<Clip[]> {
  const file = path.join(ROOT, 'test/fixtures/digest/library.json');
  const library = readClipFile(await readFile(file, 'utf8'), file, '2026-11-01T00:00:00Z');
  return sortByClipped(filterClips(library.clips, { kind: 'week', week: { year: 2026, week: 47 } }, 'Asia/Shanghai'));
}

function split(clip: Clip): { page: PageClip; notes: Notes } {
  const { summary, tags, status, rating, id: _id, createdAt: _c, updatedAt: _u, ...page } = clip;
  return { page, notes: { summary, tags, status, rating } };
}

test('save clips, select this week in options.html#digest, download the digest and compare it', async () => {
  const clips = await fixtureClips();
  const options = await gleaner.openExtensionPage('options.html#digest');
  for (const clip of clips) {
    const reply = await options.evaluate((args) => chrome.runtime.sendMessage({ call: 'saveClip', args }), split(clip));
    expect(reply).toMatchObject({ ok: true });
  }
  await options.setViewportSize({ width: 1400, height: 1000 });
  await options.reload();
  await expect.poll(() => options.getByTestId('digest-clips').locator('li').count()).toBe(clips.length);
  await options.getByLabel('This week').check();

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download .md' }).click()]);
  const now = new Date();
  const timeZone = await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const week = currentIsoWeek(now, timeZone);
  expect(download.suggestedFilename()).toBe(`${formatIsoWeek(week)}-paper-digest.md`);
  const text = await readFile((await download.path())!, 'utf8');

  // The same clips (in the order saved, which is the order clipped) through the same builder.
  const expected = buildDigest(clips, [], { lang: 'en', timeZone, now, period: { kind: 'week', week } });
  if (!expected.ok) throw new Error(expected.error.message);
  expect(text).toBe(expected.digest.markdown);
  expect(text).toContain('## 1. Reasoning');
  await gleaner.screenshot(options, 'digest-panel');
});

test('the preview is sanitized in a real browser', async () => {
  const options = await gleaner.openExtensionPage('options.html#digest');
  const hostile: PageClip = {
    url: 'https://evil.example/post',
    canonicalKey: 'url:https://evil.example/post',
    kind: 'blog',
    title: 'Hostile <img src=x onerror="window.pwned=1">',
    authors: ['Mallory'],
    abstract: null, published: null, updated: null, arxivId: null, arxivVersion: null, primaryCategory: null, categories: [],
    comments: null, journalRef: null, doi: null, pdfUrl: null, htmlUrl: null, absUrl: null, siteName: null, lang: null, leadImage: null,
    content: '', warnings: [],
  };
  const notes = { summary: { tldr: 'Click [me](javascript:window.pwned=2) <script>window.pwned=3</script><img src=x onerror="window.pwned=4">', problem: '', method: '', results: '', future: '' }, tags: ['zzz-hostile'], status: 'done' as const, rating: null };
  await options.evaluate((args) => chrome.runtime.sendMessage({ call: 'saveClip', args }), { page: hostile, notes });
  await options.reload();
  await options.getByLabel('Tag', { exact: true }).first().check();
  await options.getByRole('combobox', { name: 'Tag' }).selectOption('zzz-hostile');
  const preview = options.getByTestId('digest-preview');
  await expect.poll(() => preview.textContent()).toContain('Hostile');
  // The title's tag was escaped to text by the template; the summary's raw HTML reached DOMPurify.
  await expect.poll(() => preview.textContent()).toContain('Hostile <img src=x onerror="window.pwned=1">');
  expect(await preview.locator('[onerror], script, a[href^="javascript"]').count()).toBe(0);
  expect(await preview.locator('a', { hasText: 'me' }).count()).toBe(1);
  expect(await options.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('templates: a broken edit shows its line and column; the digest keeps the last working body', async () => {
  const page = await gleaner.openExtensionPage('options.html#templates');
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.getByRole('button', { name: 'Built-in (English)' }).click();
  await page.getByRole('button', { name: 'Copy to a new template' }).click();
  const editor = page.getByLabel('Template (Liquid)');
  await expect.poll(() => editor.isEditable()).toBe(true);
  await editor.fill('# {{ title }}\n{% if count > 0 %}\nPapers: {{ count }}');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Line 2, column 1');
  await gleaner.screenshot(page, 'templates-panel-error');
  await editor.fill('# {{ title }}\n\nPapers: {{ count }}');
  await expect.poll(() => page.getByRole('alert').count()).toBe(0);
  await expect.poll(() => page.getByTestId('template-preview').textContent()).toContain('Papers: 2');
  await gleaner.screenshot(page, 'templates-panel');
});

test('the bundled template engine builds no functions from strings (MV3 CSP)', async () => {
  const dir = path.join(EXTENSION_DIR, 'chunks');
  const files = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const sources = await Promise.all(files.map((name) => readFile(path.join(dir, name), 'utf8')));
  const withLiquid = sources.filter((source) => source.includes('undefined filter'));
  expect(withLiquid.length).toBeGreaterThan(0);
  for (const source of withLiquid) expect(source).not.toMatch(/new Function\(|\beval\(/);
});
