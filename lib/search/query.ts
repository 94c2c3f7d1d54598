import { READING_STATUSES, type ClipKind, type ReadingStatus } from '../clip/model';
import { intersectRanges, parseDay, parseWeek, type DateRange } from './dates';
import { fold } from './fold';
import { lexQuery, MAX_QUERY_CHARS, type FilterKey } from './query-lexer';
import { MIN_PREFIX, stem } from './stem';
import { isStopWord } from './stop-words';
import { tokenize, type Token } from './tokenize';

/**
 * A query, parsed: what to look up in the index (units, all required), phrases to check on the
 * candidates, filters, and what was wrong with the input (shown to the user, never thrown).
 */
export type QueryUnit =
  /** `term` is looked up by prefix when `prefix`, else exactly. `text` is the word as typed (folded). */
  | { kind: 'word'; text: string; term: string; prefix: boolean }
  /** A CJK run: its bigrams must all be there; one character is looked up by prefix. */
  | { kind: 'cjk'; text: string; grams: string[] };

export interface QueryFilters {
  /** Every tag must be on the clip. */
  tags: string[];
  /** Every author value must match one of the clip's authors (each a list of required units). */
  authors: QueryUnit[][];
  /** Any of these (a clip has one status). */
  statuses: ReadingStatus[];
  /** Any of these. */
  kinds: ClipKind[];
  /** When the clip was saved. */
  saved: DateRange;
}

export type QueryProblem =
  | { code: 'unknown-status'; value: string }
  | { code: 'unknown-kind'; value: string }
  | { code: 'bad-date'; key: 'after' | 'before' | 'week'; value: string }
  | { code: 'truncated' };

export interface ParsedQuery {
  units: QueryUnit[];
  /** Folded, token-joined phrases that must occur as written (see phrase.ts). */
  phrases: string[];
  filters: QueryFilters;
  problems: QueryProblem[];
  /** Free text was typed, even if none of it can be searched (stop words, punctuation). */
  hasText: boolean;
  /** Words typed but not searched for: stop words and single letters. */
  ignored: string[];
}

/** Each lookup is three index ranges (one a tier); a pasted paragraph stops here. */
export const MAX_LOOKUPS = 24;

const STATUS_WORDS: Record<string, ReadingStatus> = {
  'to-read': 'to-read', toread: 'to-read', todo: 'to-read', unread: 'to-read', 待读: 'to-read',
  reading: 'reading', 在读: 'reading', 阅读中: 'reading',
  done: 'done', read: 'done', finished: 'done', 已读: 'done', 读完: 'done',
};
const KIND_WORDS: Record<string, ClipKind> = {
  arxiv: 'arxiv', paper: 'scholarly', scholarly: 'scholarly', doi: 'scholarly', 论文: 'scholarly',
  blog: 'blog', post: 'blog', 博客: 'blog', other: 'other', 其他: 'other',
};

export function wordUnit(word: string, stemmed = true): QueryUnit {
  const term = stemmed ? stem(word) : word;
  return { kind: 'word', text: word, term, prefix: term.length >= MIN_PREFIX };
}

/**
 * A run of one character is looked up as itself (by prefix). A longer run needs bigrams that
 * cover every character: 状态空间模型 → 状态, 空间, 模型 (every other bigram, plus the last one when
 * the length is odd). The overlapping ones in between would add index reads for little more
 * precision: a clip with all three bigrams apart is rare, and its snippet shows what matched.
 */
export function cjkUnit(run: string): QueryUnit {
  const chars = Array.from(run);
  if (chars.length === 1) return { kind: 'cjk', text: run, grams: [run] };
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) grams.push(chars[i]! + chars[i + 1]!);
  if (chars.length % 2 === 1) grams.push(chars[chars.length - 2]! + chars[chars.length - 1]!);
  return { kind: 'cjk', text: run, grams };
}

export function unitKey(unit: QueryUnit): string {
  return unit.kind === 'word' ? `w:${unit.term}:${unit.prefix}` : `c:${unit.text}`;
}

export function lookupCount(unit: QueryUnit): number {
  return unit.kind === 'word' ? 1 : unit.grams.length;
}

function tokenUnit(token: Token, ignored: string[], stemmed: boolean): QueryUnit | null {
  if (token.cjk) return cjkUnit(token.text);
  if (token.text.length < 2 || isStopWord(token.text)) {
    ignored.push(token.text);
    return null;
  }
  return wordUnit(token.text, stemmed);
}

/** `author:` values: names are not stemmed, and "An" or "He" is a name, not a stop word. */
function authorUnits(value: string): QueryUnit[] {
  return tokenize(fold(value)).flatMap((token) => {
    if (token.cjk) return [cjkUnit(token.text)];
    return token.text.length < 2 ? [] : [{ kind: 'word', text: token.text, term: token.text, prefix: true } as const];
  });
}

/** The folded words of a phrase joined by single spaces: how phrases are compared. */
export function phraseKey(text: string): string {
  return tokenize(fold(text)).map((token) => token.text).join(' ');
}

const WEEK_WORDS = new Set(['本周', '这周', '上周']);

export function emptyFilters(): QueryFilters {
  return { tags: [], authors: [], statuses: [], kinds: [], saved: { from: null, to: null } };
}

export function hasFilters(filters: QueryFilters): boolean {
  const { tags, authors, statuses, kinds, saved } = filters;
  return tags.length + authors.length + statuses.length + kinds.length > 0 || saved.from !== null || saved.to !== null;
}

export function parseQuery(query: string, now: Date = new Date()): ParsedQuery {
  const parsed: ParsedQuery = { units: [], phrases: [], filters: emptyFilters(), problems: [], hasText: false, ignored: [] };
  if (query.length > MAX_QUERY_CHARS) markTruncated(parsed);
  const texts: { text: string; stemmed: boolean }[] = [];
  const pieces = lexQuery(query);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.type === 'filter') {
      applyFilter(parsed, piece.key, piece.value, now);
    } else if (piece.type === 'phrase') {
      const key = phraseKey(piece.text);
      if (key) parsed.phrases.push(key);
      texts.push({ text: piece.text, stemmed: false });
      parsed.hasText ||= piece.text.trim() !== '';
    } else {
      // "this week" / "last week" / 本周 typed as words mean the week filter; quoted, they are text.
      const word = piece.text.toLowerCase();
      const next = pieces[i + 1];
      if ((word === 'this' || word === 'last') && next?.type === 'text' && next.text.toLowerCase() === 'week') {
        applyFilter(parsed, 'week', word, now);
        i += 1;
        continue;
      }
      if (WEEK_WORDS.has(piece.text)) {
        applyFilter(parsed, 'week', piece.text, now);
        continue;
      }
      texts.push({ text: piece.text, stemmed: true });
      parsed.hasText = true;
    }
  }
  addUnits(parsed, texts);
  return parsed;
}

function addUnits(parsed: ParsedQuery, texts: { text: string; stemmed: boolean }[]): void {
  const seen = new Set<string>();
  let lookups = 0;
  for (const { text, stemmed } of texts) {
    for (const token of tokenize(fold(text))) {
      let unit = tokenUnit(token, parsed.ignored, stemmed);
      if (!unit || seen.has(unitKey(unit))) continue;
      // A long CJK run (a pasted sentence) is searched by its beginning.
      if (unit.kind === 'cjk' && lookups + lookupCount(unit) > MAX_LOOKUPS && MAX_LOOKUPS - lookups >= 1) {
        unit = cjkUnit(Array.from(unit.text).slice(0, 2 * (MAX_LOOKUPS - lookups)).join(''));
        markTruncated(parsed);
      }
      if (lookups + lookupCount(unit) > MAX_LOOKUPS) {
        markTruncated(parsed);
        return;
      }
      seen.add(unitKey(unit));
      lookups += lookupCount(unit);
      parsed.units.push(unit);
    }
  }
}

function markTruncated(parsed: ParsedQuery): void {
  if (!parsed.problems.some((p) => p.code === 'truncated')) parsed.problems.push({ code: 'truncated' });
}

function applyFilter(parsed: ParsedQuery, key: FilterKey, value: string, now: Date): void {
  // An empty value is a filter still being typed (`tag:`): nothing to apply, nothing to report.
  if (!value) return;
  const { filters, problems } = parsed;
  const word = value.toLowerCase();
  switch (key) {
    case 'tag':
      filters.tags.push(value);
      return;
    case 'author': {
      const units = authorUnits(value);
      if (units.length) filters.authors.push(units);
      return;
    }
    case 'status': {
      const status = STATUS_WORDS[word] ?? (READING_STATUSES as string[]).find((s) => s === word);
      if (status) pushOnce(filters.statuses, status as ReadingStatus);
      else problems.push({ code: 'unknown-status', value });
      return;
    }
    case 'kind': {
      const kind = KIND_WORDS[word];
      if (kind) pushOnce(filters.kinds, kind);
      else problems.push({ code: 'unknown-kind', value });
      return;
    }
    case 'after':
    case 'before': {
      const day = parseDay(value);
      if (!day) {
        problems.push({ code: 'bad-date', key, value });
        return;
      }
      const range = key === 'after' ? { from: day.start, to: null } : { from: null, to: day.start };
      filters.saved = intersectRanges(filters.saved, range);
      return;
    }
    case 'week': {
      const range = parseWeek(value, now);
      if (range) filters.saved = intersectRanges(filters.saved, range);
      else problems.push({ code: 'bad-date', key, value });
      return;
    }
  }
}

function pushOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
