import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import { GleanerDB } from '../../lib/store/db';
import { updateNotes } from '../../lib/store/clips';
import { searchClips } from '../../lib/search/search';
import { rebuildSearchIndex } from '../../lib/search/rebuild';
import { clipTerms } from '../../lib/search/terms';
import { generateClips } from '../data/generate-clips';
import { loadLibrary } from '../data/load-library';
import { scanSearch } from '../data/scan-baseline';
import type { Figure, Suite, SuiteContext } from '../types';

/**
 * Search at 1,000 and 10,000 generated clips (bench/data/generate-clips.ts, seed 1), in Node on
 * fake-indexeddb: index build, per-clip index update, warm query latency against a plain scan
 * (bench/data/scan-baseline.ts) over the same rows in the same run. fake-indexeddb is a
 * JavaScript IndexedDB (a binary tree, structured clone, a macrotask per request): slower than
 * Chromium's, so these figures are an upper bound; the popup's cold first search is measured in
 * real Chromium by the popup suite, with the same generator.
 */

const NOW = new Date('2026-11-25T12:00:00Z');

const QUERIES = [
  '蒸馏', '蒸', '状态空间模型', '推理加速', 'LoRA 微调',
  'attention', 'distillation', 'state space', 'speculative decoding', '"state space"',
  'author:hinton', 'author:王小明', 'tag:rlhf', 'tag:蒸馏',
  'kind:blog 蒸馏', 'status:done attention', 'this week', 'after:2026-06-01 transformer',
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
const round = (value: number) => Math.round(value * 100) / 100;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

function figure(f: Omit<Figure, 'ratio' | 'value' | 'baseline'> & { value: number; baseline?: number | null }): Figure {
  const baseline = f.baseline ?? null;
  return { ...f, value: round(f.value), baseline: baseline === null ? null : round(baseline), ratio: baseline ? round(f.value / baseline) : null };
}

/** Queries that only this library can answer: a rare word of a summary and an arXiv id. */
async function libraryQueries(db: GleanerDB): Promise<string[]> {
  const rows = await db.clips.offset(Math.floor((await db.clips.count()) / 3)).limit(200).toArray();
  const withId = rows.find((row) => row.arxivId);
  const rare = rows.map((row) => row.summary.method.match(/[a-z]{9,}/g)?.pop()).find(Boolean);
  return [withId?.arxivId, rare].filter((q): q is string => Boolean(q));
}

async function runSize(size: number, context: SuiteContext): Promise<Figure[]> {
  const db = new GleanerDB(`bench-search-${size}-${Date.now()}`, { indexedDB, IDBKeyRange });
  const [loadMs, load] = await time(() => loadLibrary(db, generateClips(size, { seed: 1, end: NOW }), { index: false }));
  context.log(`search ${size}: loaded ${load.clips} clips, ${load.highlights} highlights, ${(load.contentBytes / 1e6).toFixed(0)} MB Markdown in ${(loadMs / 1000).toFixed(1)} s`);

  const [buildMs, built] = await time(() => rebuildSearchIndex(db));
  const rows = await db.searchIndex.toArray();
  const termsPerClip = rows.reduce((n, row) => n + row.terms.length, 0) / rows.length;
  context.log(`search ${size}: index of ${built.clips} clips built in ${(buildMs / 1000).toFixed(1)} s, ${termsPerClip.toFixed(0)} terms a clip`);

  // Per-clip update: what an autosave adds for search (read highlights, make terms, write the
  // row) against the autosave's own write of the clip row, each in its own transaction.
  const updates = context.quick ? 30 : 100;
  const ids = (await db.clips.toCollection().primaryKeys()).filter((_, i, all) => i % Math.max(1, Math.floor(all.length / updates)) === 0).slice(0, updates);
  const indexTimes: number[] = [];
  const rowTimes: number[] = [];
  const termTimes: number[] = [];
  const autosaveTimes: number[] = [];
  for (const id of ids) {
    const row = (await db.clips.get(id))!;
    const edited = { ...row, summary: { ...row.summary, tldr: `${row.summary.tldr} 补充：蒸馏 edited` } };
    const [rowMs] = await time(() => db.transaction('rw', [db.clips], () => db.clips.put(edited)));
    const [indexMs] = await time(() =>
      db.transaction('rw', [db.clips, db.highlights, db.searchIndex], async () => {
        const highlights = await db.highlights.where('clipId').equals(id).toArray();
        const start = performance.now();
        const terms = clipTerms(edited, highlights);
        termTimes.push(performance.now() - start);
        await db.searchIndex.put({ clipId: id, terms });
      }),
    );
    const [autosaveMs] = await time(() => updateNotes(db, id, { summary: edited.summary, tags: row.tags, status: row.status, rating: row.rating }, NOW));
    rowTimes.push(rowMs);
    indexTimes.push(indexMs);
    autosaveTimes.push(autosaveMs);
  }

  const queries = [...QUERIES, ...(await libraryQueries(db))];
  const reps = context.quick ? 2 : 5;
  const ours: number[] = [];
  const counts: string[] = [];
  for (const query of queries) {
    const [, first] = await time(() => searchClips(db, query, { now: NOW })); // warm-up
    counts.push(`${query}=${first.kind === 'results' ? first.total : first.hint}`);
    for (let r = 0; r < reps; r++) ours.push((await time(() => searchClips(db, query, { now: NOW })))[0]);
  }
  const scanReps = size > 1000 ? 1 : 2;
  const scan: number[] = [];
  for (const query of queries) {
    await scanSearch(db, query, 30, NOW); // warm-up
    for (let r = 0; r < scanReps; r++) scan.push((await time(() => scanSearch(db, query, 30, NOW)))[0]);
  }
  context.log(`search ${size}: totals ${counts.join(', ')}`);
  db.close();
  await deleteDatabase(db.name);

  ours.sort((a, b) => a - b);
  scan.sort((a, b) => a - b);
  const p95 = percentile(ours, 95);
  const scanP95 = percentile(scan, 95);
  const big = size >= 10_000;
  const env = 'Node + fake-indexeddb';
  return [
    figure({
      name: `search.build.${size}`, label: `Full index build, ${size} clips`, value: buildMs / 1000, unit: 's',
      baselineName: null, target: big ? '< 10 s' : null, met: big ? buildMs < 10_000 : null,
      notes: `${env}; rebuildSearchIndex over clips already stored; ${termsPerClip.toFixed(0)} terms a clip on average`,
    }),
    figure({
      name: `search.update.${size}`, label: `Index one clip on save (median), ${size} clips`, value: median(indexTimes), unit: 'ms',
      baseline: median(rowTimes), baselineName: 'writing the clip row alone', target: '< 5 ms', met: median(indexTimes) < 5,
      notes: `${env}; ${ids.length} clips; clipTerms alone ${median(termTimes).toFixed(2)} ms; a whole updateNotes ${median(autosaveTimes).toFixed(2)} ms`,
    }),
    figure({
      name: `search.query.p50.${size}`, label: `Warm query p50, ${size} clips`, value: percentile(ours, 50), unit: 'ms',
      baseline: percentile(scan, 50), baselineName: 'plain scan (getAll + includes)', target: null, met: null,
      notes: `${env}; ${queries.length} queries × ${reps}`,
    }),
    figure({
      name: `search.query.p95.${size}`, label: `Warm query p95, ${size} clips`, value: p95, unit: 'ms',
      baseline: scanP95, baselineName: 'plain scan (getAll + includes)', target: '< 10 ms and ≤ 0.2× scan',
      met: p95 < 10 && p95 <= 0.2 * scanP95,
      notes: `${env}; ${queries.length} queries × ${reps} (scan × ${scanReps}): ${queries.join(' | ')}`,
    }),
  ];
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = () => resolve();
  });
}

export const searchSuite: Suite = {
  name: 'search',
  title: 'Search: index build, update and warm queries',
  method:
    'Generated libraries (bench/data/generate-clips.ts, seed 1: arXiv papers and blog posts, English abstracts, ' +
    'Chinese/English/mixed summaries, tags, highlights with notes, 2–50 KB Markdown each) in Node on fake-indexeddb. ' +
    'Build: rebuildSearchIndex over stored clips. Update: median of indexing one clip (highlights read, clipTerms, ' +
    'searchIndex.put) vs writing the clip row alone. Queries: CJK, English, phrase, author, tag, status, kind, date ' +
    'and week filters, one warm-up then repeated; baseline: read all rows and highlights with getAll and keep those ' +
    'containing every word (String.includes), same run, same data.',
  async run(context) {
    const sizes = context.quick ? [1000] : [1000, 10_000];
    const figures: Figure[] = [];
    for (const size of sizes) figures.push(...(await runSize(size, context)));
    return figures;
  },
};

export default searchSuite;

// `npx tsx bench/suites/search.ts [--quick]` runs this suite alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const figures = await searchSuite.run({ quick, log: (message) => console.log(message) });
  for (const f of figures) {
    const base = f.baseline === null ? '' : ` (baseline ${f.baseline} ${f.unit}, ratio ${f.ratio})`;
    console.log(`${f.met === null ? ' ' : f.met ? '✓' : '✗'} ${f.label}: ${f.value} ${f.unit}${base}${f.target ? ` target ${f.target}` : ''}`);
  }
}
