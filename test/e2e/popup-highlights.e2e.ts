import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { annotatorStatus, selectText } from './annotator-helpers';
import { launchGleaner, type Gleaner } from './harness';
import { PAGES_DIR } from './paths';

/**
 * The popup's highlights list against the real annotator, on a LaTeXML paper served from the test
 * server: a site where the annotator is not declared, so the popup is what starts it (as after a
 * click on the toolbar button) and offers to restore highlights there automatically.
 */
const PAPER_PATH = '/paper-with-highlights.html';
const paper = readFileSync(path.join(PAGES_DIR, 'latexml-paper.html'), 'utf8');
const KEPT = 'Long documents strain the attention of language models';
const EDITED = 'a router whose load balance needs no auxiliary loss';

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
  gleaner.server.override(PAPER_PATH, paper);
});
afterAll(async () => {
  await gleaner?.close();
});

async function anchored(page: Page): Promise<number | null> {
  const status = await annotatorStatus(gleaner, page);
  return status?.ready ? status.anchored.length : null;
}

/** Selects `needle` and clicks the annotator's Highlight button. */
async function highlight(page: Page, needle: string): Promise<void> {
  await selectText(page, needle);
  await page.getByTestId('gleaner-highlight').click();
}

/** Starts the annotator in the tab, as the popup does after a toolbar click (activeTab). */
async function openAnnotator(page: Page): Promise<void> {
  const tabId = await gleaner.tabIdOf(page);
  const popup = await gleaner.openExtensionPage('popup.html');
  const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ call: 'openAnnotator', args: { tabId: id } }), tabId);
  await popup.close();
  expect(reply).toEqual({ ok: true, value: true });
}

test('lists the highlights with what the page could place; jump, delete and undo reach the page', async () => {
  const page = await gleaner.openPage(PAPER_PATH);
  await openAnnotator(page);
  await expect.poll(() => anchored(page), { timeout: 15_000 }).toBe(0);
  await highlight(page, KEPT);
  await expect.poll(() => anchored(page)).toBe(1);
  await highlight(page, EDITED);
  await expect.poll(() => anchored(page)).toBe(2);

  // The next visit finds one passage rewritten; no annotator runs until the popup opens.
  gleaner.server.override(PAPER_PATH, paper.replace(EDITED, 'a router that balances load by itself'));
  await page.reload();
  expect(await anchored(page)).toBeNull();

  const popup = await gleaner.openPopup(page);
  await popup.getByRole('heading', { name: 'Highlights (2)' }).waitFor();
  const lost = popup.getByRole('region', { name: 'Not found on this page (1)' });
  await expect.poll(() => lost.textContent()).toContain(EDITED);
  // The popup started the annotator, which drew the highlight it could place.
  await expect.poll(() => anchored(page)).toBe(1);
  // This site does not restore by itself: the switch is offered, off.
  const restore = popup.getByRole('switch', { name: /Bring highlights back on 127\.0\.0\.1:\d+ automatically/ });
  expect(await restore.isChecked()).toBe(false);
  await gleaner.screenshot(popup, 'popup-highlights');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await gleaner.screenshot(popup, 'popup-highlights-dark');
  await popup.emulateMedia({ colorScheme: 'light' });

  // Jump: the page scrolls the highlight into view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const scrolledTo = await page.evaluate(() => scrollY);
  await popup.getByRole('button', { name: 'Show on page' }).click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(scrolledTo);

  // Delete from the popup: gone from the list and from the page at once; Undo brings both back.
  const item = popup.locator('li.highlight', { hasText: KEPT });
  await item.getByRole('button', { name: 'Delete' }).click();
  await popup.getByRole('heading', { name: 'Highlights (1)' }).waitFor();
  await expect.poll(() => anchored(page)).toBe(0);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await popup.getByRole('heading', { name: 'Highlights (2)' }).waitFor();
  await expect.poll(() => anchored(page)).toBe(1);
  await popup.getByText('Highlight restored.').waitFor();

  // A note written in the popup is there on the next visit.
  await popup.locator('li.highlight', { hasText: KEPT }).getByRole('button', { name: 'Add note' }).click();
  await popup.getByLabel(/note/i).fill('The motivation, in one line.');
  await popup.locator('li.highlight', { hasText: KEPT }).getByRole('button', { name: 'Save' }).click();
  await popup.getByText('The motivation, in one line.').waitFor();
  await popup.close();
  const again = await gleaner.openPopup(page);
  await again.getByText('The motivation, in one line.').waitFor();
});
