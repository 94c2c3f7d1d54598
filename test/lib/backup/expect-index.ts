import { expect } from 'vitest';
import { indexedDocs, searchDoc } from '@/lib/search/index-store';
import type { GleanerDB } from '@/lib/store/db';

/** Every clip has search terms, and they are the terms of its current fields and highlights. */
export async function expectIndexCurrent(db: GleanerDB): Promise<void> {
  const [clips, highlights, docs] = await Promise.all([db.clips.toArray(), db.highlights.toArray(), indexedDocs(db)]);
  const expected = clips
    .map((clip) => searchDoc(clip, highlights.filter((h) => h.clipId === clip.id)))
    .map((doc) => ({ ...doc, terms: [...doc.terms].sort() }))
    .sort((a, b) => (a.clipId < b.clipId ? -1 : 1));
  expect(docs).toEqual(expected);
}
