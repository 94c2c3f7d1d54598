import type { Highlight } from '../annotate/types';
import { searchDoc, writeHighlightTexts, writeSearchDocs } from '../search/index-store';
import type { GleanerDB } from './db';

/** Highlights feed the search: each change re-indexes the clip in the same transaction. */
async function reindex(db: GleanerDB, clipId: string): Promise<void> {
  const row = await db.clips.get(clipId);
  if (!row) return;
  const highlights = await db.highlights.where('clipId').equals(clipId).toArray();
  await writeSearchDocs(db, [searchDoc(row, highlights)]);
  await writeHighlightTexts(db, [[clipId, highlights]]);
}

export async function putHighlight(db: GleanerDB, highlight: Highlight): Promise<void> {
  await db.transaction('rw', [db.highlights, db.clips, db.searchBase, db.searchDelta, db.searchHighlights], async () => {
    await db.highlights.put(highlight);
    await reindex(db, highlight.clipId);
  });
}

export async function updateHighlight(
  db: GleanerDB,
  id: string,
  changes: Partial<Pick<Highlight, 'note' | 'color'>>,
  now: Date = new Date(),
): Promise<Highlight | null> {
  return db.transaction('rw', [db.highlights, db.clips, db.searchBase, db.searchDelta, db.searchHighlights], async () => {
    const existing = await db.highlights.get(id);
    if (!existing) return null;
    const updated = { ...existing, ...changes, updatedAt: now.toISOString() };
    await db.highlights.put(updated);
    await reindex(db, existing.clipId);
    return updated;
  });
}

export async function deleteHighlight(db: GleanerDB, id: string): Promise<boolean> {
  return db.transaction('rw', [db.highlights, db.clips, db.searchBase, db.searchDelta, db.searchHighlights], async () => {
    const existing = await db.highlights.get(id);
    if (!existing) return false;
    await db.highlights.delete(id);
    await reindex(db, existing.clipId);
    return true;
  });
}

/** A clip's highlights in reading order of creation. */
export async function highlightsOf(db: GleanerDB, clipId: string): Promise<Highlight[]> {
  return db.highlights.where('clipId').equals(clipId).sortBy('createdAt');
}
