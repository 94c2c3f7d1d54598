import type { Locale } from '../i18n';
import type { GleanerDB } from './db';

/** Every setting, its type and its default. Stored one row a key in the `settings` table. */
export interface Settings {
  /** UI language; 'auto' follows the browser. */
  locale: Locale | 'auto';
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto' };

export async function readSettings(db: GleanerDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function writeSetting<K extends keyof Settings>(db: GleanerDB, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
