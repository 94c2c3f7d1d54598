import type { Page } from 'playwright-core';
import type { PageApi, ProbeResult, SeedOptions, SeedResult } from '../browser/page-api';
import { bundleForBrowser } from '../browser/bundle';

/**
 * The bench's handle on bench/browser/page-api.ts inside an extension page: the bundle is
 * evaluated once per page, then each call runs there and returns plain data.
 */
export class LibraryPage {
  private constructor(readonly page: Page) {}

  static async attach(page: Page): Promise<LibraryPage> {
    script ??= bundleForBrowser('bench/browser/page-api.ts');
    await page.evaluate(await script);
    return new LibraryPage(page);
  }

  seed(options: SeedOptions): Promise<SeedResult> {
    return this.page.evaluate((o) => (globalThis as unknown as InPage).gleanerBench.seed(o), options);
  }

  indexSearch(query: string): Promise<ProbeResult> {
    return this.page.evaluate((q) => (globalThis as unknown as InPage).gleanerBench.indexSearch(q), query);
  }

  scanSearch(query: string): Promise<ProbeResult> {
    return this.page.evaluate((q) => (globalThis as unknown as InPage).gleanerBench.scanSearch(q), query);
  }

  counts(): Promise<{ clips: number; contents: number; indexed: number }> {
    return this.page.evaluate(() => (globalThis as unknown as InPage).gleanerBench.counts());
  }
}

let script: Promise<string> | undefined;

/** The page's global once the bundle ran. (Functions given to evaluate() run in the page: they
 * can name nothing from this module but types.) */
interface InPage {
  gleanerBench: PageApi;
}
