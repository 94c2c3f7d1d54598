import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Highlight } from '../lib/annotate/types';
import type { Clip } from '../lib/clip/model';
import { searchedClips } from '../lib/digest/load';
import { clipTerms } from '../lib/search/terms';
import { GleanerDB } from '../lib/store/db';

/**
 * `--search` for clips read from files: they are written to a throw-away in-memory database and
 * searched with lib/search, so the command line finds exactly what the popup's search would
 * (same tokenizing of Chinese, stemming, filters and ranking), not a look-alike substring match.
 */
export async function searchClipFiles(clips: readonly Clip[], highlights: readonly Highlight[], query: string, now: Date): Promise<Clip[]> {
  const db = new GleanerDB('gleaner-cli-search', { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    const byClip = new Map<string, Highlight[]>();
    for (const highlight of highlights) byClip.set(highlight.clipId, [...(byClip.get(highlight.clipId) ?? []), highlight]);
    await db.transaction('rw', [db.clips, db.highlights, db.searchIndex], async () => {
      const rows = clips.map(({ content: _content, ...row }) => row);
      await db.clips.bulkPut(rows);
      await db.highlights.bulkPut([...highlights]);
      await db.searchIndex.bulkPut(rows.map((row) => ({ clipId: row.id, terms: clipTerms(row, byClip.get(row.id) ?? []) })));
    });
    const found = new Set((await searchedClips(db, query, now)).map((clip) => clip.id));
    return clips.filter((clip) => found.has(clip.id));
  } finally {
    db.close();
  }
}
