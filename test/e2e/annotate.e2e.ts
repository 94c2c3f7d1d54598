import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { annotatorStatus, selectText, type AnnotatorStatus } from './annotator-helpers';
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

type Status = AnnotatorStatus;

const status = (page: Page) => annotatorStatus(gleaner, page);

async function ready(page: Page): Promise<Status> {
  await expect.poll(async () => (await status(page))?.ready, { timeout: 15_000 }).toBe(true);
  return (await status(page))!;
}

const select = selectText;

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

  // Delete one from its note editor (a second click confirms): gone from the page and the store.
  const first = await centreOf(page, 'Sparse routing offers');
  await page.mouse.click(first.x, first.y);
  await editor.getByRole('button', { name: 'Delete' }).click();
  await editor.getByRole('button', { name: 'Click again to delete' }).click();
  await expect.poll(async () => (await status(page))?.anchored.length).toBe(2);
  await page.reload();
  expect((await ready(page)).anchored).toHaveLength(2);
  expect((await paintedText(page))['gleaner-yellow'] ?? []).toEqual([]);
  expect(errors).toEqual([]);
});

/** Sends a message as the popup does (an extension page), returning the Result. */
async function fromPopup<T>(message: { call: string; args: unknown }): Promise<{ ok: boolean; value?: T; error?: string }> {
  const popup = await gleaner.openExtensionPage('popup.html');
  try {
    return await popup.evaluate((envelope) => chrome.runtime.sendMessage(envelope), message);
  } finally {
    await popup.close();
  }
}

test('on another site: turning restore on registers the annotator there, and highlights come back', async () => {
  const url = gleaner.server.url('/latexml-paper.html');
  expect(await fromPopup({ call: 'siteRestore', args: { url } })).toEqual({ ok: true, value: { pattern: 'http://127.0.0.1/*', enabled: false, automatic: false } });
  // The e2e build holds this origin's permission already (the popup would ask for it first).
  expect(await fromPopup({ call: 'setSiteRestore', args: { url, enabled: true } })).toMatchObject({ ok: true, value: { enabled: true } });

  const page = await gleaner.openPage('/latexml-paper.html');
  await ready(page);
  await select(page, 'Every layer compares every token');
  await page.getByTestId('gleaner-highlight').click();
  await expect.poll(async () => (await status(page))?.anchored.length).toBe(1);
  await page.reload();
  expect((await ready(page)).anchored).toHaveLength(1);
  expect(await paintedText(page)).toMatchObject({ 'gleaner-yellow': ['Every layer compares every token'] });

  expect(await fromPopup({ call: 'setSiteRestore', args: { url, enabled: false } })).toMatchObject({ ok: true, value: { enabled: false } });
  const later = await gleaner.openPage('/latexml-paper.html');
  await later.waitForTimeout(500);
  expect(await status(later)).toBeNull();
});

test('on demand: the popup injects the annotator, which restores the page and highlights the selection', async () => {
  const page = await gleaner.openPage('/latexml-paper.html');
  const tabId = await gleaner.tabIdOf(page);
  expect(await status(page)).toBeNull();
  expect(await fromPopup({ call: 'openAnnotator', args: { tabId } })).toEqual({ ok: true, value: true });
  // The highlight made in the test before lives in the same clip: it is restored.
  expect((await ready(page)).anchored).toHaveLength(1);
  // Injecting again does not duplicate anything.
  expect(await fromPopup({ call: 'openAnnotator', args: { tabId } })).toEqual({ ok: true, value: true });

  await select(page, 'keeps the top two scores');
  const made = await gleaner.worker.evaluate((id) => chrome.tabs.sendMessage(id, { call: 'highlightSelection', args: { color: 'blue' } }), tabId);
  expect(made).toMatchObject({ ok: true, value: { quote: 'keeps the top two scores', color: 'blue' } });
  expect(await paintedText(page)).toMatchObject({ 'gleaner-blue': ['keeps the top two scores'] });
  expect((await status(page))!.anchored).toHaveLength(2);
});

test('a hostile page (strict CSP, redefined built-ins, CSS aimed at injected UI) still gets styled UI and highlights, and no console errors', async () => {
  const page = await gleaner.openPage('/hostile.html');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  expect(await fromPopup({ call: 'openAnnotator', args: { tabId: await gleaner.tabIdOf(page) } })).toEqual({ ok: true, value: true });
  await ready(page);
  await page.evaluate(() => {
    // The page replaced getSelection in its own world; the selection itself is the browser's.
    const node = document.querySelector('main p')!.firstChild!;
    const range = document.createRange();
    range.setStart(node, 5);
    range.setEnd(node, 35);
    document.getSelection()!.addRange(range);
  });
  const button = page.getByTestId('gleaner-highlight');
  await expect.poll(() => button.isVisible()).toBe(true);
  // Our styles apply (the page's `button { font-size: 40px !important }` does not reach them).
  expect(await button.evaluate((element) => getComputedStyle(element).fontSize)).toBe('13px');
  expect(await page.getByRole('toolbar', { name: 'Gleaner' }).evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  await gleaner.screenshot(page, 'annotate-hostile-adder');
  await button.click();
  await expect.poll(async () => (await status(page))?.anchored.length).toBe(1);
  await gleaner.screenshot(page, 'annotate-hostile');
  expect(errors).toEqual([]);
});

test('a highlight across inline math keeps the formula whole, as TeX, and is painted over it', async () => {
  gleaner.server.override('/html/2405.09999v1', paperV1);
  const page = await gleaner.openPage('http://arxiv.org/html/2405.09999v1');
  await ready(page);
  await page.evaluate(() => {
    // From inside the first formula's glyph to the end of "over the first ten".
    const paragraph = document.getElementById('S1.p2')!;
    const tau = paragraph.querySelector('#m4 mi')!.firstChild!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let end: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes('over the first ten')) end = node as Text;
    const range = document.createRange();
    range.setStart(tau, 0);
    range.setEnd(end!, end!.data.indexOf('over the first ten') + 'over the first ten'.length);
    paragraph.scrollIntoView({ block: 'center' });
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const made = await gleaner.worker.evaluate(async (id) => chrome.tabs.sendMessage(id, { call: 'highlightSelection', args: { color: 'pink' } }), await gleaner.tabIdOf(page));
  expect(made).toMatchObject({ ok: true, value: { quote: '$\\tau$ from $2.0$ to $0.1$ over the first ten' } });
  await page.reload();
  expect((await ready(page)).anchored).toHaveLength(1);
  const painted = (await paintedText(page))['gleaner-pink']!;
  expect(painted).toHaveLength(1);
  // The range covers the <math> elements whole (their annotations included, which are not shown).
  expect(painted[0]).toMatch(/^τ.*over the first ten$/);
  await gleaner.screenshot(page, 'annotate-math');
});
