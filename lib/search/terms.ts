import type { Highlight } from '../annotate/types';
import type { ClipRow } from '../store/db';

/**
 * The search terms of a clip, stored in its searchIndex row. A first, plain version: lower-cased
 * words of the title, authors, summary and tags. lib/search refines it.
 */
export function clipTerms(clip: ClipRow, highlights: readonly Highlight[]): string[] {
  const text = [
    clip.title,
    clip.authors.join(' '),
    clip.summary.tldr,
    clip.summary.problem,
    clip.summary.method,
    clip.summary.results,
    clip.summary.future,
    clip.tags.join(' '),
    ...highlights.map((h) => `${h.quote} ${h.note}`),
  ].join(' ');
  return [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}
