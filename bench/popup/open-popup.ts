import type { Page } from 'playwright-core';
import { POPUP_VIEWPORT, type Gleaner } from '../../test/e2e/harness';

/**
 * The signals the popup gives the bench (see the Popup section of BENCHMARKS.md):
 * - `performance.mark('gleaner:interactive')` (and `<html data-ready="true">`) once the form
 *   shows the saved clip or draft and takes input;
 * - `performance.mark('gleaner:search-results')` each time results for the query typed in the
 *   search box (SEARCH_BOX below) are on screen.
 * Marks are timed by the page itself, from its navigation start, so the bench's own polling
 * does not count.
 */
export const INTERACTIVE_MARK = 'gleaner:interactive';
export const SEARCH_MARK = 'gleaner:search-results';

export interface OpenTiming {
  /** Navigation start → the interactive mark, ms; null when the popup set no mark. */
  interactive: number | null;
  domContentLoaded: number;
  load: number;
  /** Whether `#field-tldr` showed the saved clip's TL;DR; null when there is no such field. */
  filled: boolean | null;
}

export interface OpenOptions {
  /** How long to wait for the interactive mark; 0 when it is known to be missing. */
  signalTimeoutMs: number;
  expectedTldr?: string;
}

export async function openPopup(gleaner: Gleaner, tabId: number, options: OpenOptions): Promise<{ page: Page; timing: OpenTiming }> {
  const page = await gleaner.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(`chrome-extension://${gleaner.extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'load' });
  if (options.signalTimeoutMs > 0) {
    await page
      .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK, { timeout: options.signalTimeoutMs, polling: 'raf' })
      .catch(() => undefined);
  }
  const times = await page.evaluate((mark) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      interactive: performance.getEntriesByName(mark)[0]?.startTime ?? null,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      load: navigation?.loadEventEnd ?? Number.NaN,
    };
  }, INTERACTIVE_MARK);
  let filled: boolean | null = null;
  const tldr = page.locator('#field-tldr');
  if (options.expectedTldr !== undefined && (await tldr.count()) > 0) filled = (await tldr.inputValue()) === options.expectedTldr;
  return { page, timing: { ...times, filled } };
}

/** The popup's query box: a search input, or a text input with the searchbox/combobox role. */
export const SEARCH_BOX = 'input[type="search"], input[role="searchbox"], input[role="combobox"]';

/**
 * Types `query` into the popup's search box (switching to the search tab if there is one) and
 * times the box's input event → the first search-results mark after it, in the page. Null when
 * the popup has no search box or never marks its results.
 */
export async function timeFirstSearch(page: Page, query: string, timeoutMs = 5000): Promise<number | null> {
  const box = page.locator(SEARCH_BOX).first();
  if ((await box.count()) === 0) {
    const tab = page.getByRole('tab', { name: /search|搜索/i }).first();
    if ((await tab.count()) === 0) return null;
    await tab.click();
    const appeared = await box.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
    if (!appeared) return null;
  }
  await box.evaluate((element) => {
    const state = globalThis as { gleanerBenchInputAt?: number };
    delete state.gleanerBenchInputAt;
    element.addEventListener('input', () => (state.gleanerBenchInputAt ??= performance.now()), { once: true, capture: true });
  });
  await box.fill(query);
  const ms = await page
    .waitForFunction(
      (mark) => {
        const at = (globalThis as { gleanerBenchInputAt?: number }).gleanerBenchInputAt;
        if (at === undefined) return null;
        const entry = performance.getEntriesByName(mark).find((e) => e.startTime >= at);
        return entry ? entry.startTime - at : null;
      },
      SEARCH_MARK,
      { timeout: timeoutMs, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue(), () => null);
  return ms;
}
