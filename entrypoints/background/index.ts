import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDispatcher, fail, type BackgroundCalls } from '@/lib/protocol';
import { GleanerDB } from '@/lib/store/db';
import { storeHandlers } from '@/lib/store/service';
import { purgeTrash } from '@/lib/store/clips';
import { AUTOSAVE_PORT, coalesceAutosaves } from '@/lib/autosave';
import { servePort } from '@/lib/port-rpc';
import { ensureSearchIndex } from '@/lib/search/rebuild';
import { indexUpkeep } from '@/lib/search/upkeep';
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
  const warnIndex = (error: unknown) => console.warn('Gleaner could not keep the search index in shape:', error);
  // Saves leave their terms in the index's delta; a moment after they settle it is folded in.
  const upkeep = indexUpkeep(db, 2000, warnIndex);
  const dispatch = async (message: unknown) => {
    const stored = await dispatchStore(message);
    if (stored !== null) {
      upkeep.poke();
      return stored;
    }
    return (await dispatchTemplates(message)) ?? dispatchAnnotator(message);
  };

  // Deleted clips stay in the trash (for undo, and for a change of mind) for a month.
  browser.runtime.onStartup.addListener(() => {
    void purgeTrash(db, new Date(Date.now() - TRASH_DAYS * 24 * 3600 * 1000));
  });
  // An index made by another version of lib/search/terms.ts is rebuilt once, a full delta
  // compacted; otherwise this is one head read and one count.
  void ensureSearchIndex(db).catch(warnIndex);

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    dispatch(message).then((reply) => sendResponse(reply ?? fail('Gleaner does not know this request.')));
    return true;
  });

  // The popup sends its writes through a port, in order; see lib/port-rpc.ts.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === AUTOSAVE_PORT) servePort(port, dispatch, coalesceAutosaves);
  });
});
