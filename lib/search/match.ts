import { fold, foldWithMap } from './fold';
import { phraseKey, type QueryUnit } from './query';
import { tokenize } from './tokenize';

/**
 * Where a query's words occur in one text, as ranges of the original text: the same rules as
 * the index (folded, stemmed prefix for English, substrings for CJK), so what is highlighted is
 * what was found.
 */
export type Range = [start: number, end: number];

export interface TextMatch {
  ranges: Range[];
  /** Indexes (into the units) of the units found in this text. */
  found: Set<number>;
}

export function findUnits(text: string, units: readonly QueryUnit[]): TextMatch {
  const ranges: Range[] = [];
  const found = new Set<number>();
  if (!text || units.length === 0) return { ranges, found };
  // Most fields hold none of the words: one native normalize() tells, before any mapping.
  const quick = fold(text);
  if (!units.some((unit) => (unit.kind === 'word' ? quick.includes(unit.term) : unit.grams.some((g) => quick.includes(g))))) {
    return { ranges, found };
  }
  const { folded, starts, ends } = foldWithMap(text);
  const original = (from: number, to: number): Range => [starts[from]!, ends[to - 1]!];
  for (const token of tokenize(folded)) {
    units.forEach((unit, index) => {
      if (unit.kind === 'word') {
        if (token.cjk) return;
        const hit = unit.prefix ? token.text.startsWith(unit.term) : token.text === unit.term;
        if (hit) {
          ranges.push(original(token.start, token.end));
          found.add(index);
        }
        return;
      }
      if (!token.cjk) return;
      // The whole run as typed, else its bigrams (the index matched them, perhaps apart).
      const pieces = occurrences(token.text, unit.text);
      const spans = pieces.length ? pieces.map((at) => [at, at + unit.text.length] as const) : gramSpans(token.text, unit.grams);
      for (const [from, to] of spans) ranges.push(original(token.start + from, token.start + to));
      if (pieces.length || (spans.length && unit.grams.every((gram) => token.text.includes(gram)))) found.add(index);
    });
  }
  return { ranges: mergeRanges(ranges), found };
}

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  if (!needle) return at;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

function gramSpans(text: string, grams: readonly string[]): (readonly [number, number])[] {
  return grams.flatMap((gram) => occurrences(text, gram).map((at) => [at, at + gram.length] as const));
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Whether a phrase (phraseKey form) occurs in the text: it must start at a word's start (or
 * anywhere inside a CJK run), and its last word may be the start of a longer one, as typed.
 */
export function hasPhrase(text: string, phrase: string): boolean {
  const haystack = phraseKey(text);
  for (let at = haystack.indexOf(phrase); at !== -1; at = haystack.indexOf(phrase, at + 1)) {
    if (at === 0 || haystack[at - 1] === ' ' || !/[a-z0-9]/.test(haystack[at - 1]!)) return true;
  }
  return false;
}
