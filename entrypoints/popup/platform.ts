import { browserExportActions } from '@/components/digest/export-actions';
import { browser } from 'wxt/browser';
import { createClient, fail, ok, type AnnotatorCalls, type BackgroundCalls, type ContentCalls, type Result } from '@/lib/protocol';
import type { PageSnapshot } from '@/lib/extract/snapshot';
import { AUTOSAVE_PORT } from '@/lib/autosave';
import { createPortSender } from '@/lib/port-rpc';
import { GleanerDB } from '@/lib/store/db';
import { lookupPage } from '@/lib/store/page-lookup';
import type { PopupPlatform, TabInfo } from '@/components/popup/popup-platform';

/** The popup's window on the browser: which tab to clip, how to read it, where to write. */

async function targetTab(): Promise<TabInfo | null> {
  // `?tabId=` lets a popup opened as a page (tests, the options page) name the tab to clip.
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  const tab =
    Number.isInteger(fromUrl) && fromUrl > 0
      ? await browser.tabs.get(fromUrl).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  return { id: tab.id, url: tab.url ?? tab.pendingUrl ?? '', title: tab.title ?? '' };
}

async function snapshot(tabId: number): Promise<Result<PageSnapshot>> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/snapshot.js'],
    });
    const result = frame?.result as PageSnapshot | undefined;
    return result ? ok(result) : fail('The page did not answer.');
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** arXiv answers in well under a second when it answers at all; the form stays usable meanwhile. */
const FETCH_TIMEOUT_MS = 8000;

async function fetchText(url: string): Promise<Result<string>> {
  const host = new URL(url).host;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), credentials: 'omit' });
    if (!response.ok) return fail(`${host} answered ${response.status}`);
    return ok(await response.text());
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return fail(`${host} did not answer within ${FETCH_TIMEOUT_MS / 1000} s`);
    return fail(`${host} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function createPopupPlatform(db: GleanerDB): PopupPlatform {
  const sendOrdered = createPortSender(() => browser.runtime.connect({ name: AUTOSAVE_PORT }));
  let tabId: number | null = null;
  // Asked at once, while the settings and the message catalog load: the form's first frame waits
  // for the tab and for what the database holds for it.
  const firstTab = targetTab().then((tab) => {
    tabId = tab?.id ?? null;
    return tab;
  });
  const firstPage = firstTab.then(async (tab) => ({ tab, lookup: tab ? await lookupPage(db, tab.url) : null }));
  return {
    db,
    firstPage,
    write: createClient<BackgroundCalls>(sendOrdered),
    tab: createClient<ContentCalls>(async (envelope) => {
      if (tabId === null) tabId = (await targetTab())?.id ?? null;
      if (tabId === null) return fail('There is no page in this tab.');
      return browser.tabs.sendMessage(tabId, envelope);
    }),
    annotator: createClient<AnnotatorCalls>((envelope) => browser.runtime.sendMessage(envelope)),
    requestSiteAccess: (pattern) => browser.permissions.request({ origins: [pattern] }),
    targetTab: async () => {
      const tab = await targetTab();
      tabId = tab?.id ?? null;
      return tab;
    },
    snapshot,
    fetchText,
    uiLanguage: browser.i18n.getUILanguage(),
    openTab: (url) => void browser.tabs.create({ url }),
    openOptions: (hash) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) }),
    close: () => window.close(),
    exportActions: browserExportActions,
  };
}
