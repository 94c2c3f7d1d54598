import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, PAGES_DIR, RESULTS_DIR } from './paths';
import { servePages, type PageServer } from './server';

/**
 * The built extension loaded into Debian's Chromium, with test pages served on 127.0.0.1.
 * A test calls launchGleaner(), drives pages and the popup like a person, and closes it.
 */
export interface Gleaner {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: evaluate() here reaches the extension APIs. */
  worker: Worker;
  server: PageServer;
  /** Opens a served page (a path under the served folders) in a new tab. */
  openPage(pathname: string): Promise<Page>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup as a page, told to act on the tab of `target` (as the toolbar button would). */
  openPopup(target?: Page): Promise<Page>;
  /** Opens any extension page, e.g. `options.html`. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** Saves a screenshot under test-results/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. `zh-CN`. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Extra folders to serve, after test/fixtures/pages. */
  roots?: string[];
  /** Hosts to resolve to the test server (e.g. `arxiv.org`), so pages can be served under them. */
  mapHosts?: string[];
}

export const POPUP_VIEWPORT = { width: 440, height: 640 };

export async function launchGleaner(options: LaunchOptions = {}): Promise<Gleaner> {
  const server = await servePages([PAGES_DIR, ...(options.roots ?? [])]);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'gleaner-e2e-'));
  const mapped = (options.mapHosts ?? []).map((host) => `MAP ${host} 127.0.0.1:${server.port}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=${[...mapped, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const tabIds = new WeakMap<Page, number>();
  const gleaner: Gleaner = {
    context,
    extensionId,
    worker,
    server,
    async openPage(pathname) {
      // Open the tab through the extension so that its id is known even for pages whose URL
      // the extension may not read (chrome://, other sites).
      const url = pathname.includes(':') ? pathname : server.url(pathname);
      const [page, tabId] = await Promise.all([
        context.waitForEvent('page'),
        worker.evaluate(async (target) => (await chrome.tabs.create({ url: target })).id!, url),
      ]);
      tabIds.set(page, tabId);
      await page.waitForLoadState();
      return page;
    },
    async tabIdOf(page) {
      const id = tabIds.get(page);
      if (id === undefined) throw new Error('Open the page with gleaner.openPage() so that its tab id is known.');
      return id;
    },
    async openPopup(target) {
      const query = target ? `?tabId=${await gleaner.tabIdOf(target)}` : '';
      const popup = await context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return popup;
    },
    async openExtensionPage(pathname) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathname}`);
      return page;
    },
    async screenshot(page, name) {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return gleaner;
}
