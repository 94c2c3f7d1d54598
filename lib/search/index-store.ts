import Dexie from 'dexie';
import { byClip } from '../annotate/by-clip';
import type { Highlight } from '../annotate/types';
import type { ClipRow, GleanerDB, SearchBodyRow, SearchDeltaRow, SearchHeadRow, SearchHighlightsRow } from '../store/db';
import { newId } from '../store/ids';
import { buildSnapshot, emptySnapshot, snapshotDocs, type SearchDoc, type Snapshot } from './snapshot';
import { clipTerms, TERMS_VERSION } from './terms';

/**
 * The search index in IndexedDB, log-structured: a *base* snapshot (snapshot.ts) written only by
 * a compaction or a rebuild, and a *delta* of one plain row per clip changed since, holding the
 * clip's current terms (or `null` once deleted). A save writes its delta row and bumps the head's
 * `deltaSeq`, in the save's own transaction: three requests whatever the clip holds, where a
 * multi-entry index rewrote ~200 index entries. A search reads the head, then the base and the
 * delta only when they changed since it last looked, and answers from memory.
 *
 * The delta is folded into the base (compactSearchIndex) once it holds COMPACT_AT clips: the
 * background does it after a quiet moment, and a bulk write (an import) does it at once.
 */

export const COMPACT_AT = 200;

/** The tables the index needs: a GleanerDB, or an upgrade transaction's `tx.table(…)`s. */
export type SearchTables = Pick<GleanerDB, 'clips' | 'highlights' | 'searchBase' | 'searchDelta' | 'searchHighlights'>;
type IndexTables = Pick<SearchTables, 'searchBase' | 'searchDelta'>;

export function searchDoc(row: ClipRow, highlights: readonly Highlight[]): SearchDoc {
  return { clipId: row.id, createdAt: Date.parse(row.createdAt), terms: clipTerms(row, highlights) };
}

/** A database that never had an index has an empty one: its delta is empty too (see below). */
async function readHead(tables: IndexTables): Promise<SearchHeadRow | undefined> {
  return (await tables.searchBase.get('head')) as SearchHeadRow | undefined;
}

function freshHead(): SearchHeadRow {
  return { key: 'head', version: TERMS_VERSION, gen: newId(), deltaSeq: 0, docs: 0 };
}

/**
 * Records clips' current terms (a SearchDoc) or their deletion (a clip id). Call it inside the
 * transaction that changed them, with searchBase and searchDelta in its scope.
 */
export async function writeSearchDocs(tables: IndexTables, changes: readonly (SearchDoc | string)[]): Promise<void> {
  if (changes.length === 0) return;
  const head = (await readHead(tables)) ?? freshHead();
  const rows: SearchDeltaRow[] = changes.map((change) =>
    typeof change === 'string' ? { clipId: change, createdAt: 0, terms: null } : { ...change, terms: [...change.terms] },
  );
  await tables.searchDelta.bulkPut(rows);
  await tables.searchBase.put({ ...head, deltaSeq: head.deltaSeq + 1 });
}

function highlightsRow(clipId: string, highlights: readonly Highlight[]): SearchHighlightsRow {
  return { clipId, texts: highlights.map(({ quote, note }) => ({ quote, note })) };
}

/**
 * Keeps the snippet copy of clips' highlight texts (a clip without highlights has no row).
 * Inside the transaction that changed the highlights.
 */
export async function writeHighlightTexts(
  tables: Pick<SearchTables, 'searchHighlights'>,
  clips: readonly (readonly [clipId: string, highlights: readonly Highlight[]])[],
): Promise<void> {
  const rows = clips.filter(([, highlights]) => highlights.length > 0).map(([clipId, highlights]) => highlightsRow(clipId, highlights));
  const none = clips.filter(([, highlights]) => highlights.length === 0).map(([clipId]) => clipId);
  if (rows.length) await tables.searchHighlights.bulkPut(rows);
  if (none.length) await tables.searchHighlights.bulkDelete(none);
}

async function writeBase(tables: IndexTables, snapshot: Snapshot): Promise<void> {
  const head = (await readHead(tables)) ?? freshHead();
  const gen = newId();
  const body: SearchBodyRow = { key: 'body', gen, snapshot };
  await tables.searchDelta.clear();
  await tables.searchBase.bulkPut([body, { key: 'head', version: TERMS_VERSION, gen, deltaSeq: head.deltaSeq + 1, docs: snapshot.ids.length }]);
}

/** The delta's rows of clips still there, as documents. */
function liveDocs(delta: readonly SearchDeltaRow[]): SearchDoc[] {
  return delta.flatMap((row) => (row.terms ? [{ clipId: row.clipId, createdAt: row.createdAt, terms: row.terms }] : []));
}

/** The base's documents with the delta applied: what the index holds for each clip now. */
function mergedDocs(body: SearchBodyRow | undefined, delta: readonly SearchDeltaRow[]): SearchDoc[] {
  const changed = new Set(delta.map((row) => row.clipId));
  const kept = (body ? snapshotDocs(body.snapshot) : []).filter((doc) => !changed.has(doc.clipId));
  return [...kept, ...liveDocs(delta)];
}

async function readBody(tables: IndexTables): Promise<SearchBodyRow | undefined> {
  return (await tables.searchBase.get('body')) as SearchBodyRow | undefined;
}

/**
 * Folds the delta into a new base. Inside a read-write transaction over searchBase and searchDelta.
 * Returns false when the base was made by another TERMS_VERSION: only a rebuild can help then.
 */
export async function compactWithin(tables: IndexTables): Promise<boolean> {
  const head = await readHead(tables);
  if (head && head.version !== TERMS_VERSION) return false;
  const [body, delta] = await Promise.all([readBody(tables), tables.searchDelta.toArray()]);
  if (delta.length > 0) await writeBase(tables, buildSnapshot(mergedDocs(body, delta)));
  return true;
}

/**
 * What the index holds for each clip, in clip id order, its terms sorted (a set: the base keeps
 * no order): for checks and tests, not for searching.
 */
export async function indexedDocs(tables: IndexTables): Promise<SearchDoc[]> {
  const [body, delta] = await Promise.all([readBody(tables), tables.searchDelta.toArray()]);
  return mergedDocs(body, delta)
    .map((doc) => ({ ...doc, terms: [...doc.terms].sort() }))
    .sort((a, b) => (a.clipId < b.clipId ? -1 : a.clipId > b.clipId ? 1 : 0));
}

/** The whole index made anew from the clips and highlights, inside a read-write transaction over SearchTables. */
export async function rebuildWithin(tables: SearchTables): Promise<number> {
  const [rows, highlights] = await Promise.all([tables.clips.toArray(), tables.highlights.toArray()]);
  const own = byClip(highlights);
  await writeBase(tables, buildSnapshot(rows.map((row) => searchDoc(row, own.get(row.id) ?? []))));
  await tables.searchHighlights.clear();
  await tables.searchHighlights.bulkPut(rows.flatMap((row) => (own.has(row.id) ? [highlightsRow(row.id, own.get(row.id)!)] : [])));
  return rows.length;
}

/** Whether the stored index was made by this code; a database without one counts as current. */
export async function indexIsCurrent(tables: IndexTables): Promise<boolean> {
  const head = await readHead(tables);
  return !head || head.version === TERMS_VERSION;
}

export async function deltaSize(tables: IndexTables): Promise<number> {
  return tables.searchDelta.count();
}

/** What a query reads: the base with its superseded documents marked, and the delta. */
export interface Segment {
  snapshot: Snapshot;
  /** 1 for each document that a newer delta row replaces or deletes; null when none is. */
  skip: Uint8Array | null;
}

interface Cached {
  gen: string;
  base: Snapshot;
  deltaSeq: number;
  segments: Segment[];
}

/** One loaded index per database object (each extension page has its own). */
const cache = new WeakMap<object, Cached>();

function indexOfId(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < ids.length && ids[lo] === id ? lo : -1;
}

function segmentsOf(base: Snapshot, delta: readonly SearchDeltaRow[]): Segment[] {
  if (delta.length === 0) return [{ snapshot: base, skip: null }];
  const skip = new Uint8Array(base.ids.length);
  for (const row of delta) {
    const doc = indexOfId(base.ids, row.clipId);
    if (doc >= 0) skip[doc] = 1;
  }
  return [{ snapshot: base, skip }, { snapshot: buildSnapshot(liveDocs(delta)), skip: null }];
}

/**
 * The index to search, or null while it was made by another TERMS_VERSION (the background is
 * rebuilding it). Inside a transaction over searchBase and searchDelta; `owner` keys the cache
 * (the GleanerDB), so repeated searches read one small head row and nothing else.
 *
 * Written as one chain of Dexie promises, not nested async functions: Dexie follows its
 * transaction through only so many native promise steps, and on the cached path (one request,
 * then nothing) the caller's later reads fell outside the transaction (PrematureCommitError
 * inside liveQuery). Every step here stays on the request's own promise.
 */
export function loadSearchIndex(tables: IndexTables, owner: object): Promise<Segment[] | null> {
  return tables.searchBase.get('head').then((row) => {
    const head = row as SearchHeadRow | undefined;
    if (!head) return [{ snapshot: emptySnapshot(), skip: null }];
    if (head.version !== TERMS_VERSION) return null;
    const cached = cache.get(owner);
    const base =
      cached && cached.gen === head.gen
        ? Dexie.Promise.resolve(cached)
        : tables.searchBase.get('body').then((body) => {
            const snapshot = (body as SearchBodyRow | undefined)?.gen === head.gen ? (body as SearchBodyRow).snapshot : emptySnapshot();
            const entry: Cached = { gen: head.gen, base: snapshot, deltaSeq: -1, segments: [] };
            cache.set(owner, entry);
            return entry;
          });
    return base.then((entry) => {
      if (entry.deltaSeq === head.deltaSeq) return entry.segments;
      return tables.searchDelta.toArray().then((delta) => {
        entry.segments = segmentsOf(entry.base, delta);
        entry.deltaSeq = head.deltaSeq;
        return entry.segments;
      });
    });
  });
}
