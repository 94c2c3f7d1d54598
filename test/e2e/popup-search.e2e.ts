import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGleaner, type Gleaner } from './harness';

/**
 * The popup's Search tab in the real browser: two clips saved through the popup, then found from
 * a fresh popup in Chinese and English, and opened in the popup's page view with Enter.
 */

const CHINESE_POST = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>小模型也能学会：知识蒸馏笔记</title><meta property="og:site_name" content="机器学习小站"></head>
<body><article><h1>小模型也能学会：知识蒸馏笔记</h1>
<p>本文介绍一种知识蒸馏方法：用大模型的软标签训练小模型，在多个基准上几乎不损失准确率。</p>
<p>我们比较了温度、损失权重和学生模型大小的影响。</p></article></body></html>`;

const OTHER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unrelated page</title></head>
<body><article><h1>Unrelated page</h1><p>Nothing to do with either clip.</p></article></body></html>`;

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
  gleaner.server.override('/zh-distillation.html', CHINESE_POST);
  gleaner.server.override('/unrelated.html', OTHER_PAGE);
});
afterAll(async () => {
  await gleaner?.close();
});

/** Clips the page open in a tab through its popup, with a TL;DR, as a user would. */
async function clipThroughPopup(pathname: string, tldr: string): Promise<void> {
  const page = await gleaner.openPage(pathname);
  const popup = await gleaner.openPopup(page);
  await popup.waitForSelector('html[data-ready="true"]');
  await popup.locator('#field-tldr').fill(tldr);
  await expect.poll(() => popup.getByTestId('clip-status').textContent()).toContain('Draft');
  await popup.keyboard.press('Control+Enter');
  await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');
  await popup.close();
  await page.close();
}

const box = (popup: Page) => popup.getByRole('combobox', { name: 'Search your clips' });
const titles = (popup: Page) => popup.locator('[role=option] .search-result__title').allTextContents();

test('clips saved from the popup are found from a fresh popup in Chinese and English, and Enter opens them', async () => {
  await clipThroughPopup('/blog-post.html', 'Local windows plus a few global tokens keep most of the accuracy.');
  await clipThroughPopup('/zh-distillation.html', '用软标签训练小模型。');

  const elsewhere = await gleaner.openPage('/unrelated.html');
  let popup = await gleaner.openPopup(elsewhere);
  await popup.waitForSelector('html[data-ready="true"]');

  // Ctrl+K from the summary form: the Search tab, box focused, the recent clips listed.
  await popup.keyboard.press('Control+k');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  await expect.poll(() => titles(popup)).toEqual(['小模型也能学会：知识蒸馏笔记', 'Notes on Sparse Attention']);

  // A Chinese word inside a longer run of Chinese text.
  await popup.keyboard.type('蒸馏');
  await expect.poll(() => titles(popup)).toEqual(['小模型也能学会：知识蒸馏笔记']);
  await expect.poll(() => popup.locator('[role=option] mark').first().textContent()).toBe('蒸馏');
  await gleaner.screenshot(popup, 'popup-search-chinese');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByTestId('page-title').textContent()).toContain('知识蒸馏笔记');
  expect(await popup.locator('#field-tldr').inputValue()).toBe('用软标签训练小模型。');
  expect(await popup.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
  await popup.close();

  // An English word by its beginning, in another fresh popup; Esc clears before it closes.
  popup = await gleaner.openPopup(elsewhere);
  await popup.waitForSelector('html[data-ready="true"]');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await box(popup).fill('spars');
  await expect.poll(() => titles(popup)).toEqual(['Notes on Sparse Attention']);
  await gleaner.screenshot(popup, 'popup-search-english');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await gleaner.screenshot(popup, 'popup-search-english-dark');
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.keyboard.press('Escape');
  await expect.poll(() => box(popup).inputValue()).toBe('');
  expect(popup.isClosed()).toBe(false);
  await box(popup).fill('sparse attention');
  await expect.poll(() => titles(popup)).toEqual(['Notes on Sparse Attention']);
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByTestId('page-title').textContent()).toContain('Notes on Sparse Attention');
  expect(await popup.locator('#field-tldr').inputValue()).toBe('Local windows plus a few global tokens keep most of the accuracy.');
  await gleaner.screenshot(popup, 'popup-search-opened-clip');
  await popup.close();
});

test('the first search in a fresh popup gives the bench its results mark, with the query and the hits', async () => {
  const elsewhere = await gleaner.openPage('/unrelated.html?mark');
  const popup = await gleaner.openPopup(elsewhere);
  await popup.waitForSelector('html[data-ready="true"]');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await box(popup).fill('蒸馏');
  await expect
    .poll(() => popup.evaluate(() => performance.getEntriesByName('gleaner:search-results').map((e) => (e as PerformanceMark).detail)))
    .toContainEqual({ query: '蒸馏', hits: 1 });
  await popup.close();
});
