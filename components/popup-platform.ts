import type { PageSnapshot } from '@/lib/extract/snapshot';
import type { BackgroundCalls, Result, Args, Reply } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

/** What the popup's components need from the extension, injected so tests can supply fakes. */
export interface PopupPlatform {
  /** Read-only use: the popup reads directly, the background writes. */
  db: GleanerDB;
  call<K extends keyof BackgroundCalls & string>(
    name: K,
    args: Args<BackgroundCalls, K>,
  ): Promise<Result<Reply<BackgroundCalls, K>>>;
  targetTab(): Promise<TabInfo | null>;
  snapshot(tabId: number): Promise<Result<PageSnapshot>>;
}
