import type { Highlight } from '../annotate/types';
import type { ClipRow } from '../store/db';
import { findUnits, type Range } from './match';
import type { QueryUnit } from './query';

/**
 * The short text shown under a result, with the matched words marked: from the field that holds
 * the most of the query's words (the summary before the abstract before highlights on a tie).
 */

/** Text with ranges to highlight; the UI renders ranges as elements, never as HTML. */
export interface Marked {
  text: string;
  ranges: Range[];
}

export type SnippetField =
  | 'tldr' | 'problem' | 'method' | 'results' | 'future'
  | 'abstract' | 'highlight' | 'note' | 'authors' | 'tags' | 'source';

export interface Snippet extends Marked {
  field: SnippetField;
}

/** About two lines in the popup; CJK characters are wider, so fewer of them. */
export const SNIPPET_CHARS = 160;
const CJK_SNIPPET_CHARS = 90;
const LEAD = 0.25;

/** What a snippet reads of a highlight: a Highlight, or its copy in `searchHighlights`. */
export type HighlightText = Pick<Highlight, 'quote' | 'note'>;

export function searchableTexts(clip: ClipRow, highlights: readonly HighlightText[]): [SnippetField, string][] {
  const s = clip.summary;
  return [
    ['tldr', s.tldr], ['problem', s.problem], ['method', s.method], ['results', s.results], ['future', s.future],
    ['abstract', clip.abstract ?? ''],
    ...highlights.map((h): [SnippetField, string] => ['highlight', h.quote]),
    ...highlights.map((h): [SnippetField, string] => ['note', h.note]),
    ['authors', clip.authors.join(', ')],
    ['tags', clip.tags.join(', ')],
    ['source', [clip.siteName, clip.arxivId && `arXiv:${clip.arxivId}`, clip.doi].filter(Boolean).join(' · ')],
  ];
}

export function markTitle(title: string, units: readonly QueryUnit[]): Marked {
  return { text: title, ranges: findUnits(title, units).ranges };
}

export interface SnippetChoice {
  snippet: Snippet | null;
  /** Units found in the title or the snippet's field; fewer than all means a better field may be in highlights. */
  found: number;
}

export function bestSnippet(clip: ClipRow, highlights: readonly HighlightText[], units: readonly QueryUnit[]): SnippetChoice {
  let best: { field: SnippetField; text: string; ranges: Range[]; count: number } | null = null;
  for (const [field, raw] of searchableTexts(clip, highlights)) {
    if (!raw) continue;
    const text = collapse(raw);
    const match = findUnits(text, units);
    if (match.found.size > (best?.count ?? 0)) best = { field, text, ranges: match.ranges, count: match.found.size };
    if (best && best.count === units.length) break;
  }
  const inTitle = findUnits(clip.title, units).found;
  if (!best) return { snippet: fallbackSnippet(clip), found: inTitle.size };
  return { snippet: { field: best.field, ...cut(best.text, best.ranges) }, found: Math.max(best.count, inTitle.size) };
}

/** With nothing matched outside the title: the TL;DR, else the abstract's opening. */
export function fallbackSnippet(clip: ClipRow): Snippet | null {
  const [field, text] = clip.summary.tldr
    ? (['tldr', clip.summary.tldr] as const)
    : clip.abstract
      ? (['abstract', clip.abstract] as const)
      : [null, ''];
  if (!field) return null;
  return { field, ...cut(collapse(text), []) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A window around the first match, cut at spaces where the text has them, with ellipses. */
export function cut(text: string, ranges: readonly Range[]): Marked {
  const width = /[\u3000-\u9fff\uac00-\ud7af]/.test(text) ? CJK_SNIPPET_CHARS : SNIPPET_CHARS;
  if (text.length <= width) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(width * LEAD), text.length - width));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first && space - start < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width * 0.7) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Range => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: prefix + text.slice(start, end) + suffix, ranges: inside };
}
