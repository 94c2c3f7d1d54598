import type { Args, BackgroundCalls, Reply, Result } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';

/** What the options page's panels need from the extension, injected so tests can supply fakes. */
export interface OptionsPlatform {
  db: GleanerDB;
  call<K extends keyof BackgroundCalls & string>(
    name: K,
    args: Args<BackgroundCalls, K>,
  ): Promise<Result<Reply<BackgroundCalls, K>>>;
  openTab(url: string): void;
  /** The browser's UI language, e.g. `zh-CN`. */
  uiLanguage: string;
}
