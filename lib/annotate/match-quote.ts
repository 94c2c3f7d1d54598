import search from 'approx-string-match';
import { leadingDistance, prefixSimilarity, suffixSimilarity } from './context-score';

/**
 * Finding a quote again in text that may have changed. Precision first: a highlight that cannot
 * be placed is listed as "not found on this page" and can be looked at; a highlight silently
 * drawn on the wrong sentence misleads. So every match must be backed by its context, except an
 * exact, long quote (a moved paragraph keeps its words but loses its neighbours).
 */

export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected to start (its stored position, shifted), or null. */
  hint: number | null;
}

export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** How far the match is from where the quote was expected (Infinity without a hint). */
  offset: number;
  /** 1 − errors / quote length. */
  similarity: number;
  prefix: number;
  suffix: number;
  score: number;
}

/** An exact quote this long is trusted without its context (moved paragraphs, new sections). */
export const LONG_QUOTE = 40;
/** Shorter quotes are never matched fuzzily: a few edits make a short phrase into any other. */
export const MIN_FUZZY_QUOTE = 8;
/** Share of a pattern's characters that may differ in a fuzzy match. */
const ERROR_RATE = 0.25;
const MIN_SIMILARITY = 0.75;
const MIN_CONTEXT = 0.5;
/**
 * Proximity is evidence. Within CLOSE characters of its expected place, an edited quote needs
 * context on one side only (the other may be a paragraph inserted next to it); anywhere else it
 * needs both, or a near-identical sentence nearby (a caption repeating the text) would win.
 * NEAR bounds the first, cheap search window, and the score prefers nearer candidates.
 */
export const CLOSE = 1024;
/** An exact match this close to its expected place is taken without a second look. */
export const DRIFT = 32;
export const NEAR = 4096;
/** At most this many exact occurrences are weighed (a one-word quote may occur thousands of times). */
const MAX_EXACT = 1000;

function context(match: QuoteMatch): number {
  return (match.prefix + match.suffix) / 2;
}

function evaluate(text: string, query: QuoteQuery, start: number, end: number, errors: number): QuoteMatch {
  const similarity = Math.max(0, 1 - errors / query.exact.length);
  const prefix = prefixSimilarity(text, start, query.prefix);
  const suffix = suffixSimilarity(text, end, query.suffix);
  const offset = query.hint === null ? Infinity : Math.abs(start - query.hint);
  const match = { start, end, errors, offset, similarity, prefix, suffix, score: 0 };
  // Text and context weigh most; then nearness within the search window, so that an edited
  // quote where it was beats a verbatim copy a few paragraphs away; then, as a tie-breaker,
  // nearness anywhere (a phrase repeated verbatim).
  // Steep near zero: a candidate right at the expected place is strong evidence.
  const nearness = Math.sqrt(Math.min(1, offset / NEAR));
  const distance = query.hint === null ? 0 : Math.min(1, offset / Math.max(1, text.length));
  match.score = 0.5 * similarity + 0.45 * context(match) - 0.1 * nearness - 0.01 * distance;
  return match;
}

/** Whether a candidate is good enough to draw. Exported for the anchoring of hints. */
export function acceptable(match: QuoteMatch, quoteLength: number): boolean {
  if (match.errors === 0) return quoteLength >= LONG_QUOTE || context(match) >= MIN_CONTEXT;
  return (
    quoteLength >= MIN_FUZZY_QUOTE &&
    match.similarity >= MIN_SIMILARITY &&
    context(match) >= MIN_CONTEXT &&
    Math.max(match.prefix, match.suffix) >= MIN_SIMILARITY &&
    (match.offset <= CLOSE || Math.min(match.prefix, match.suffix) >= MIN_CONTEXT)
  );
}

function better(a: QuoteMatch | null, b: QuoteMatch | null): QuoteMatch | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

/** Checks one candidate span; returns it evaluated when acceptable. */
export function verify(text: string, query: QuoteQuery, start: number, end: number): QuoteMatch | null {
  if (text.slice(start, end) !== query.exact) return null;
  const match = evaluate(text, query, start, end, 0);
  // Short quotes are common words: a hint landing on the same word elsewhere is no proof.
  return query.exact.length >= MIN_FUZZY_QUOTE * 2 || context(match) >= MIN_CONTEXT ? match : null;
}

/**
 * The best acceptable exact occurrence of the quote: anywhere, or with `nearOnly` only near
 * the hint (an exact copy far away must not win over the edited original where it was).
 */
export function exactMatch(text: string, query: QuoteQuery, nearOnly = false): QuoteMatch | null {
  const { exact } = query;
  if (exact === '' || (nearOnly && query.hint === null)) return null;
  const from = nearOnly ? Math.max(0, query.hint! - NEAR) : 0;
  const to = nearOnly ? query.hint! + exact.length + NEAR : text.length;
  let best: QuoteMatch | null = null;
  let found = 0;
  for (let at = text.indexOf(exact, from); at !== -1 && at <= to && found < MAX_EXACT; at = text.indexOf(exact, at + 1)) {
    found += 1;
    const candidate = evaluate(text, query, at, at + exact.length, 0);
    if (acceptable(candidate, exact.length)) best = better(best, candidate);
  }
  return best;
}

/**
 * The quote searched together with its context: `prefix + exact + suffix`, then each side alone
 * (one side changes when a paragraph is inserted next to the quote). The context makes the
 * search itself prefer the right passage: approx-string-match reports only the lowest-error
 * matches, and without context a near-identical sentence elsewhere could hide an edited original.
 */
function patterns(query: QuoteQuery, oneSided: boolean): { pattern: string; before: number; after: number }[] {
  const { exact, prefix, suffix } = query;
  const list = [{ pattern: prefix + exact + suffix, before: prefix.length, after: suffix.length }];
  if (!oneSided) return list;
  if (suffix) list.push({ pattern: exact + suffix, before: 0, after: suffix.length });
  if (prefix) list.push({ pattern: prefix + exact, before: prefix.length, after: 0 });
  return list;
}

function maxErrors(length: number): number {
  return Math.ceil(length * ERROR_RATE);
}

/** The longest span a fuzzy match can cover: windows overlap by this much. */
export function fuzzyReach(query: QuoteQuery): number {
  const longest = query.prefix.length + query.exact.length + query.suffix.length;
  return longest + maxErrors(longest) + 1;
}

/** The quote inside a region where a context pattern matched. */
function locateQuote(text: string, query: QuoteQuery, from: number, to: number): QuoteMatch | null {
  const region = text.slice(from, to);
  let best: QuoteMatch | null = null;
  for (const found of search(region, query.exact, maxErrors(query.exact.length)).slice(0, 8)) {
    const candidate = evaluate(text, query, from + found.start, from + found.end, found.errors);
    if (acceptable(candidate, query.exact.length)) best = better(best, candidate);
  }
  return best;
}

/**
 * The best acceptable fuzzy match that lies within text[from, to), leaving out the span
 * `exclude` (an exact copy already found, which would otherwise hide every other candidate:
 * approx-string-match reports only the lowest-error matches).
 */
export function fuzzyMatchIn(
  text: string,
  query: QuoteQuery,
  from: number,
  to: number,
  exclude: { start: number; end: number } | null = null,
): QuoteMatch | null {
  // Far from the hint a match needs context on both sides (see CLOSE): the one-sided patterns,
  // which cost as much again each, are searched only in a window around the hint.
  const oneSided = query.hint !== null && from <= query.hint + CLOSE && to >= query.hint - CLOSE;
  if (query.exact.length < MIN_FUZZY_QUOTE) return null;
  let window = text.slice(from, to);
  if (exclude && exclude.end > from && exclude.start < to) {
    const start = Math.max(0, exclude.start - from);
    const end = Math.min(window.length, exclude.end - from);
    window = window.slice(0, start) + '\u0000'.repeat(end - start) + window.slice(end);
  }
  let best: QuoteMatch | null = null;
  for (const { pattern, before, after } of patterns(query, oneSided)) {
    const slack = maxErrors(pattern.length);
    // Consecutive end positions of one match are reported separately: look at a few distinct ones.
    let lastEnd = -Infinity;
    let looked = 0;
    for (const found of search(window, pattern, slack)) {
      if (found.end - lastEnd < query.exact.length / 2 || looked >= 8) continue;
      lastEnd = found.end;
      looked += 1;
      const regionFrom = Math.max(0, from + found.start + before - slack);
      const regionTo = Math.min(text.length, from + found.end - after + slack);
      best = better(best, locateQuote(text, query, regionFrom, regionTo));
    }
    if (best) return best;
  }
  return best;
}

export interface SearchWindow {
  from: number;
  to: number;
}

/**
 * Where a fuzzy search looks: first around the hint (an edited quote is almost always near where
 * it was), then the whole text in overlapping chunks, so that a caller can yield to the page
 * between chunks.
 */
export function fuzzyWindows(text: string, query: QuoteQuery, chunk = 65_536): { near: SearchWindow | null; chunks: SearchWindow[] } {
  const reach = fuzzyReach(query);
  let near: SearchWindow | null = null;
  if (query.hint !== null) {
    const around = Math.max(NEAR, reach * 2);
    near = { from: Math.max(0, query.hint - around), to: Math.min(text.length, query.hint + query.exact.length + around) };
  }
  const chunks: SearchWindow[] = [];
  for (let from = 0; from < text.length; from += chunk) chunks.push({ from, to: Math.min(text.length, from + chunk + reach) });
  return { near, chunks };
}

/** How much the text starting exactly at `start` looks like the quote, in [0, 1]. */
export function similarityAt(text: string, start: number, exact: string): number {
  if (start < 0 || start >= text.length) return 0;
  return 1 - leadingDistance(exact, text.slice(start, start + exact.length + 8)) / exact.length;
}

/**
 * The best candidate near the hint, exact or fuzzy: a verbatim copy a few paragraphs away loses
 * to the edited original at its place (the score weighs nearness).
 */
export function nearMatch(text: string, query: QuoteQuery): QuoteMatch | null {
  const exact = exactMatch(text, query, true);
  if (exact && exact.offset <= DRIFT) return exact;
  const { near } = fuzzyWindows(text, query);
  return better(exact, near ? fuzzyMatchIn(text, query, near.from, near.to, exact) : null);
}
