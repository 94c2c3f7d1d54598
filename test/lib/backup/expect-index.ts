import { expect } from 'vitest';
import { indexedDocs } from '@/lib/search/index-store';
import { expectedIndexDocs } from '../../helpers/search-index';
import type { GleanerDB } from '@/lib/store/db';

/**
 * Every clip has search terms, and they are the terms of its current fields and highlights; the
 * snippet copy of highlight texts is there for exactly the clips that have highlights.
 */
export async function expectIndexCurrent(db: GleanerDB): Promise<void> {
  const [clips, highlights, docs, texts] = await Promise.all([db.clips.toArray(), db.highlights.toArray(), indexedDocs(db), db.searchHighlights.toArray()]);
  expect(docs).toEqual(expectedIndexDocs(clips, highlights));
  for (const clip of clips) {
    const own = highlights.filter((h) => h.clipId === clip.id).map(({ quote, note }) => ({ quote, note }));
    const row = texts.find((t) => t.clipId === clip.id);
    // As a multiset: the order follows the order highlights were read in.
    const key = (t: { quote: string; note: string }) => JSON.stringify([t.quote, t.note]);
    expect((row?.texts ?? []).map(key).sort()).toEqual(own.map(key).sort());
  }
  expect(texts.every((t) => clips.some((clip) => clip.id === t.clipId))).toBe(true);
}
