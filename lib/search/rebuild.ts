import type { GleanerDB } from '../store/db';
import { COMPACT_AT, compactWithin, deltaSize, indexIsCurrent, rebuildWithin } from './index-store';

/**
 * Keeping the stored index (index-store.ts) in shape, from the background: a rebuild after a
 * change to how terms are made (TERMS_VERSION), and a compaction once the delta has grown.
 *
 * A rebuild is one transaction: it reads every clip and highlight, makes their terms and writes
 * one base (10,000 clips in Chromium: a few seconds, nearly all of it making terms). A save made
 * meanwhile waits for it rather than being folded into a base that is then thrown away.
 */

export interface RebuildReport {
  clips: number;
}

export async function rebuildSearchIndex(db: GleanerDB): Promise<RebuildReport> {
  const clips = await db.transaction('rw', [db.clips, db.highlights, db.searchBase, db.searchDelta, db.searchHighlights], () => rebuildWithin(db));
  return { clips };
}

/** Folds the delta into the base; rebuilds instead when the base is from another TERMS_VERSION. */
export async function compactSearchIndex(db: GleanerDB): Promise<void> {
  const compacted = await db.transaction('rw', [db.searchBase, db.searchDelta], () => compactWithin(db));
  if (!compacted) await rebuildSearchIndex(db);
}

export type Upkeep = 'rebuilt' | 'compacted' | 'none';

/**
 * Rebuilds an index made by another TERMS_VERSION, compacts one whose delta holds COMPACT_AT
 * clips or more, else does nothing (one head read and one count). The background calls it at
 * start and a moment after writes.
 */
export async function ensureSearchIndex(db: GleanerDB): Promise<Upkeep> {
  if (!(await indexIsCurrent(db))) {
    await rebuildSearchIndex(db);
    return 'rebuilt';
  }
  if ((await deltaSize(db)) < COMPACT_AT) return 'none';
  await compactSearchIndex(db);
  return 'compacted';
}
