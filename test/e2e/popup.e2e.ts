import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGleaner, type Gleaner } from './harness';

const FIELDS = {
  tldr: 'Local windows plus a few global tokens get 98% of full attention.',
  problem: 'Full attention is quadratic;\nlong documents do not fit.',
  method: 'Compare fixed, learned and routing sparsity — 三种稀疏模式。',
  results: 'Routing: O(n√n), 98% accuracy.',
  future: 'Try learned patterns on code.',
};

async function fieldValues(popup: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(FIELDS)) out[name] = await popup.locator(`#field-${name}`).inputValue();
  return out;
}

describe('the popup in English', () => {
  let gleaner: Gleaner;
  beforeAll(async () => {
    gleaner = await launchGleaner();
  });
  afterAll(async () => {
    await gleaner?.close();
  });

  test('opens with focus in the first empty field, ready to type', async () => {
    const article = await gleaner.openPage('/blog-post.html');
    const popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('field-tldr');
    await popup.close();
  });

  test('every character typed survives closing the popup mid-typing, before any Save', async () => {
    const article = await gleaner.openPage('/blog-post.html?draft');
    let popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    for (const [name, text] of Object.entries(FIELDS)) {
      await popup.locator(`#field-${name}`).click();
      await popup.keyboard.type(text);
    }
    await popup.locator('#field-tags').fill('attention');
    await popup.keyboard.press('Enter');
    await popup.close(); // no Save, no pause: the popup is gone the moment focus leaves it

    popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await fieldValues(popup)).toEqual(FIELDS);
    expect(await popup.locator('.chip').allTextContents()).toEqual(['attention×']);
    await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Draft — not saved yet');
    await gleaner.screenshot(popup, 'popup-draft-light');

    // Saving folds the draft into the clip; later edits go straight to it.
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');
    await popup.locator('#field-future').fill('Try learned patterns on code and math.');
    await popup.close();
    popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    expect((await fieldValues(popup)).future).toBe('Try learned patterns on code and math.');
    await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');
  });

  test('at 125% zoom nothing is cut off or overflows sideways', async () => {
    const article = await gleaner.openPage('/blog-post.html?zoom');
    const popup = await gleaner.openPopup(article);
    // A browser popup grows with zoom (up to 800 px wide): emulate both.
    await popup.setViewportSize({ width: Math.round(440 * 1.25), height: 700 });
    await popup.evaluate(() => (document.documentElement.style.zoom = '1.25'));
    await popup.waitForSelector('html[data-ready="true"]');
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await gleaner.screenshot(popup, 'popup-zoom-125');
  });

  test('deleting asks first and can be undone', async () => {
    const article = await gleaner.openPage('/blog-post.html?delete');
    const popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    await popup.locator('#field-tldr').fill('to be deleted');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');

    await popup.getByRole('button', { name: 'Delete', exact: true }).click();
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Clip deleted.' }).count()).toBe(1);
    await expect.poll(() => popup.getByTestId('clip-status').textContent()).not.toBe('Saved');

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');
    expect(await popup.locator('#field-tldr').inputValue()).toBe('to be deleted');
  });
});

describe('the language option', () => {
  let gleaner: Gleaner;
  beforeAll(async () => {
    gleaner = await launchGleaner();
  });
  afterAll(async () => {
    await gleaner?.close();
  });

  test('choosing 简体中文 in the options page overrides an English browser', async () => {
    const options = await gleaner.openExtensionPage('options.html#settings');
    await options.getByLabel('Language').selectOption('zh_CN');
    await options.waitForURL(/options/);
    await expect.poll(() => options.locator('h2').first().textContent()).toBe('设置');
    await gleaner.screenshot(options, 'options-settings-zh');
    const article = await gleaner.openPage('/blog-post.html');
    const popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.getByRole('tab', { name: '搜索' }).count()).toBe(1);
  });
});

describe('the popup in Chinese, dark', () => {
  let gleaner: Gleaner;
  beforeAll(async () => {
    gleaner = await launchGleaner({ locale: 'zh-CN', colorScheme: 'dark' });
  });
  afterAll(async () => {
    await gleaner?.close();
  });

  test('a zh-CN browser gets Chinese labels', async () => {
    const article = await gleaner.openPage('/blog-post.html');
    const popup = await gleaner.openPopup(article);
    await popup.waitForSelector('html[data-ready="true"]');
    expect(await popup.locator('label[for="field-tldr"] .field__label').textContent()).toBe('一句话总结');
    expect(await popup.getByRole('button', { name: '保存', exact: true }).count()).toBe(1);
    await popup.locator('#field-problem').fill('长文档的注意力计算开销太大。');
    await gleaner.screenshot(popup, 'popup-zh-dark');
  });
});
