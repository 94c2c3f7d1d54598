import { GleanerDB } from '../../lib/store/db';
import { searchClips } from '../../lib/search/search';
import { compactSearchIndex, rebuildSearchIndex } from '../../lib/search/rebuild';
import { indexedDocs, searchDoc, writeSearchDocs } from '../../lib/search/index-store';
import { generateClips } from './generate-clips';
import { loadLibrary } from './load-library';
import { scanSearch } from './scan-baseline';

/**
 * The search measurements, in any JavaScript with an IndexedDB: Node on fake-indexeddb, or a
 * Chromium page (bench/data/chromium.ts bundles this file, `GleanerBench.runSearchBench`).
 * Timings come back as plain arrays of milliseconds; bench/suites/search.ts makes figures.
 */
export interface SearchBenchParams {
  size: number;
  queries: string[];
  /** Round-robin passes over all queries; the first is a warm-up and is not kept. */
  passes: number;
  scanPasses: number;
  updates: number;
  nowIso: string;
  /** A pause after the build, so that the store's background work (LevelDB compaction) settles. */
  settleMs: number;
}

export interface SearchBenchRun {
  loadMs: number;
  buildMs: number;
  termsPerClip: number;
  update: { index: number[]; row: number[]; terms: number[] };
  queries: { query: string; total: number | string; ours: number[]; scan: number[]; withDelta: number[] }[];
  /** Clips in the delta while `withDelta` was measured, and the compaction that folded them in. */
  deltaClips: number;
  compactMs: number;
  /** The first search after opening the database (in an already running page, not a cold browser). */
  firstSearchMs: number;
}

const since = (start: number) => performance.now() - start;

/** Where the databases live: fake-indexeddb in Node, the page's IndexedDB in a browser. */
export interface BenchStore {
  open(name: string): GleanerDB;
  remove(name: string): Promise<void>;
}

export async function measureSearch(store: BenchStore, params: SearchBenchParams): Promise<SearchBenchRun> {
  const now = new Date(params.nowIso);
  const name = `bench-search-${params.size}-${Date.now()}`;
  let db = store.open(name);
  let start = performance.now();
  await loadLibrary(db, generateClips(params.size, { seed: 1, end: now }));
  const loadMs = since(start);
  start = performance.now();
  await rebuildSearchIndex(db);
  const buildMs = since(start);
  let terms = 0;
  for (const doc of await indexedDocs(db)) terms += doc.terms.length;
  await new Promise((resolve) => setTimeout(resolve, params.settleMs));

  // Close and reopen, as a popup opening does, and time the first search.
  db.close();
  db = store.open(name);
  start = performance.now();
  await searchClips(db, params.queries[0]!, { now });
  const firstSearchMs = since(start);

  const queries: SearchBenchRun['queries'] = params.queries.map((query) => ({ query, total: '', ours: [], scan: [], withDelta: [] }));
  for (let pass = 0; pass < params.passes; pass++) {
    for (const entry of queries) {
      start = performance.now();
      const outcome = await searchClips(db, entry.query, { now });
      const ms = since(start);
      if (pass === 0) entry.total = outcome.kind === 'results' ? outcome.total : outcome.hint;
      else entry.ours.push(ms);
    }
  }
  for (let pass = 0; pass < params.scanPasses; pass++) {
    for (const entry of queries) {
      start = performance.now();
      await scanSearch(db, entry.query, 30, now);
      if (pass > 0) entry.scan.push(since(start));
    }
  }

  // Per-clip update: what an autosave adds for search (read the clip's highlights, make its
  // terms, write its delta row and the index head) against the autosave's own write of the row.
  const all = await db.clips.toCollection().primaryKeys();
  const step = Math.max(1, Math.floor(all.length / params.updates));
  const update: SearchBenchRun['update'] = { index: [], row: [], terms: [] };
  for (const id of all.filter((_, i) => i % step === 0).slice(0, params.updates)) {
    const row = (await db.clips.get(id))!;
    const edited = { ...row, summary: { ...row.summary, tldr: `${row.summary.tldr} 补充：蒸馏 edited` } };
    start = performance.now();
    await db.transaction('rw', [db.clips], () => db.clips.put(edited));
    update.row.push(since(start));
    start = performance.now();
    await db.transaction('rw', [db.clips, db.highlights, db.searchBase, db.searchDelta], async () => {
      const highlights = await db.highlights.where('clipId').equals(id).toArray();
      const t = performance.now();
      const doc = searchDoc(edited, highlights);
      update.terms.push(since(t));
      await writeSearchDocs(db, [doc]);
    });
    update.index.push(since(start));
  }

  // The same queries while those edits sit in the delta (what searches see between compactions),
  // then the compaction the background runs once the delta is full.
  const deltaClips = await db.searchDelta.count();
  for (let pass = 0; pass < Math.max(2, Math.ceil(params.passes / 2)); pass++) {
    for (const entry of queries) {
      start = performance.now();
      await searchClips(db, entry.query, { now });
      if (pass > 0) entry.withDelta.push(since(start));
    }
  }
  start = performance.now();
  await compactSearchIndex(db);
  const compactMs = since(start);
  db.close();
  await store.remove(name);
  return { loadMs, buildMs, termsPerClip: terms / params.size, update, queries, firstSearchMs, deltaClips, compactMs };
}

/** The browser entry: Chromium's own IndexedDB. */
export function runSearchBench(params: SearchBenchParams): Promise<SearchBenchRun> {
  return measureSearch({ open: (name) => new GleanerDB(name), remove: (name) => GleanerDB.delete(name) }, params);
}
