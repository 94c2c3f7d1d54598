import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readStore } from './idb';
import { launchGleaner, type Gleaner } from './harness';

/**
 * Pages that fight back: broken built-ins, 100,000 nodes, one 10 MB text node, 10,000 levels of
 * nesting, a strict CSP. Opening the popup on each must give a clip (or say why not), must leave
 * the page working as before, and must put nothing in the page's console.
 */

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
});
afterAll(async () => {
  await gleaner?.close();
});

const PAGES = [
  { file: 'hostile-prototypes.html', title: 'Hostile page: broken built-ins', content: 'Sparse attention keeps a few global tokens' },
  { file: 'hostile-many-nodes.html', title: 'Hostile page: 100,000 nodes', content: null },
  { file: 'hostile-huge-text.html', title: 'Hostile page: one 10 MB text node', content: null },
  { file: 'hostile-deep.html', title: 'Hostile page: 10,000 levels deep', content: null },
  { file: 'hostile-csp.html', title: 'Hostile page: strict CSP', content: 'Mixture-of-experts models route each token' },
];

/** Every clip's Markdown, read from the extension's database. */
async function savedMarkdown(extensionPage: Page): Promise<string> {
  return (await readStore<{ markdown: string }>(extensionPage, 'contents')).map((row) => row.markdown).join('\n');
}

/** Everything the page says in its console or throws, from now on. */
function listen(page: Page): string[] {
  const heard: string[] = [];
  page.on('console', (message) => heard.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => heard.push(`pageerror: ${error.message}`));
  return heard;
}

describe.each(PAGES)('$file', ({ file, title, content }) => {
  test('the popup clips it (or says why not), the page still works, and its console stays silent', async () => {
    const page = await gleaner.openPage(`/${file}`);
    await expect.poll(() => page.locator('#ready').textContent(), { timeout: 30_000 }).toMatch(/^ready/);
    const elementsBefore = await page.locator('*').count();
    const heard = listen(page);

    const started = Date.now();
    const popup = await gleaner.openPopup(page);
    const popupErrors: string[] = [];
    popup.on('pageerror', (error) => popupErrors.push(error.message));
    // Done reading: the form is up (data-ready), then the "Reading the page…" status is gone. Both
    // steps matter: before the popup renders, there is no status to wait for either.
    await popup.locator('html[data-ready="true"]').waitFor({ timeout: 30_000 });
    await popup.locator('.reading').waitFor({ state: 'detached', timeout: 45_000 });
    await expect.poll(() => popup.getByTestId('page-title').textContent()).toContain(title);
    const seconds = (Date.now() - started) / 1000;
    const status = popup.getByRole('status');
    const problem = (await status.count()) > 0 ? await status.first().textContent() : null;
    console.log(`${file}: popup ready in ${seconds.toFixed(1)} s (${elementsBefore} elements)${problem ? `; says: ${problem}` : ''}`);
    expect(popupErrors).toEqual([]);

    if (content) {
      // The page's words made it into the clip: the popup saved it and the database has them.
      await popup.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => savedMarkdown(popup)).toContain(content);
    }

    // The page is as it was, and its own script still answers.
    expect(await page.locator('*').count()).toBe(elementsBefore);
    await page.locator('#poke').click();
    await expect.poll(() => page.locator('#count').textContent()).toBe('1');
    expect(heard).toEqual([]);
    await popup.close();
    await page.close();
  });
});
