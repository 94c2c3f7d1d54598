import { GleanerDB } from '../../lib/store/db';
import { searchClips } from '../../lib/search/search';
import { rebuildSearchIndex } from '../../lib/search/rebuild';
import { clipTerms } from '../../lib/search/terms';
import { generateClips } from './generate-clips';
import { loadLibrary } from './load-library';
import { scanSearch } from './scan-baseline';

/**
 * The search measurements, runnable in a browser page (bundled by bench/suites/search.ts and
 * driven through Playwright), so that the same generator and code run on Chromium's IndexedDB.
 * Timings are plain arrays of milliseconds; the caller computes the percentiles.
 */
export interface BrowserRun {
  loadMs: number;
  buildMs: number;
  termsPerClip: number;
  update: { index: number[]; row: number[] };
  queries: { query: string; total: number | string; ours: number[]; scan: number[] }[];
  /** The very first search after opening the database in this page (not a cold browser). */
  firstSearchMs: number;
}

export async function runSearchBench(size: number, queries: string[], reps: number, scanReps: number, updates: number, nowIso: string): Promise<BrowserRun> {
  const now = new Date(nowIso);
  const name = `bench-search-${size}-${Date.now()}`;
  let db = new GleanerDB(name);
  let start = performance.now();
  await loadLibrary(db, generateClips(size, { seed: 1, end: now }), { index: false });
  const loadMs = performance.now() - start;
  start = performance.now();
  await rebuildSearchIndex(db);
  const buildMs = performance.now() - start;
  let terms = 0;
  await db.searchIndex.each((row) => void (terms += row.terms.length));

  const ids = (await db.clips.toCollection().primaryKeys()).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / updates)) === 0).slice(0, updates);
  const update = { index: [] as number[], row: [] as number[] };
  for (const id of ids) {
    const row = (await db.clips.get(id))!;
    const edited = { ...row, summary: { ...row.summary, tldr: `${row.summary.tldr} 补充：蒸馏 edited` } };
    start = performance.now();
    await db.transaction('rw', [db.clips], () => db.clips.put(edited));
    update.row.push(performance.now() - start);
    start = performance.now();
    await db.transaction('rw', [db.clips, db.highlights, db.searchIndex], async () => {
      const highlights = await db.highlights.where('clipId').equals(id).toArray();
      await db.searchIndex.put({ clipId: id, terms: clipTerms(edited, highlights) });
    });
    update.index.push(performance.now() - start);
  }

  // Close and reopen, as a popup does, then time the first search.
  db.close();
  db = new GleanerDB(name);
  start = performance.now();
  await searchClips(db, queries[0]!, { now });
  const firstSearchMs = performance.now() - start;

  const results: BrowserRun['queries'] = [];
  for (const query of queries) {
    const first = await searchClips(db, query, { now });
    const ours: number[] = [];
    for (let r = 0; r < reps; r++) {
      start = performance.now();
      await searchClips(db, query, { now });
      ours.push(performance.now() - start);
    }
    await scanSearch(db, query, 30, now);
    const scan: number[] = [];
    for (let r = 0; r < scanReps; r++) {
      start = performance.now();
      await scanSearch(db, query, 30, now);
      scan.push(performance.now() - start);
    }
    results.push({ query, total: first.kind === 'results' ? first.total : first.hint, ours, scan });
  }
  db.close();
  await GleanerDB.delete(name);
  return { loadMs, buildMs, termsPerClip: terms / size, update, queries: results, firstSearchMs };
}
