import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import { GleanerDB } from '../../lib/store/db';
import { inChromium } from '../data/chromium';
import { measureSearch, type SearchBenchParams, type SearchBenchRun } from '../data/browser-bench';
import type { Figure, Suite, SuiteContext } from '../types';

/**
 * Search at 1,000 and 10,000 generated clips (bench/data/generate-clips.ts, seed 1): index build,
 * per-clip index update, warm query latency against a plain scan (bench/data/scan-baseline.ts)
 * over the same rows in the same run. Measured twice with the same code (bench/data/browser-bench.ts):
 * in Node on fake-indexeddb (a JavaScript IndexedDB: a binary tree, structured clone, a macrotask
 * a request), and in a page of Debian's headless Chromium on its real IndexedDB, when
 * /usr/bin/chromium is there. The popup suite measures the cold first search with the same generator.
 */

const NOW = '2026-11-25T12:00:00Z';

export const SEARCH_QUERIES = [
  '蒸馏', '蒸', '状态空间模型', '推理加速', 'LoRA 微调',
  'attention', 'distillation', 'state space', 'speculative decoding', '"state space"', 'soorgraphde',
  'author:hinton', 'author:王小明', 'tag:rlhf', 'tag:蒸馏',
  'kind:blog 蒸馏', 'status:done attention', 'this week', 'after:2026-06-01 transformer', '2506.28788',
];

type Env = 'node' | 'chromium';
const ENV_NOTE: Record<Env, string> = {
  node: 'Node + fake-indexeddb',
  chromium: 'headless Chromium, its IndexedDB',
};

declare const GleanerBench: { runSearchBench(params: SearchBenchParams): Promise<SearchBenchRun> };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (value: number) => Math.round(value * 100) / 100;

function figure(f: Omit<Figure, 'ratio' | 'baseline'> & { baseline?: number | null }): Figure {
  const baseline = f.baseline ?? null;
  return { ...f, value: round(f.value), baseline: baseline === null ? null : round(baseline), ratio: baseline ? round(f.value / baseline) : null };
}

function params(size: number, quick: boolean): SearchBenchParams {
  return {
    size,
    queries: SEARCH_QUERIES,
    passes: quick ? 3 : 6,
    scanPasses: size > 1000 ? 2 : 3,
    updates: quick ? 30 : 100,
    nowIso: NOW,
    settleMs: 3000,
  };
}

function figures(env: Env, size: number, run: SearchBenchRun, p: SearchBenchParams): Figure[] {
  const prefix = env === 'node' ? 'search' : 'search.chromium';
  const where = ENV_NOTE[env];
  const ours = run.queries.flatMap((q) => q.ours);
  const scan = run.queries.flatMap((q) => q.scan);
  const p95 = percentile(ours, 95);
  const scanP95 = percentile(scan, 95);
  const update = percentile(run.update.index, 50);
  const big = size >= 10_000;
  const slowest = [...run.queries].sort((a, b) => percentile(b.ours, 50) - percentile(a.ours, 50)).slice(0, 3);
  return [
    figure({
      name: `${prefix}.build.${size}`, label: `Full index build, ${size} clips (${where})`, value: run.buildMs / 1000, unit: 's',
      baselineName: null, target: big ? '< 10 s' : null, met: big ? run.buildMs < 10_000 : null,
      notes: `rebuildSearchIndex over stored clips (one transaction: read, make terms, write one snapshot); ${run.termsPerClip.toFixed(0)} terms a clip on average (${Math.round((run.termsPerClip * size) / 1000)}k postings)`,
    }),
    figure({
      name: `${prefix}.update.${size}`, label: `Index one clip on save, median (${where})`, value: update, unit: 'ms',
      baseline: percentile(run.update.row, 50), baselineName: 'writing the clip row alone', target: '< 5 ms', met: update < 5,
      notes: `${run.update.index.length} clips; clipTerms alone ${percentile(run.update.terms, 50).toFixed(2)} ms`,
    }),
    figure({
      name: `${prefix}.query.p50.${size}`, label: `Warm query p50, ${size} clips (${where})`, value: percentile(ours, 50), unit: 'ms',
      baseline: percentile(scan, 50), baselineName: 'plain scan (getAll + includes)', target: null, met: null,
      notes: `${p.queries.length} queries × ${p.passes - 1} round-robin passes after a warm-up pass`,
    }),
    figure({
      name: `${prefix}.query.p95.${size}`, label: `Warm query p95, ${size} clips (${where})`, value: p95, unit: 'ms',
      baseline: scanP95, baselineName: 'plain scan (getAll + includes)', target: '< 10 ms and ≤ 0.2× scan', met: p95 < 10 && p95 <= 0.2 * scanP95,
      notes: `slowest medians: ${slowest.map((q) => `${q.query} ${percentile(q.ours, 50).toFixed(1)} ms (${q.total} hits)`).join(', ')}; queries: ${p.queries.join(' | ')}`,
    }),
    figure({
      name: `${prefix}.query.p95-delta.${size}`, label: `Warm query p95 with ${run.deltaClips} edited clips in the delta, ${size} clips (${where})`,
      value: percentile(run.queries.flatMap((q) => q.withDelta), 95), unit: 'ms',
      baseline: scanP95, baselineName: 'plain scan (getAll + includes)', target: null, met: null,
      notes: 'the same queries after the per-clip updates above, before the compaction folds them into the base',
    }),
    figure({
      name: `${prefix}.compact.${size}`, label: `Compaction of ${run.deltaClips} delta clips into the base, ${size} clips (${where})`,
      value: run.compactMs, unit: 'ms', baselineName: null, target: null, met: null,
      notes: 'what the background runs a moment after saves settle once the delta holds 200 clips; saves wait for it',
    }),
    ...(env === 'chromium'
      ? [figure({
          name: `${prefix}.first.${size}`, label: `First search after opening the database, ${size} clips (${where})`, value: run.firstSearchMs, unit: 'ms',
          baselineName: null, target: null, met: null, notes: `"${p.queries[0]}" in a page already running; the cold popup is measured by the popup suite`,
        })]
      : []),
  ];
}

async function inNode(p: SearchBenchParams): Promise<SearchBenchRun> {
  return measureSearch(
    {
      open: (name) => new GleanerDB(name, { indexedDB, IDBKeyRange }),
      remove: (name) => new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = () => resolve();
      }),
    },
    { ...p, settleMs: 0 },
  );
}

function describe(run: SearchBenchRun): string {
  return `build ${(run.buildMs / 1000).toFixed(1)} s, ${run.termsPerClip.toFixed(0)} terms/clip; totals ${run.queries.map((q) => `${q.query}=${q.total}`).join(', ')}`;
}

export const searchSuite: Suite = {
  name: 'search',
  title: 'Search: index build, update and warm queries',
  method:
    'Generated libraries (bench/data/generate-clips.ts, seed 1: arXiv papers and blog posts, English abstracts, ' +
    'Chinese/English/mixed summaries, tags, highlights with notes, 2–50 KB Markdown each in `contents`), measured ' +
    'by the same code (bench/data/browser-bench.ts) in Node on fake-indexeddb and in headless Chromium on its IndexedDB. ' +
    'Build: rebuildSearchIndex over stored clips. Update: median of indexing one clip (read its highlights, make its terms, ' +
    'write its delta row and the index head, one transaction) vs writing the clip row alone. Queries: CJK, English, phrase, rare word, arXiv ' +
    'id, author, tag, status, kind, date and week filters, round-robin passes after a warm-up pass; baseline: read all ' +
    'clip rows and highlights with getAll and keep those containing every typed word (String.includes on lower-cased ' +
    'text), same run, same data. The database is closed and reopened after the build.',
  async run(context: SuiteContext) {
    const sizes = context.quick ? [1000] : [1000, 10_000];
    const out: Figure[] = [];
    for (const size of sizes) {
      const p = params(size, context.quick);
      const node = await inNode(p);
      context.log(`search ${size} (node): ${describe(node)}`);
      out.push(...figures('node', size, node, p));
      const browser = await inChromium('bench/data/browser-bench.ts', (args) => GleanerBench.runSearchBench(args), p);
      if (!browser) {
        context.log('search: no Chromium at /usr/bin/chromium (or CHROMIUM_PATH): browser figures skipped');
        continue;
      }
      context.log(`search ${size} (chromium): ${describe(browser)}`);
      out.push(...figures('chromium', size, browser, p));
    }
    return out;
  },
};

export default searchSuite;

// `npx tsx bench/suites/search.ts [--quick]` runs this suite alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  const results = await searchSuite.run({ quick, log: (message) => console.log(message) });
  for (const f of results) {
    const base = f.baseline === null ? '' : ` (${f.baselineName}: ${f.baseline} ${f.unit}, ratio ${f.ratio})`;
    console.log(`${f.met === null ? ' ' : f.met ? '✓' : '✗'} ${f.label}: ${f.value} ${f.unit}${base}${f.target ? `, target ${f.target}` : ''}`);
    if (f.notes) console.log(`    ${f.notes.split('; queries:')[0]}`);
  }
}
