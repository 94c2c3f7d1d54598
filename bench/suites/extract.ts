import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import type { PageClip } from '../../lib/clip/model';
import { clipDocument } from '../../lib/extract';
import type { Figure, Suite, SuiteContext } from '../types';
import { benchPages, hugeBlogPage, hugeLatexmlPage, type BenchPage } from './extract/pages';
import { baseline, defuddle, gleaner, type Pipeline } from './extract/pipelines';
import { measureQuality, type Quality } from './extract/quality';

/**
 * Extraction speed and quality: Gleaner's clipDocument against the MarkDownload pipeline
 * (Readability + Turndown + turndown-plugin-gfm) and Defuddle (Markdown output), on the real
 * corpus and our fixtures, in one happy-dom window with scripts and resource loading off.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIG_PAGE = 600_000;

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
};

interface PageRun {
  page: BenchPage;
  times: Map<string, number | null>;
  quality: Map<string, Quality | null>;
  errors: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** A window for one page and one clipper: happy-dom frees a window's documents only when it closes. */
function newWindow(): Window {
  return new Window({ url: 'https://bench.gleaner.invalid/', settings: SETTINGS });
}

interface Measured {
  time: number;
  clip: PageClip;
}

/**
 * Clippers timed side by side on one page: each round parses a fresh Document per clipper in a
 * fresh window, then runs them one after the other, in alternating order, so that neither
 * always pays for the other's garbage. The first `warmups` rounds are not timed.
 */
async function measureTogether(page: BenchPage, pipelines: Pipeline[], warmups: number, runs: number): Promise<Map<Pipeline, Measured>> {
  const times = new Map<Pipeline, number[]>(pipelines.map((p) => [p, []]));
  const clips = new Map<Pipeline, PageClip>();
  for (let round = 0; round < warmups + runs; round++) {
    const window = newWindow();
    try {
      const order = round % 2 === 0 ? pipelines : [...pipelines].reverse();
      const docs = new Map(order.map((p) => [p, new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document]));
      for (const pipeline of order) {
        const started = performance.now();
        const clip = await pipeline.clip(docs.get(pipeline)!, page.url);
        const elapsed = performance.now() - started;
        clips.set(pipeline, clip);
        if (round >= warmups) times.get(pipeline)!.push(elapsed);
      }
    } finally {
      await window.happyDOM.close();
    }
  }
  return new Map(pipelines.map((p) => [p, { time: median(times.get(p)!), clip: clips.get(p)! }]));
}

function timeFigures(runs: PageRun[], kind: string, target: string | null, limit: number | null): Figure[] {
  const pages = runs.filter((run) => run.page.kind === kind);
  const total = (name: string) => pages.reduce((sum, run) => sum + (run.times.get(name) ?? 0), 0);
  const g = total(gleaner.name);
  const b = total(baseline.name);
  const timedByDefuddle = pages.filter((run) => run.times.get(defuddle.name) != null);
  const gd = timedByDefuddle.reduce((sum, run) => sum + run.times.get(gleaner.name)!, 0);
  const d = total(defuddle.name);
  const perPage = pages.map((run) => `${run.page.slug} ${round(run.times.get(gleaner.name)!)}/${round(run.times.get(baseline.name)!)}/${run.times.get(defuddle.name) == null ? '–' : round(run.times.get(defuddle.name)!)} ms`);
  const figures: Figure[] = [
    {
      name: `extract.time.${kind}`,
      label: `Clip time, ${kind} pages (${pages.length}), sum of per-page medians`,
      value: round(g),
      unit: 'ms',
      baseline: round(b),
      baselineName: baseline.name,
      ratio: b > 0 ? Math.round((g / b) * 1000) / 1000 : null,
      target,
      met: limit === null || b === 0 ? null : g / b <= limit,
      notes: `Gleaner/baseline/Defuddle per page: ${perPage.join('; ')}`,
    },
  ];
  if (timedByDefuddle.length > 0) {
    figures.push({
      name: `extract.time-vs-defuddle.${kind}`,
      label: `Clip time vs Defuddle, ${kind} pages (${timedByDefuddle.length} timed)`,
      value: round(gd),
      unit: 'ms',
      baseline: round(d),
      baselineName: defuddle.name,
      ratio: d > 0 ? Math.round((gd / d) * 1000) / 1000 : null,
      target: null,
      met: null,
    });
  }
  return figures;
}

function qualityFigures(runs: PageRun[]): Figure[] {
  const sum = (name: string, key: keyof Omit<Quality, 'missed'>) => runs.reduce((total, run) => total + ((run.quality.get(name)?.[key] as number | undefined) ?? 0), 0);
  const figures: Figure[] = [];
  const factsTotal = sum(gleaner.name, 'factsTotal');
  const misses = runs.flatMap((run) => {
    const missed = run.quality.get(gleaner.name)?.missed ?? [];
    return missed.length ? [`${run.page.slug}: ${missed.join(', ')}`] : [];
  });
  figures.push({
    name: 'extract.quality.facts',
    label: `Corpus facts right (of ${factsTotal})`,
    value: sum(gleaner.name, 'factsRight'),
    unit: 'facts',
    baseline: sum(baseline.name, 'factsRight'),
    baselineName: baseline.name,
    ratio: null,
    target: `all ${factsTotal}`,
    met: sum(gleaner.name, 'factsRight') === factsTotal,
    notes: `Defuddle: ${sum(defuddle.name, 'factsRight')} (on the pages it ran). Gleaner misses: ${misses.join('; ') || 'none'}.`,
  });
  for (const [key, label] of [['formulas', 'LaTeX formulas ($…$, $$…$$)'], ['headings', 'Headings'], ['tables', 'GFM tables'], ['images', 'Images'], ['codeBlocks', 'Fenced code blocks']] as const) {
    const perPage = runs
      .filter((run) => (run.quality.get(gleaner.name)?.[key] ?? 0) + (run.quality.get(baseline.name)?.[key] ?? 0) > 0)
      .map((run) => `${run.page.slug} ${run.quality.get(gleaner.name)?.[key] ?? '–'}/${run.quality.get(baseline.name)?.[key] ?? '–'}/${run.quality.get(defuddle.name)?.[key] ?? '–'}`);
    figures.push({
      name: `extract.quality.${key}`,
      label: `${label} kept, all pages`,
      value: sum(gleaner.name, key),
      unit: key,
      baseline: sum(baseline.name, key),
      baselineName: baseline.name,
      ratio: null,
      target: null,
      met: null,
      notes: `Gleaner/baseline/Defuddle per page: ${perPage.join('; ')}`,
    });
  }
  return figures;
}

async function largePageFigures(context: SuiteContext, pages: BenchPage[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const latexmlSource = pages.find((page) => page.slug === 'arxiv-html-malaysian-mistral')?.html;
  const cases: Array<[string, string, string]> = [['blog', hugeBlogPage(), 'https://example.org/long']];
  if (latexmlSource) cases.push(['latexml', hugeLatexmlPage(latexmlSource), 'https://arxiv.org/html/2401.13565v2']);
  for (const [name, html, url] of cases) {
    const window = newWindow();
    const parseStarted = performance.now();
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const parseMs = performance.now() - parseStarted;
    const started = performance.now();
    const clip = clipDocument(doc, url);
    const ms = performance.now() - started;
    await window.happyDOM.close();
    context.log(`10 MB ${name}: parse ${Math.round(parseMs)} ms, clip ${Math.round(ms)} ms, ${clip.content.length} chars`);
    figures.push({
      name: `extract.large.${name}-10mb`,
      label: `Clip time, a ${(html.length / 1e6).toFixed(1)} MB ${name} page`,
      value: Math.round(ms),
      unit: 'ms',
      baseline: null,
      baselineName: null,
      ratio: null,
      target: '< 5000 ms',
      met: ms < 5000,
      notes: `One run; parsing the page (not counted) took ${Math.round(parseMs)} ms. Warnings: ${clip.warnings.join(' ') || 'none'}; ${clip.content.length} characters of Markdown.`,
    });
  }
  return figures;
}

const suite: Suite = {
  name: 'extract',
  title: 'Clipping pages: speed and faithfulness',
  method:
    'happy-dom 21 (one Window, JavaScript, CSS and resource loading off) parses each page; every clipper gets its own freshly parsed Document per run (parsing is not timed). ' +
    'Gleaner (`clipDocument`) and the baseline (MarkDownload: Readability on a clone, then Turndown + turndown-plugin-gfm on its HTML; Turndown parses that HTML string itself, with domino under Node) run side by side: one warm-up round, then 3 timed rounds per page (quick: 1), each round a fresh window and a fresh Document per clipper, the two run in alternating order; the median is taken. ' +
    `Defuddle 0.19 (\`defuddle/node\`, markdown: true) runs once per page after one warm-up; pages over ${BIG_PAGE / 1000} KB get a single run (quick: skipped), as it takes seconds there. ` +
    'Pages: ../shared/fixtures (the real corpus) and test/fixtures/extract. Times are sums of per-page medians by page kind. Quality is counted in each Markdown output: LaTeX formulas, headings, GFM tables, images, fenced code blocks, and the corpus facts of expected.json (the baseline and Defuddle only have the metadata they report). ' +
    'The 10 MB pages are generated (a long blog page; a LaTeXML paper with its sections repeated) and clipped once.',
  async run(context) {
    const pages = benchPages(ROOT);
    if (!pages.some((page) => !page.slug.startsWith('fixture:'))) context.log('No real-page corpus found: timing our fixtures only.');
    const runsPerPage = context.quick ? 1 : 3;
    const results: PageRun[] = [];
    for (const page of pages) {
      const run: PageRun = { page, times: new Map(), quality: new Map(), errors: [] };
      const big = page.html.length > BIG_PAGE;
      const groups: Array<[Pipeline[], number, number]> = [[[gleaner, baseline], 1, runsPerPage]];
      if (!(big && context.quick)) groups.push([[defuddle], big ? 0 : 1, 1]);
      for (const pipeline of [gleaner, baseline, defuddle]) {
        run.times.set(pipeline.name, null);
        run.quality.set(pipeline.name, null);
      }
      for (const [pipelines, warmups, runs] of groups) {
        try {
          for (const [pipeline, { time, clip }] of await measureTogether(page, pipelines, warmups, runs)) {
            run.times.set(pipeline.name, time);
            run.quality.set(pipeline.name, measureQuality(clip, page.facts));
          }
        } catch (error) {
          run.errors.push(`${pipelines.map((p) => p.name).join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      context.log(`${page.slug}: ${[gleaner, baseline, defuddle].map((p) => `${run.times.get(p.name) == null ? '–' : Math.round(run.times.get(p.name)!)} ms`).join(' / ')}${run.errors.length ? ` (${run.errors.join('; ')})` : ''}`);
      results.push(run);
    }
    const figures = [
      ...timeFigures(results, 'arxiv-html', '≤ 0.5× baseline', 0.5),
      ...timeFigures(results, 'blog', '≤ 1.1× baseline', 1.1),
      ...timeFigures(results, 'arxiv-abs', null, null),
      ...timeFigures(results, 'scholarly', null, null),
      ...qualityFigures(results),
      ...(await largePageFigures(context, pages)),
    ];
    return figures;
  },
};

export default suite;
