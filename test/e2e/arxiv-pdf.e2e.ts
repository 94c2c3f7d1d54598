import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchGleaner, type Gleaner } from './harness';
import { ROOT } from './paths';

/**
 * Clipping from an arXiv PDF tab in real Chromium. arxiv.org cannot be reached from here, so the
 * browser context answers for it (Playwright routes apply to the popup's own fetches too): the PDF
 * address serves a one-page PDF, the export API the hand-written Atom answer in test/fixtures/arxiv.
 */
const ATOM = readFileSync(path.join(ROOT, 'test/fixtures/arxiv/api-2301.00001v2.xml'), 'utf8');
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

beforeAll(async () => {
  gleaner = await launchGleaner();
  await gleaner.context.route('https://export.arxiv.org/**', (route) => {
    apiCalls.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/atom+xml; charset=utf-8', body: ATOM });
  });
  await gleaner.context.route('https://arxiv.org/pdf/**', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: PDF }));
});
afterAll(async () => {
  await gleaner?.close();
});

test('the popup on a PDF tab shows the paper from arXiv, and saving makes one clip for it', async () => {
  const tab = await gleaner.openPage('https://arxiv.org/pdf/2301.00001v2');
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
  const rows = await popup.evaluate(
    () =>
      new Promise<{ canonicalKey: string; arxivVersion: number; url: string }[]>((resolve, reject) => {
        const open = indexedDB.open('gleaner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('clips').objectStore('clips').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ canonicalKey: 'arxiv:2301.00001', arxivVersion: 2, url: 'https://arxiv.org/pdf/2301.00001v2' });
  await popup.close();

  // Opening the popup on the PDF tab again finds the saved clip and its summary.
  const again = await gleaner.openPopup(tab);
  await expect.poll(() => again.getByLabel('TL;DR').inputValue()).toBe('Scaling by beta is exact.');
  await expect.poll(() => again.getByTestId('clip-status').textContent()).toBe('Saved');
});
