import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGleaner, type Gleaner } from './harness';
import { PAGES_DIR } from './paths';

/**
 * Highlighting in real Chromium. The paper is served as http://arxiv.org/html/… (the harness
 * resolves arxiv.org to the test server), so the annotator declared in the manifest runs on it,
 * as it would on arXiv.
 */

const PAPER_PATH = '/html/2405.01234v1';
const paperV1 = readFileSync(path.join(PAGES_DIR, 'latexml-paper.html'), 'utf8');
const paperV2 = readFileSync(path.join(PAGES_DIR, 'latexml-paper-v2.html'), 'utf8');

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner({ mapHosts: ['arxiv.org'] });
  gleaner.server.override(PAPER_PATH, paperV1);
});
afterAll(async () => {
  await gleaner?.close();
});

interface Status {
  anchored: string[];
  orphaned: string[];
  ready: boolean;
}

/** Asks the page's annotator for its status, the way the popup does (tabs.sendMessage). */
async function status(page: Page): Promise<Status | null> {
  const tabId = await gleaner.tabIdOf(page);
  const reply = await gleaner.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { call: 'anchorStatus', args: {} }).catch(() => null),
    tabId,
  );
  return reply && (reply as { ok: boolean }).ok ? (reply as { value: Status }).value : null;
}

async function ready(page: Page): Promise<Status> {
  await expect.poll(async () => (await status(page))?.ready, { timeout: 15_000 }).toBe(true);
  return (await status(page))!;
}

/** Selects `needle` in the page (main world), like a reader dragging over it. */
async function select(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in one text node of the page`);
  }, needle);
}

/** The text of each range our highlights paint, read from the page's CSS.highlights registry. */
async function paintedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('gleaner-') || name === 'gleaner-focus') continue;
      painted[name] = [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim()).sort();
    }
    return painted;
  });
}

/** Where a passage is on screen (main world), to click it. */
async function centreOf(page: Page, needle: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${text}" is not in the page`);
  }, needle);
}

const PASSAGES = ['Sparse routing offers a way out', 'which keeps every expert in use', 'loses almost a full point of perplexity'];

test('highlight three passages with the floating button, add a note, and find them again after reload and in version 2', async () => {
  const page = await gleaner.openPage(`http://arxiv.org${PAPER_PATH}`);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The test server has no favicon: the browser's own 404 for it is not ours.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  expect((await ready(page)).anchored).toEqual([]);

  // 1: the Highlight button, in the last colour (yellow).
  await select(page, PASSAGES[0]!);
  await page.getByTestId('gleaner-highlight').click();
  await expect.poll(async () => (await status(page))?.anchored.length).toBe(1);
  // 2: a colour swatch highlights in that colour.
  await select(page, PASSAGES[1]!);
  await page.getByRole('toolbar', { name: 'Gleaner' }).getByRole('button', { name: 'Green' }).click();
  await expect.poll(async () => (await status(page))?.anchored.length).toBe(2);
  // 3: Note highlights in the last colour picked (green) and opens the note editor.
  await select(page, PASSAGES[2]!);
  await page.getByTestId('gleaner-highlight-note').click();
  const editor = page.getByTestId('gleaner-note-editor');
  await editor.getByRole('textbox').fill('Fixed temperature collapses onto two experts.');
  await gleaner.screenshot(page, 'annotate-note-editor');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => editor.count()).toBe(0);

  const painted = await paintedText(page);
  expect(painted['gleaner-yellow']).toEqual([PASSAGES[0]]);
  expect(painted['gleaner-green']).toEqual([PASSAGES[1], PASSAGES[2]].sort());

  // A click on a highlight opens its note (hit-testing: the Highlight API has no elements).
  const spot = await centreOf(page, 'full point of perplexity');
  await page.mouse.click(spot.x, spot.y);
  await expect.poll(() => editor.getByRole('textbox').inputValue()).toBe('Fixed temperature collapses onto two experts.');
  await gleaner.screenshot(page, 'annotate-highlights');
  await page.keyboard.press('Escape');
  await expect.poll(() => editor.count()).toBe(0);

  // The next visit: every highlight drawn again at the same text.
  const before = (await status(page))!.anchored.sort();
  await page.reload();
  const after = await ready(page);
  expect(after.anchored.sort()).toEqual(before);
  expect(after.orphaned).toEqual([]);
  expect(await paintedText(page)).toEqual(painted);

  // Version 2 of the paper, with paragraphs inserted: still there.
  gleaner.server.override(PAPER_PATH, paperV2);
  await page.reload();
  await expect.poll(() => page.locator('#S3\\.p1b').count()).toBe(1);
  const v2 = await ready(page);
  expect(v2.anchored.sort()).toEqual(before);
  expect(v2.orphaned).toEqual([]);
  expect(await paintedText(page)).toEqual(painted);
  await gleaner.screenshot(page, 'annotate-version-2');
  expect(errors).toEqual([]);
});
