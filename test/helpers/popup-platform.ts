import { readFileSync } from 'node:fs';
import { createDispatcher, ok, fail, type AnnotatorCalls, type BackgroundCalls, type ContentCalls, type Handlers } from '@/lib/protocol';
import { createClient } from '@/lib/protocol';
import { storeHandlers } from '@/lib/store/service';
import type { GleanerDB } from '@/lib/store/db';
import type { PopupPlatform, TabInfo } from '@/components/popup/popup-platform';

export interface FakePopup {
  platform: PopupPlatform;
  /** Every write the popup sent, in order. */
  writes: { call: string; args: unknown }[];
  closed: () => boolean;
  opened: string[];
  /** What was copied to the clipboard and downloaded, in order. */
  exported: { kind: 'copy' | 'download'; text: string; fileName?: string }[];
  /** Calls sent to the tab's annotator, in order. */
  tabCalls: { call: string; args: unknown }[];
  /** Sites the popup asked the browser for. */
  siteRequests: string[];
}

/**
 * A popup platform over a real store (fake-indexeddb): writes run through the same handlers as
 * the background's, so tests see what would really be stored.
 */
export function fakePopupPlatform(
  db: GleanerDB,
  options: {
    tab?: TabInfo | null;
    html?: string | null;
    uiLanguage?: string;
    /** What `fetchText` answers, by URL; any other URL fails as if offline. */
    responses?: Record<string, string>;
    /** The tab's annotator; without it every call fails as in a tab that has none. */
    tabCalls?: Partial<Handlers<ContentCalls>>;
    /** The background's annotator calls (inject, per-site restore). */
    annotatorCalls?: Partial<Handlers<AnnotatorCalls>>;
    /** The browser's answer to a site-access request (default: refused). */
    grantSiteAccess?: boolean;
  } = {},
): FakePopup {
  const writes: { call: string; args: unknown }[] = [];
  const dispatch = createDispatcher<BackgroundCalls>(storeHandlers(db));
  let closed = false;
  const opened: string[] = [];
  const exported: FakePopup['exported'] = [];
  const tabCalls: { call: string; args: unknown }[] = [];
  const siteRequests: string[] = [];
  const tab = options.tab === undefined ? { id: 7, url: 'https://example.org/post', title: 'A post' } : options.tab;
  const html = options.html === undefined ? readFileSync('test/fixtures/pages/blog-post.html', 'utf8') : options.html;
  const platform: PopupPlatform = {
    db,
    write: createClient<BackgroundCalls>(async (envelope) => {
      writes.push(envelope);
      return dispatch(envelope);
    }),
    tab: createClient<ContentCalls>(async (envelope) => {
      tabCalls.push(envelope);
      return options.tabCalls ? createDispatcher<ContentCalls>(options.tabCalls as Handlers<ContentCalls>)(envelope).then((reply) => reply ?? fail('no such call')) : fail('no annotator in tests');
    }),
    annotator: createClient<AnnotatorCalls>(async (envelope) => {
      const reply = options.annotatorCalls ? await createDispatcher<AnnotatorCalls>(options.annotatorCalls as Handlers<AnnotatorCalls>)(envelope) : null;
      return reply ?? fail('no annotator calls in tests');
    }),
    requestSiteAccess: async (pattern) => {
      siteRequests.push(pattern);
      return options.grantSiteAccess ?? false;
    },
    targetTab: async () => tab,
    snapshot: async () =>
      html === null || !tab ? fail('Cannot access contents of the page.') : ok({ url: tab.url, title: tab.title, html, contentType: 'text/html' }),
    fetchText: async (url) => {
      const body = options.responses?.[url];
      return body === undefined ? fail('offline') : ok(body);
    },
    uiLanguage: options.uiLanguage ?? 'en-US',
    openTab: (url) => void opened.push(url),
    openOptions: (hash) => void opened.push(`options#${hash ?? ''}`),
    close: () => {
      closed = true;
    },
    exportActions: {
      copyText: async (text) => void exported.push({ kind: 'copy', text }),
      copyRich: async (_html, text) => void exported.push({ kind: 'copy', text }),
      download: (fileName, text) => void exported.push({ kind: 'download', text, fileName }),
    },
  };
  return { platform, writes, closed: () => closed, opened, exported, tabCalls, siteRequests };
}
