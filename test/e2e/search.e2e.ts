import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyMetadata, emptySummary, type Notes, type PageClip } from '../../lib/clip/model';
import { launchGleaner, POPUP_VIEWPORT, type Gleaner } from './harness';

/**
 * Search in the real browser: clips saved through the background (the same calls the popup
 * makes), found from the options page's Library panel in Chinese and English, with the keyboard.
 */

let gleaner: Gleaner;
let library: Page;

function paper(n: number, title: string, abstract: string): PageClip {
  const url = `https://arxiv.org/abs/2411.0${n}000`;
  return { ...emptyMetadata(url, title), canonicalKey: `arxiv:2411.0${n}000`, kind: 'arxiv', arxivId: `2411.0${n}000`, authors: ['Geoffrey Hinton', '王小明'], abstract, content: '# Body', warnings: [] };
}

function notes(summary: Partial<Notes['summary']>, tags: string[] = []): Partial<Notes> {
  return { summary: { ...emptySummary(), ...summary }, tags };
}

/** Sends a BackgroundCalls message from an extension page, as the popup does. */
async function call(page: Page, name: string, args: unknown): Promise<unknown> {
  const reply = (await page.evaluate(([call, a]) => chrome.runtime.sendMessage({ call, args: a }), [name, args] as const)) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error}`);
  return reply.value;
}

const titles = (page: Page) => page.locator('[role=option] .search-result__title').allTextContents();

beforeAll(async () => {
  gleaner = await launchGleaner();
  library = await gleaner.openExtensionPage('options.html#library');
  await call(library, 'saveClip', { page: paper(1, 'Distilling the Knowledge in a Neural Network', 'We compress an ensemble into a single model.'), notes: notes({ tldr: '知识蒸馏的开山之作：用软标签训练小模型。' }, ['蒸馏']) });
  await call(library, 'saveClip', { page: paper(2, 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces', 'Selective state space models.'), notes: notes({ method: 'A selective scan replaces attention.' }, ['state space']) });
  await call(library, 'saveClip', { page: paper(3, '稀疏注意力综述', 'A survey of sparse attention.'), notes: notes({ tldr: 'Sparse attention makes long contexts cheap.' }) });
  await library.reload();
});

afterAll(async () => {
  await gleaner?.close();
});

test('the library lists recent clips, then finds "蒸馏" inside 知识蒸馏 and marks it', async () => {
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await expect.poll(() => titles(library)).toHaveLength(3);
  await box.fill('蒸馏');
  await expect.poll(() => titles(library)).toEqual(['Distilling the Knowledge in a Neural Network']);
  await expect.poll(() => library.locator('[role=option] mark').allTextContents()).toContain('蒸馏');
  await gleaner.screenshot(library, 'search-library-chinese');
});

test('an English word, in any inflection, ranks the title match first', async () => {
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('Attention');
  await expect.poll(() => titles(library)).toEqual(['稀疏注意力综述', 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces']);
  await box.fill('distilled');
  await expect.poll(() => titles(library)).toEqual(['Distilling the Knowledge in a Neural Network']);
  await box.fill('tag:"state space" author:hinton');
  await expect.poll(() => titles(library)).toEqual(['Mamba: Linear-Time Sequence Modeling with Selective State Spaces']);
});

test('at the popup’s width the results still read (screenshot to look at)', async () => {
  await library.setViewportSize(POPUP_VIEWPORT);
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('attention');
  await expect.poll(() => titles(library)).toHaveLength(2);
  const overflow = await library.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(overflow).toBe(false);
  await gleaner.screenshot(library, 'search-popup-width');
});

test('keyboard: arrows move, Enter opens the clip, Ctrl+Enter opens its page', async () => {
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('hinton');
  await expect.poll(() => titles(library)).toHaveLength(3);
  await box.press('ArrowDown');
  await expect.poll(() => library.locator('[role=option][aria-selected=true] .search-result__title').textContent()).toBe((await titles(library))[1]);
  // The page opens in a new tab (arxiv.org does not resolve here: the tab's address is the proof).
  await box.press('Control+Enter');
  const opened = () =>
    gleaner.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.pendingUrl || tab.url || '').filter((url) => url.startsWith('https://arxiv.org/')));
  await expect.poll(opened).toHaveLength(1);
  expect((await opened())[0]).toMatch(/^https:\/\/arxiv\.org\/abs\/2411\.0\d000$/);
  await library.bringToFront();
  await box.press('Enter');
  await expect.poll(() => library.locator('.clip-preview__title').textContent()).toBe((await titles(library))[1]);
  await gleaner.screenshot(library, 'search-library-preview');
  await library.getByRole('button', { name: /Back to the results/ }).click();
  await expect.poll(() => box.inputValue()).toBe('hinton');
});

test('a clip saved while the search is open is found at once; a highlight note is searched', async () => {
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('warmup');
  await expect.poll(() => library.getByRole('status').textContent()).toContain('No clip matches');
  const page = paper(4, 'Scaling Laws', 'Bigger is better.');
  await call(library, 'saveClip', { page, notes: notes({}) });
  await call(library, 'addHighlight', {
    page: { url: page.url, title: page.title, canonicalKey: page.canonicalKey },
    highlight: { selectors: [], quote: 'learning rate', note: 'Check the warmup schedule', color: 'yellow' },
  });
  await expect.poll(() => titles(library)).toEqual(['Scaling Laws']);
  await expect.poll(() => library.locator('[role=option] mark').allTextContents()).toEqual(['warmup']);
});

test('bad input: stop words give a hint, a long paste does not hang the page', async () => {
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('the of and');
  await expect.poll(() => library.getByRole('status').textContent()).toContain('too common');
  await box.fill('知识蒸馏的开山之作：用软标签训练小模型。'.repeat(60));
  await expect.poll(() => library.getByRole('status').textContent()).toContain('only its first words');
  await expect.poll(() => titles(library)).toEqual(['Distilling the Knowledge in a Neural Network']);
  await gleaner.screenshot(library, 'search-library-long-paste');
  // Regex characters are literal: "|" is no alternation, so both words are needed.
  await box.fill('(attention|scan).*');
  await expect.poll(() => titles(library)).toEqual(['Mamba: Linear-Time Sequence Modeling with Selective State Spaces']);
});

test('at the popup’s width the results still read (screenshot to look at)', async () => {
  await library.setViewportSize(POPUP_VIEWPORT);
  const box = library.getByRole('combobox', { name: 'Search your clips' });
  await box.fill('attention');
  await expect.poll(() => titles(library)).toHaveLength(2);
  const overflow = await library.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(overflow).toBe(false);
  await gleaner.screenshot(library, 'search-popup-width');
});
