import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Highlight } from '../lib/annotate/types';
import type { Clip } from '../lib/clip/model';
import { searchedClips } from '../lib/digest/load';
import { rebuildSearchIndex } from '../lib/search/rebuild';
import { GleanerDB } from '../lib/store/db';

/**
 * `--search` for clips read from files: they are written to a throw-away in-memory database and
 * searched with lib/search, so the command line finds exactly what the popup's search would
 * (same tokenizing of Chinese, stemming, filters and ranking), not a look-alike substring match.
 */
export async function searchClipFiles(clips: readonly Clip[], highlights: readonly Highlight[], query: string, now: Date): Promise<Clip[]> {
  const db = new GleanerDB('gleaner-cli-search', { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    await db.transaction('rw', [db.clips, db.highlights], async () => {
      await db.clips.bulkPut(clips.map(({ content: _content, ...row }) => row));
      await db.highlights.bulkPut([...highlights]);
    });
    await rebuildSearchIndex(db);
    const found = new Set((await searchedClips(db, query, now)).map((clip) => clip.id));
    return clips.filter((clip) => found.has(clip.id));
  } finally {
    db.close();
  }
}
