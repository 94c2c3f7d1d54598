import type { Highlight } from '../annotate/types';
import type { GleanerDB, SearchRow } from '../store/db';
import { clipTerms, TERMS_VERSION } from './terms';
import { SEARCH_TERMS_VERSION_KEY } from '../store/settings';

/**
 * Rewriting every clip's search terms: after a change to how terms are made (TERMS_VERSION), or
 * to repair. Clips are read in id order, a batch a transaction; a save between batches writes
 * its own terms, which are just as current. Batches are large because IndexedDB writes index
 * entries much faster in one big transaction than in many small ones (10,000 clips in Chromium:
 * about 15 s in batches of 2,000, 22 s in batches of 500); the price is that a save or a search
 * made during a rebuild (rare: after an update) may wait a couple of seconds for its batch.
 */

export const TERMS_VERSION_KEY = SEARCH_TERMS_VERSION_KEY;
const BATCH = 2000;

export interface RebuildReport {
  clips: number;
  removed: number;
}

export async function rebuildSearchIndex(db: GleanerDB, options: { batch?: number } = {}): Promise<RebuildReport> {
  const size = options.batch ?? BATCH;
  let clips = 0;
  let after: string | null = null;
  for (;;) {
    const lastId: string | null = after;
    const done = await db.transaction('rw', [db.clips, db.highlights, db.searchIndex], async () => {
      const rows = await (lastId === null ? db.clips.orderBy('id') : db.clips.where('id').above(lastId)).limit(size).toArray();
      if (rows.length === 0) return true;
      const first = rows[0]!.id;
      const last = rows[rows.length - 1]!.id;
      // Highlight clipIds are clip ids, so the batch's id range finds exactly its highlights.
      const highlights = await db.highlights.where('clipId').between(first, last, true, true).toArray();
      const byClip = new Map<string, Highlight[]>();
      for (const h of highlights) byClip.set(h.clipId, [...(byClip.get(h.clipId) ?? []), h]);
      const index: SearchRow[] = rows.map((row) => ({ clipId: row.id, terms: clipTerms(row, byClip.get(row.id) ?? []) }));
      await db.searchIndex.bulkPut(index);
      clips += rows.length;
      after = last;
      return rows.length < size;
    });
    if (done) break;
  }
  const removed = await removeOrphans(db);
  await db.settings.put({ key: TERMS_VERSION_KEY, value: TERMS_VERSION });
  return { clips, removed };
}

/** Index rows whose clip is gone (none should be; a rebuild makes sure). */
async function removeOrphans(db: GleanerDB): Promise<number> {
  return db.transaction('rw', [db.clips, db.searchIndex], async () => {
    const [indexed, existing] = await Promise.all([db.searchIndex.toCollection().primaryKeys(), db.clips.toCollection().primaryKeys()]);
    const live = new Set(existing);
    const orphans = indexed.filter((id) => !live.has(id));
    await db.searchIndex.bulkDelete(orphans);
    return orphans.length;
  });
}

/**
 * Rebuilds when the stored terms were made by another TERMS_VERSION (or never recorded, as in a
 * database from before this file). Cheap when up to date: one settings read. Returns whether it
 * rebuilt. The background calls it at start.
 */
export async function ensureSearchIndex(db: GleanerDB): Promise<boolean> {
  const stored = await db.settings.get(TERMS_VERSION_KEY);
  if (stored?.value === TERMS_VERSION) return false;
  await rebuildSearchIndex(db);
  return true;
}
