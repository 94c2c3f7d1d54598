import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchGleaner, type Gleaner } from './harness';

let gleaner: Gleaner;
beforeAll(async () => {
  gleaner = await launchGleaner();
});
afterAll(async () => {
  await gleaner?.close();
});

test('clip a page from the popup, save it, and find it in the list', async () => {
  const article = await gleaner.openPage('/blog-post.html');
  const popup = await gleaner.openPopup(article);

  await expect.poll(() => popup.getByTestId('page-title').textContent()).toContain('Notes on Sparse Attention');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => popup.getByTestId('clip-status').textContent()).toBe('Saved');

  await popup.getByRole('tab', { name: 'Search' }).click();
  await expect.poll(() => popup.locator('[role=option] .search-result__title').allTextContents()).toContain('Notes on Sparse Attention');
  await gleaner.screenshot(popup, 'thin-slice-popup');
});

test('a page Gleaner cannot read still gives a popup that can save its address', async () => {
  // Extension pages, like chrome:// pages and the Web Store, cannot be scripted; unlike those,
  // their address is visible to the extension without the toolbar click's activeTab grant.
  const page = await gleaner.openPage(`chrome-extension://${gleaner.extensionId}/popup.html`);
  const popup = await gleaner.openPopup(page);
  await expect.poll(() => popup.getByRole('alert').first().textContent()).toContain('cannot read this page');
  await expect.poll(() => popup.getByRole('button', { name: 'Save', exact: true }).isEnabled()).toBe(true);
});
