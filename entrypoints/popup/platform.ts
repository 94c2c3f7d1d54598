import { browser } from 'wxt/browser';
import { createClient, fail, ok, type BackgroundCalls, type Result } from '@/lib/protocol';
import type { PageSnapshot } from '@/lib/extract/snapshot';
import { GleanerDB } from '@/lib/store/db';
import type { PopupPlatform, TabInfo } from '@/components/popup-platform';

/** The popup's window on the browser: which tab to clip, how to read it, where to write. */

async function targetTab(): Promise<TabInfo | null> {
  // `?tabId=` lets a popup opened as a page (tests, the options page) name the tab to clip.
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = Number.isInteger(fromUrl) && fromUrl > 0
    ? await browser.tabs.get(fromUrl).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id || !tab.url) return null;
  return { id: tab.id, url: tab.url, title: tab.title ?? '' };
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

export function createPopupPlatform(): PopupPlatform {
  const send = (envelope: unknown) => browser.runtime.sendMessage(envelope);
  return {
    db: new GleanerDB(),
    call: createClient<BackgroundCalls>(send),
    targetTab,
    snapshot,
  };
}
