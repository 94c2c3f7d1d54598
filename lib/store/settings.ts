import type { Locale } from '../i18n';
import type { GleanerDB } from './db';

/** Every setting, its type and its default. Stored one row a key in the `settings` table. */
export interface Settings {
  /** UI language; 'auto' follows the browser. */
  locale: Locale | 'auto';
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto' };

/** Which version of lib/search's terms the search index holds (see lib/search/rebuild.ts). */
export const SEARCH_TERMS_VERSION_KEY = 'searchTermsVersion';

/**
 * The `settings` rows that are the extension's bookkeeping about this database, not the user's
 * choices: a backup leaves them out and an import never takes or clears them.
 */
const BOOKKEEPING_KEYS: ReadonlySet<string> = new Set([SEARCH_TERMS_VERSION_KEY]);

export function isUserSetting(key: string): boolean {
  return !BOOKKEEPING_KEYS.has(key);
}

export async function readSettings(db: GleanerDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function writeSetting<K extends keyof Settings>(db: GleanerDB, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
