import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { readStore } from './idb';
import { launchGleaner, type Gleaner } from './harness';
import { ROOT } from './paths';

/**
 * Clipping from an arXiv PDF tab in real Chromium. arxiv.org cannot be reached from here, so the
 * browser context answers for it with `context.route`: its routes cover the popup's own fetch()
 * calls (the popup is an extension page in the same context; `page.route` on the popup would do
 * too, but context routes also serve the arXiv tabs). The PDF address serves a one-page PDF, the
 * export API the hand-written Atom answer and the abstract page the hand-written page in
 * test/fixtures/arxiv. A tab the extension opens misses the routes on its first load (see
 * loadRouted).
 */
const ATOM = readFileSync(path.join(ROOT, 'test/fixtures/arxiv/api-2301.00001v2.xml'), 'utf8');
// A second paper, so that each test starts without a saved clip: the same abstract page, renumbered.
const ABS_2 = readFileSync(path.join(ROOT, 'test/fixtures/arxiv/abs-2301.00001v2.html'), 'utf8').replaceAll('2301.00001', '2301.00002');
// The smallest PDF a viewer accepts: one empty page.
const PDF = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF',
].join('\n');

let gleaner: Gleaner;
const apiCalls: string[] = [];
const absCalls: string[] = [];
/** How the routed arXiv behaves: answering, answering 503 (overloaded), or unreachable. */
let arxiv: 'up' | 'busy' | 'offline' = 'up';

beforeAll(async () => {
  gleaner = await launchGleaner();
  // context.route (not page.route): the popup's fetch() runs in the popup page, which the
  // context's routes cover; they also cover tabs the extension opens with chrome.tabs.create.
  await gleaner.context.route('https://export.arxiv.org/**', (route) => {
    apiCalls.push(route.request().url());
    if (arxiv === 'offline') return route.abort('internetdisconnected');
    if (arxiv === 'busy') return route.fulfill({ status: 503, body: 'Service Unavailable' });
    return route.fulfill({ status: 200, contentType: 'application/atom+xml; charset=utf-8', body: ATOM });
  });
  await gleaner.context.route('https://arxiv.org/abs/**', (route) => {
    // Only the popup's fetches: the abstract page's own tab is routed here too.
    if (route.request().resourceType() === 'fetch') absCalls.push(route.request().url());
    if (arxiv === 'offline') return route.abort('internetdisconnected');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ABS_2 });
  });
  await gleaner.context.route('https://arxiv.org/pdf/**', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: PDF }));
});
afterAll(async () => {
  await gleaner?.close();
});

beforeEach(() => {
  arxiv = 'up';
  apiCalls.length = 0;
  absCalls.length = 0;
});

test('the popup on a PDF tab shows the paper from arXiv, and saving makes one clip for it', async () => {
  const tab = await gleaner.openPage('https://arxiv.org/pdf/2301.00001v2');
  const response = await loadRouted(tab, 'https://arxiv.org/pdf/2301.00001v2');
  expect(response?.headers()['content-type']).toBe('application/pdf');
  const popup = await gleaner.openPopup(tab);
  await expect.poll(() => popup.getByTestId('page-title').textContent(), { timeout: 20_000 }).toContain('the second version');
  expect(apiCalls).toEqual(['https://export.arxiv.org/api/query?id_list=2301.00001v2&max_results=1']);
  const header = (await popup.locator('header, .clip-header').first().textContent()) ?? '';
  expect(header).toContain('Jane Doe');
  expect(header).toContain('2301.00001v2');
  await gleaner.screenshot(popup, 'popup-arxiv-pdf');

  await popup.getByLabel('TL;DR').fill('Scaling by beta is exact.');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');
  const rows = await clipsIn(popup);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ canonicalKey: 'arxiv:2301.00001', arxivVersion: 2, url: 'https://arxiv.org/pdf/2301.00001v2' });
  await popup.close();

  // Opening the popup on the PDF tab again finds the saved clip and its summary.
  const again = await gleaner.openPopup(tab);
  await expect.poll(() => again.getByLabel('TL;DR').inputValue()).toBe('Scaling by beta is exact.');
  await expect.poll(() => again.getByTestId('clip-status').textContent()).toBe('Saved');
  await again.close();
});

test('saved from the abstract page, then the PDF tab (arXiv API busy) shows the same clip as saved', async () => {
  const abs = await gleaner.openPage('https://arxiv.org/abs/2301.00002v2');
  await loadRouted(abs, 'https://arxiv.org/abs/2301.00002v2');
  const onAbs = await gleaner.openPopup(abs);
  await expect.poll(() => onAbs.getByTestId('page-title').textContent(), { timeout: 20_000 }).toContain('the second version');
  await onAbs.getByLabel('TL;DR').fill('Read on the abstract page.');
  await onAbs.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => onAbs.getByTestId('clip-status').textContent()).toBe('Saved');
  await onAbs.close();

  arxiv = 'busy';
  const pdf = await gleaner.openPage('https://arxiv.org/pdf/2301.00002v2');
  await loadRouted(pdf, 'https://arxiv.org/pdf/2301.00002v2');
  const onPdf = await gleaner.openPopup(pdf);
  // The API answered 503, so the title comes from the abstract page, and the clip is found saved.
  // The saved clip shows at once; the API (503) and then the abstract page are asked meanwhile.
  await expect.poll(() => absCalls, { timeout: 20_000 }).toEqual(['https://arxiv.org/abs/2301.00002v2']);
  expect(apiCalls).toEqual(['https://export.arxiv.org/api/query?id_list=2301.00002v2&max_results=1']);
  await expect.poll(() => onPdf.getByTestId('page-title').textContent()).toContain('the second version');
  await expect.poll(() => onPdf.getByTestId('clip-status').textContent()).toBe('Saved');
  expect(await onPdf.locator('header.clip-header').textContent()).toContain('Jane Doe');
  expect(await onPdf.getByLabel('TL;DR').inputValue()).toBe('Read on the abstract page.');
  expect(await onPdf.getByRole('alert').count()).toBe(0);
  const rows = (await clipsIn(onPdf)).filter((row) => row.canonicalKey === 'arxiv:2301.00002');
  expect(rows).toHaveLength(1);
  await onPdf.close();
});

test('with arXiv unreachable, the PDF tab keeps the form and says why in one sentence', async () => {
  arxiv = 'offline';
  const pdf = await gleaner.openPage('https://arxiv.org/pdf/2301.00003v1');
  await loadRouted(pdf, 'https://arxiv.org/pdf/2301.00003v1');
  const popup = await gleaner.openPopup(pdf);
  const alert = popup.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.textContent()).toMatch(/^This is a PDF, and arXiv could not be asked for the paper’s details \(arxiv\.org could not be reached: .+\)\. You can still save/);
  expect(await popup.getByLabel('TL;DR').isEditable()).toBe(true);
  expect(await popup.getByTestId('page-title').textContent()).toBe('arXiv:2301.00003v1');
  await gleaner.screenshot(popup, 'popup-arxiv-pdf-offline');
});

/**
 * A tab the extension opened (chrome.tabs.create) starts loading before Playwright attaches to
 * it, so its first load misses the context's routes and shows Chromium's error page; loading
 * it again goes through them.
 */
function loadRouted(page: import('playwright-core').Page, url: string) {
  return page.goto(url);
}

/** The clips in the extension's database, read from an extension page. */
function clipsIn(page: import('playwright-core').Page) {
  return readStore<{ canonicalKey: string; arxivVersion: number; url: string }>(page, 'clips');
}
