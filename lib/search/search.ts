import type { Highlight } from '../annotate/types';
import type { ClipRow, GleanerDB } from '../store/db';
import { rankCandidates, type Candidate } from './candidates';
import { hasPhrase } from './match';
import { hasFilters, parseQuery, type ParsedQuery, type QueryProblem } from './query';
import { bestSnippet, fallbackSnippet, markTitle, searchableTexts, type Marked, type Snippet } from './snippet';

/**
 * The search API used by the popup and the options page. It reads the database directly (no
 * message to the background) inside one read transaction: index keys first, then only the rows
 * of the results shown.
 */

export interface SearchHit {
  clip: ClipRow;
  /** Higher is better; meaningful only within one outcome (see candidates.ts). */
  score: number;
  title: Marked;
  snippet: Snippet | null;
}

/** Why there is nothing to search for: the UI explains, it is not an error. */
export type SearchHint = 'stop-words' | 'no-words' | 'bad-filters';

export type SearchOutcome =
  | {
      kind: 'results';
      /** `recent`: the query was empty and these are the latest clips. */
      mode: 'recent' | 'matches';
      hits: SearchHit[];
      total: number;
      /** False when a phrase query stopped checking candidates at PHRASE_CHECK_MAX. */
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
/** Phrases are checked on loaded rows; beyond this many candidates the count is a lower bound. */
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
  return db.transaction('r', [db.searchIndex, db.clips, db.highlights], async () => {
    const ranked = await rankCandidates(db, parsed.units, parsed.filters);
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

async function rowsOf(db: GleanerDB, candidates: readonly Candidate[]): Promise<ClipRow[]> {
  const rows = await db.clips.bulkGet(candidates.map((c) => c.id));
  return rows.filter((row): row is ClipRow => row !== undefined);
}

async function highlightsOf(db: GleanerDB, ids: readonly string[]): Promise<Map<string, Highlight[]>> {
  const byClip = new Map<string, Highlight[]>();
  if (ids.length === 0) return byClip;
  for (const h of await db.highlights.where('clipId').anyOf(ids).toArray()) {
    byClip.set(h.clipId, [...(byClip.get(h.clipId) ?? []), h]);
  }
  return byClip;
}

function hit(clip: ClipRow, score: number, highlights: readonly Highlight[], parsed: ParsedQuery): SearchHit {
  return { clip, score, title: markTitle(clip.title, parsed.units), snippet: bestSnippet(clip, highlights, parsed.units).snippet };
}

/** The top rows; highlights are read only for hits whose words were not all seen in the row. */
async function plain(db: GleanerDB, ranked: Candidate[], parsed: ParsedQuery, limit: number): Promise<Found> {
  const top = ranked.slice(0, limit);
  const scores = new Map(top.map((c) => [c.id, c.score]));
  const rows = await rowsOf(db, top);
  const partial = rows.filter((row) => bestSnippet(row, [], parsed.units).found < parsed.units.length).map((row) => row.id);
  const highlights = await highlightsOf(db, partial);
  const hits = rows.map((row) => hit(row, scores.get(row.id) ?? 0, highlights.get(row.id) ?? [], parsed));
  return { hits, total: ranked.length, totalExact: true };
}

/** Phrases are checked on the candidates' text, in ranked order, a chunk at a time. */
async function withPhrases(db: GleanerDB, ranked: Candidate[], parsed: ParsedQuery, limit: number): Promise<Found> {
  const hits: SearchHit[] = [];
  let total = 0;
  const checked = ranked.slice(0, PHRASE_CHECK_MAX);
  const chunk = Math.max(limit, 100);
  for (let start = 0; start < checked.length; start += chunk) {
    const slice = checked.slice(start, start + chunk);
    const scores = new Map(slice.map((c) => [c.id, c.score]));
    const rows = await rowsOf(db, slice);
    const highlights = await highlightsOf(db, rows.map((row) => row.id));
    for (const row of rows) {
      const own = highlights.get(row.id) ?? [];
      const texts = [row.title, ...searchableTexts(row, own).map(([, text]) => text)];
      if (!parsed.phrases.every((phrase) => texts.some((text) => hasPhrase(text, phrase)))) continue;
      total += 1;
      if (hits.length < limit) hits.push(hit(row, scores.get(row.id) ?? 0, own, parsed));
    }
  }
  return { hits, total, totalExact: checked.length === ranked.length };
}
