import { expect } from 'vitest';
import { clipTerms } from '@/lib/search/terms';
import type { GleanerDB } from '@/lib/store/db';

/** Every clip has search terms, and they are the terms of its current fields and highlights. */
export async function expectIndexCurrent(db: GleanerDB): Promise<void> {
  const [clips, highlights, index] = await Promise.all([db.clips.toArray(), db.highlights.toArray(), db.searchIndex.toArray()]);
  expect(index.map((row) => row.clipId).sort()).toEqual(clips.map((clip) => clip.id).sort());
  for (const clip of clips) {
    const terms = index.find((row) => row.clipId === clip.id)?.terms ?? [];
    // A set of terms: their order follows the order highlights were read in, which may differ.
    expect([...terms].sort()).toEqual(clipTerms(clip, highlights.filter((h) => h.clipId === clip.id)).sort());
  }
}
