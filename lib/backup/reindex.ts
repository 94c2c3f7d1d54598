import type { Highlight } from '../annotate/types';
import { clipTerms } from '../search/terms';
import type { GleanerDB } from '../store/db';

/**
 * Rewrites the search terms of the given clips from their rows and highlights. Call it inside the
 * transaction that changed them (it needs clips, highlights and searchIndex in its scope), so the
 * index is never out of step with the library.
 */
export async function reindexClips(db: GleanerDB, clipIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(clipIds)];
  if (ids.length === 0) return;
  const rows = await db.clips.bulkGet(ids);
  const highlights = await db.highlights.where('clipId').anyOf(ids).toArray();
  const byClip = new Map<string, Highlight[]>();
  for (const highlight of highlights) {
    const list = byClip.get(highlight.clipId) ?? [];
    list.push(highlight);
    byClip.set(highlight.clipId, list);
  }
  const index = rows.flatMap((row) => (row ? [{ clipId: row.id, terms: clipTerms(row, byClip.get(row.id) ?? []) }] : []));
  await db.searchIndex.bulkPut(index);
}
