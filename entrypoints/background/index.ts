import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDispatcher, fail, type BackgroundCalls } from '@/lib/protocol';
import { GleanerDB } from '@/lib/store/db';
import { storeHandlers } from '@/lib/store/service';
import { purgeTrash } from '@/lib/store/clips';
import { AUTOSAVE_PORT, coalesceAutosaves } from '@/lib/autosave';
import { servePort } from '@/lib/port-rpc';
import { ensureSearchIndex } from '@/lib/search/rebuild';
import { templateHandlers, type TemplateCalls } from '@/lib/digest/template-store';
import { setupAnnotator } from './annotator';

/**
 * The background is the one writer of the database: the popup, the options page and content
 * scripts send it calls. It keeps nothing in memory that a restart would lose.
 */
const TRASH_DAYS = 30;

export default defineBackground(() => {
  const db = new GleanerDB();
  const dispatchStore = createDispatcher<BackgroundCalls>(storeHandlers(db));
  // Digest templates (options page): a call map of their own; unknown calls fall through to null.
  const dispatchTemplates = createDispatcher<TemplateCalls>(templateHandlers(db));
  // Highlighting: context menu, shortcut, on-demand injection and per-site restore.
  const dispatchAnnotator = setupAnnotator();
  const dispatch = async (message: unknown) =>
    (await dispatchStore(message)) ?? (await dispatchTemplates(message)) ?? dispatchAnnotator(message);

  // Deleted clips stay in the trash (for undo, and for a change of mind) for a month.
  browser.runtime.onStartup.addListener(() => {
    void purgeTrash(db, new Date(Date.now() - TRASH_DAYS * 24 * 3600 * 1000));
  });
  // Search terms made by another version of lib/search/terms.ts are rewritten once; when they
  // are current this is one settings read.
  void ensureSearchIndex(db).catch((error: unknown) => console.warn('Gleaner could not rebuild the search index:', error));

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    dispatch(message).then((reply) => sendResponse(reply ?? fail('Gleaner does not know this request.')));
    return true;
  });

  // The popup sends its writes through a port, in order; see lib/port-rpc.ts.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === AUTOSAVE_PORT) servePort(port, dispatch, coalesceAutosaves);
  });
});
