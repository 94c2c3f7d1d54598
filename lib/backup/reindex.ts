import { byClip } from '../annotate/by-clip';
import { COMPACT_AT, compactWithin, searchDoc, writeHighlightTexts, writeSearchDocs } from '../search/index-store';
import type { GleanerDB } from '../store/db';

/**
 * Rewrites the search terms of the given clips from their rows and highlights (a clip no longer
 * there is recorded as deleted). Call it inside the transaction that changed them (it needs
 * clips, highlights and the search tables in its scope), so the index is never out of step
 * with the library. A large batch (an import) is folded into the base at once, so that the
 * first search after it does not build a snapshot of thousands of delta rows.
 */
export async function reindexClips(db: GleanerDB, clipIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(clipIds)];
  if (ids.length === 0) return;
  const rows = await db.clips.bulkGet(ids);
  const highlights = await db.highlights.where('clipId').anyOf(ids).toArray();
  const own = byClip(highlights);
  await writeSearchDocs(db, rows.map((row, i) => (row ? searchDoc(row, own.get(row.id) ?? []) : ids[i]!)));
  await writeHighlightTexts(db, ids.map((id) => [id, own.get(id) ?? []] as const));
  if ((await db.searchDelta.count()) >= COMPACT_AT) await compactWithin(db);
}
