import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDispatcher, type BackgroundCalls } from '@/lib/protocol';
import { GleanerDB } from '@/lib/store/db';
import { storeHandlers } from '@/lib/store/service';
import { AUTOSAVE_PORT } from '@/lib/autosave';
import { templateHandlers, type TemplateCalls } from '@/lib/digest/template-store';

/**
 * The background is the one writer of the database: the popup, the options page and content
 * scripts send it calls. It keeps nothing in memory that a restart would lose.
 */
export default defineBackground(() => {
  const db = new GleanerDB();
  const dispatchStore = createDispatcher<BackgroundCalls>(storeHandlers(db));
  // Digest templates (options page): a call map of their own; unknown calls fall through to null.
  const dispatchTemplates = createDispatcher<TemplateCalls>(templateHandlers(db));
  const dispatch = async (message: unknown) => (await dispatchStore(message)) ?? dispatchTemplates(message);

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    dispatch(message).then((reply) => {
      if (reply) sendResponse(reply);
    });
    return true;
  });

  // The popup streams every edit through a port: messages posted before the popup closes are
  // delivered even though the popup's own page is gone by then.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== AUTOSAVE_PORT) return;
    let queue = Promise.resolve();
    port.onMessage.addListener((message: unknown) => {
      queue = queue.then(async () => {
        const reply = await dispatch(message);
        if (reply && !reply.ok) port.postMessage({ error: reply.error });
      });
    });
  });
});
