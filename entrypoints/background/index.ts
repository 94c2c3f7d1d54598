import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDispatcher, type BackgroundCalls } from '@/lib/protocol';
import { GleanerDB } from '@/lib/store/db';
import { storeHandlers } from '@/lib/store/service';
import { AUTOSAVE_PORT } from '@/lib/autosave';
import { setupAnnotator } from './annotator';

/**
 * The background is the one writer of the database: the popup, the options page and content
 * scripts send it calls. It keeps nothing in memory that a restart would lose.
 */
export default defineBackground(() => {
  const db = new GleanerDB();
  const dispatch = createDispatcher<BackgroundCalls>(storeHandlers(db));
  const dispatchAnnotator = setupAnnotator();

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    dispatch(message).then(async (reply) => {
      const answer = reply ?? (await dispatchAnnotator(message));
      if (answer) sendResponse(answer);
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
