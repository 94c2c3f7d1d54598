import type { ClipRow, GleanerDB } from '../store/db';
import { rankCandidates, type Ranking } from './candidates';
import { loadSearchIndex } from './index-store';
import { hasPhrase } from './match';
import { hasFilters, parseQuery, type ParsedQuery, type QueryProblem } from './query';
import { bestSnippet, fallbackSnippet, markTitle, searchableTexts, type HighlightText, type Marked, type Snippet } from './snippet';

/**
 * The search API used by the popup and the options page. It reads the database directly (no
 * message to the background) inside one read transaction: the index (read once a page, then only
 * its head row while nothing changed), ranking in memory, then only the rows of the results shown.
 */

export interface SearchHit {
  clip: ClipRow;
  /** Higher is better; meaningful only within one outcome (see candidates.ts). */
  score: number;
  title: Marked;
  snippet: Snippet | null;
}

/**
 * Why there is nothing to show: the UI explains, it is not an error. `indexing`: the stored index
 * was made by another version of Gleaner and the background is rebuilding it.
 */
export type SearchHint = 'stop-words' | 'no-words' | 'bad-filters' | 'indexing';

export type SearchOutcome =
  | {
      kind: 'results';
      /** `recent`: the query was empty and these are the latest clips. */
      mode: 'recent' | 'matches';
      hits: SearchHit[];
      total: number;
      /** False when a phrase query stopped checking candidates early: `total` is then a lower bound. */
      totalExact: boolean;
      problems: QueryProblem[];
      ignored: string[];
    }
  | { kind: 'hint'; hint: SearchHint; problems: QueryProblem[]; ignored: string[] };

export interface SearchOptions {
  /** How many hits to return (default 30). */
  limit?: number;
  /** "This week" is relative to this (default: now). */
  now?: Date;
}

export const DEFAULT_LIMIT = 30;
/** A phrase that matches none of many candidates stops being checked here. */
export const PHRASE_CHECK_MAX = 2000;

export async function searchClips(db: GleanerDB, query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const parsed = parseQuery(query, options.now ?? new Date());
  const { problems, ignored } = parsed;
  if (parsed.units.length === 0 && !hasFilters(parsed.filters)) {
    if (parsed.hasText) return { kind: 'hint', hint: ignored.length ? 'stop-words' : 'no-words', problems, ignored };
    if (problems.some((p) => p.code !== 'truncated')) return { kind: 'hint', hint: 'bad-filters', problems, ignored };
    return recent(db, limit, parsed);
  }
  return db.transaction('r', [db.searchBase, db.searchDelta, db.searchHighlights, db.clips], async (): Promise<SearchOutcome> => {
    const segments = await loadSearchIndex(db, db);
    if (!segments) return { kind: 'hint', hint: 'indexing', problems, ignored };
    const ranked = rankCandidates(segments, parsed.units, parsed.filters);
    const found = parsed.phrases.length ? await withPhrases(db, ranked, parsed, limit) : await plain(db, ranked, parsed, limit);
    return { kind: 'results', mode: 'matches', problems, ignored, ...found };
  });
}

async function recent(db: GleanerDB, limit: number, parsed: ParsedQuery): Promise<SearchOutcome> {
  const [rows, total] = await db.transaction('r', db.clips, () =>
    Promise.all([db.clips.orderBy('updatedAt').reverse().limit(limit).toArray(), db.clips.count()]),
  );
  const hits = rows.map((clip) => ({ clip, score: 0, title: { text: clip.title, ranges: [] }, snippet: fallbackSnippet(clip) }));
  return { kind: 'results', mode: 'recent', hits, total, totalExact: true, problems: parsed.problems, ignored: parsed.ignored };
}

interface Found {
  hits: SearchHit[];
  total: number;
  totalExact: boolean;
}

async function rowsOf(db: GleanerDB, candidates: readonly { id: string }[]): Promise<ClipRow[]> {
  const rows = await db.clips.bulkGet(candidates.map((c) => c.id));
  return rows.filter((row): row is ClipRow => row !== undefined);
}

/** The highlight texts of these clips, from their snippet copy: one request for a page of results. */
async function highlightsOf(db: GleanerDB, ids: readonly string[]): Promise<Map<string, HighlightText[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.searchHighlights.bulkGet([...ids]);
  return new Map(ids.map((id, i) => [id, rows[i]?.texts ?? []]));
}

function hit(clip: ClipRow, score: number, snippet: Snippet | null, parsed: ParsedQuery): SearchHit {
  return { clip, score, title: markTitle(clip.title, parsed.units), snippet };
}

/** The top rows; highlights are read only for hits whose words were not all seen in the row. */
async function plain(db: GleanerDB, ranked: Ranking, parsed: ParsedQuery, limit: number): Promise<Found> {
  const top = ranked.top(limit);
  const scores = new Map(top.map((c) => [c.id, c.score]));
  const rows = await rowsOf(db, top);
  const choices = new Map(rows.map((row) => [row.id, bestSnippet(row, [], parsed.units)]));
  const partial = rows.filter((row) => choices.get(row.id)!.found < parsed.units.length).map((row) => row.id);
  const highlights = await highlightsOf(db, partial);
  for (const [id, own] of highlights) {
    const row = rows.find((r) => r.id === id)!;
    if (own.length) choices.set(id, bestSnippet(row, own, parsed.units));
  }
  const hits = rows.map((row) => hit(row, scores.get(row.id) ?? 0, choices.get(row.id)!.snippet, parsed));
  return { hits, total: ranked.total, totalExact: true };
}

/**
 * Phrases are checked on the candidates' text in ranked order, a page at a time, until a page of
 * hits is found: the total is then a lower bound (`totalExact` false). Highlights are read only
 * for rows whose own fields lack a phrase.
 */
async function withPhrases(db: GleanerDB, ranked: Ranking, parsed: ParsedQuery, limit: number): Promise<Found> {
  const hits: SearchHit[] = [];
  const checked = ranked.top(PHRASE_CHECK_MAX);
  const textsOf = (row: ClipRow, own: readonly HighlightText[]) => [row.title, ...searchableTexts(row, own).map(([, text]) => text)];
  const hasAll = (texts: string[]) => parsed.phrases.every((phrase) => texts.some((text) => hasPhrase(text, phrase)));
  let seen = 0;
  let matched = 0;
  while (seen < checked.length && hits.length < limit) {
    const slice = checked.slice(seen, seen + limit);
    seen += slice.length;
    const scores = new Map(slice.map((c) => [c.id, c.score]));
    const rows = await rowsOf(db, slice);
    const inRow = new Set(rows.filter((row) => hasAll(textsOf(row, []))).map((row) => row.id));
    const highlights = await highlightsOf(db, rows.filter((row) => !inRow.has(row.id)).map((row) => row.id));
    for (const row of rows) {
      const own = highlights.get(row.id) ?? [];
      if (!inRow.has(row.id) && !hasAll(textsOf(row, own))) continue;
      matched += 1;
      if (hits.length < limit) hits.push(hit(row, scores.get(row.id) ?? 0, bestSnippet(row, own, parsed.units).snippet, parsed));
    }
  }
  return { hits, total: matched, totalExact: seen === ranked.total };
}
