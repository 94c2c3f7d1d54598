import { expect } from 'vitest';
import { indexedDocs, searchDoc } from '@/lib/search/index-store';
import type { GleanerDB } from '@/lib/store/db';

/**
 * Every clip has search terms, and they are the terms of its current fields and highlights; the
 * snippet copy of highlight texts is there for exactly the clips that have highlights.
 */
export async function expectIndexCurrent(db: GleanerDB): Promise<void> {
  const [clips, highlights, docs, texts] = await Promise.all([db.clips.toArray(), db.highlights.toArray(), indexedDocs(db), db.searchHighlights.toArray()]);
  const expected = clips
    .map((clip) => searchDoc(clip, highlights.filter((h) => h.clipId === clip.id)))
    .map((doc) => ({ ...doc, terms: [...doc.terms].sort() }))
    .sort((a, b) => (a.clipId < b.clipId ? -1 : 1));
  expect(docs).toEqual(expected);
  for (const clip of clips) {
    const own = highlights.filter((h) => h.clipId === clip.id).map(({ quote, note }) => ({ quote, note }));
    const row = texts.find((t) => t.clipId === clip.id);
    // As a multiset: the order follows the order highlights were read in.
    const key = (t: { quote: string; note: string }) => JSON.stringify([t.quote, t.note]);
    expect((row?.texts ?? []).map(key).sort()).toEqual(own.map(key).sort());
  }
  expect(texts.every((t) => clips.some((clip) => clip.id === t.clipId))).toBe(true);
}
