import { browser } from 'wxt/browser';
import { isDeclaredSite, originPattern, SITE_SCRIPT_ID, withSite } from '@/lib/annotate/site-restore';
import { createClient, createDispatcher, type AnnotatorCalls, type ContentCalls, type SiteRestoreState } from '@/lib/protocol';

/**
 * The background's side of the in-page annotator: the "Highlight with Gleaner" context menu
 * item and keyboard command (both grant activeTab for the tab), injecting the annotator where it
 * is not declared, and the per-site registration that brings highlights back automatically on
 * sites the user chose.
 */

const MENU_ID = 'gleaner-highlight';
/** The command name in wxt.config.ts. */
export const HIGHLIGHT_COMMAND = 'highlight-selection';
const ANNOTATOR_FILE = '/content-scripts/annotator.js';

function tabClient(tabId: number) {
  return createClient<ContentCalls>((envelope) => browser.tabs.sendMessage(tabId, envelope));
}

/** Makes sure the annotator runs in the tab's top frame: asks it, else injects it. */
async function ensureAnnotator(tabId: number): Promise<boolean> {
  const call = tabClient(tabId);
  if ((await call('anchorStatus', {})).ok) return true;
  await browser.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_FILE] });
  return (await call('anchorStatus', {})).ok;
}

async function highlightInTab(tabId: number): Promise<void> {
  try {
    if (await ensureAnnotator(tabId)) await tabClient(tabId)('highlightSelection', {});
  } catch {
    // Pages no extension may script (the web store, browser pages): nothing to highlight there.
  }
}

async function registeredSites(): Promise<string[]> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  return script?.matches ?? [];
}

async function saveSites(sites: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (sites.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    return;
  }
  const script = { id: SITE_SCRIPT_ID, matches: sites, js: [ANNOTATOR_FILE.slice(1)], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

async function siteRestore(url: string): Promise<SiteRestoreState> {
  const pattern = originPattern(url);
  if (isDeclaredSite(url)) return { pattern, enabled: true, automatic: true };
  if (!pattern) return { pattern: null, enabled: false, automatic: false };
  const granted = await browser.permissions.contains({ origins: [pattern] });
  return { pattern, enabled: granted && (await registeredSites()).includes(pattern), automatic: false };
}

async function setSiteRestore(url: string, enabled: boolean): Promise<SiteRestoreState> {
  const pattern = originPattern(url);
  if (!pattern) throw new Error('Gleaner can restore highlights only on web pages (http or https).');
  if (isDeclaredSite(url)) return siteRestore(url);
  if (enabled && !(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error(`Allow Gleaner to read ${pattern} first: the browser asks when you turn this on from the popup.`);
  }
  await saveSites(withSite(await registeredSites(), pattern, enabled));
  if (!enabled) {
    // Least privilege: the site's permission goes with the feature that needed it.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  }
  return siteRestore(url);
}

/** Registers the menu, the command and the permission listener; returns the AnnotatorCalls dispatcher. */
export function setupAnnotator() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('annotateMenuHighlight'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void highlightInTab(tab.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === HIGHLIGHT_COMMAND && tab?.id !== undefined) void highlightInTab(tab.id);
  });
  // A site's permission revoked in the browser's settings: stop restoring there.
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    const sites = await registeredSites();
    const kept = sites.filter((site) => !origins.includes(site));
    if (kept.length !== sites.length) await saveSites(kept);
  });

  return createDispatcher<AnnotatorCalls>({
    openAnnotator: ({ tabId }) => ensureAnnotator(tabId),
    siteRestore: ({ url }) => siteRestore(url),
    setSiteRestore: ({ url, enabled }) => setSiteRestore(url, enabled),
  });
}
