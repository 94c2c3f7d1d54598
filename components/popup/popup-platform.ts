import type { ExportActions } from '@/components/digest/export-actions';
import type { PageSnapshot } from '@/lib/extract/snapshot';
import type { AnnotatorCalls, Args, BackgroundCalls, ContentCalls, Reply, Result } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';
import type { PageLookup } from '@/lib/store/page-lookup';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

type Call<M extends Record<string, (args: never) => unknown>> = <K extends keyof M & string>(
  name: K,
  args: Args<M, K>,
) => Promise<Result<Reply<M, K>>>;

/** What the popup's components need from the extension, injected so tests can supply fakes. */
export interface PopupPlatform {
  /** Reads only: the popup reads the database directly; every write goes to the background. */
  db: GleanerDB;
  /** Writes, delivered to the background in order (see lib/port-rpc.ts). */
  write: Call<BackgroundCalls>;
  /** Calls to the annotator in the target tab (null when the tab has none). */
  tab: Call<ContentCalls>;
  /** Calls to the background about the in-page annotator: inject it, per-site restore. */
  annotator: Call<AnnotatorCalls>;
  /**
   * Asks the browser for access to a site (`https://example.org/*`). Must be the first thing a
   * click handler awaits: the browser grants it only inside the user's gesture.
   */
  requestSiteAccess(pattern: string): Promise<boolean>;
  targetTab(): Promise<TabInfo | null>;
  /**
   * The target tab and what the database holds for it, started before the popup renders so that
   * the lookup overlaps loading the settings and messages. Optional: without it the session asks.
   */
  firstPage?: Promise<{ tab: TabInfo | null; lookup: PageLookup | null }>;
  snapshot(tabId: number): Promise<Result<PageSnapshot>>;
  /** arXiv's export API for a paper (Atom XML), for PDF tabs. */
  fetchText(url: string): Promise<Result<string>>;
  uiLanguage: string;
  openTab(url: string): void;
  openOptions(hash?: string): void;
  close(): void;
  /** Clipboard and download, for exporting a clip (web APIs, injected so tests can watch). */
  exportActions: ExportActions;
}
