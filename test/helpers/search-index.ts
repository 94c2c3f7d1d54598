import type { Highlight } from '@/lib/annotate/types';
import { searchDoc } from '@/lib/search/index-store';
import type { ClipRow } from '@/lib/store/db';

/**
 * What `indexedDocs` should hold for a clip: its SearchDoc made from its current fields and its
 * own highlights (taken from `highlights`), terms as a sorted set.
 */
export function expectedIndexDoc(clip: ClipRow, highlights: readonly Highlight[] = []) {
  const doc = searchDoc(clip, highlights.filter((h) => h.clipId === clip.id));
  return { ...doc, terms: [...doc.terms].sort() };
}

/** The same for a library, in clip id order, as `indexedDocs` returns it. */
export function expectedIndexDocs(clips: readonly ClipRow[], highlights: readonly Highlight[] = []) {
  return clips.map((clip) => expectedIndexDoc(clip, highlights)).sort((a, b) => (a.clipId < b.clipId ? -1 : a.clipId > b.clipId ? 1 : 0));
}
