import type { Page } from 'playwright-core';
import type { Gleaner } from './harness';

/** What the page's annotator reports (ContentCalls.anchorStatus). */
export interface AnnotatorStatus {
  anchored: string[];
  orphaned: string[];
  ready: boolean;
}

/** Asks the page's annotator for its status, the way the popup does (tabs.sendMessage); null when none answers. */
export async function annotatorStatus(gleaner: Gleaner, page: Page): Promise<AnnotatorStatus | null> {
  const tabId = await gleaner.tabIdOf(page);
  const reply = await gleaner.worker.evaluate((id) => chrome.tabs.sendMessage(id, { call: 'anchorStatus', args: {} }).catch(() => null), tabId);
  return reply && (reply as { ok: boolean }).ok ? (reply as { value: AnnotatorStatus }).value : null;
}

/** Selects `needle` (within one text node) in the page's main world, like a reader dragging over it. */
export async function selectText(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in one text node of the page`);
  }, needle);
}
