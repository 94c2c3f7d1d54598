import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Clip } from '../../lib/clip/model';
import type { Highlight } from '../../lib/annotate/types';
import { buildDigest } from '../../lib/digest/build';
import { readClipFile } from '../../lib/digest/input';
import { bibliography } from '../../lib/export/bibtex';
import type { Figure, Suite, SuiteContext } from '../types';

/**
 * Digest speed: the built-in template over N clips (Liquid render + tidy), against a baseline that
 * writes the same sections by plain string concatenation — the floor any templating could reach.
 * The ratio is what Liquid's flexibility costs. Clips are the fixture library's ten summarized
 * papers repeated with distinct ids, keys and dates.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function library(): { clips: Clip[]; highlights: Highlight[] } {
  const file = path.join(ROOT, 'test/fixtures/digest/library.json');
  return readClipFile(readFileSync(file, 'utf8'), file, '2026-11-16T00:00:00Z');
}

function replicate(count: number): { clips: Clip[]; highlights: Highlight[] } {
  const source = library();
  const papers = source.clips.filter((clip) => clip.summary.tldr);
  const clips: Clip[] = [];
  const highlights: Highlight[] = [];
  for (let i = 0; i < count; i += 1) {
    const paper = papers[i % papers.length]!;
    const id = `${paper.id}-${i}`;
    clips.push({ ...paper, id, canonicalKey: `${paper.canonicalKey}#${i}`, createdAt: new Date(Date.UTC(2026, 10, 16, 0, i)).toISOString() });
    for (const h of source.highlights.filter((h) => h.clipId === paper.id)) highlights.push({ ...h, id: `${h.id}-${i}`, clipId: id });
  }
  return { clips, highlights };
}

/** The baseline: the same post written with template literals, no engine, no tidy pass. */
function concatenate(clips: readonly Clip[], highlights: readonly Highlight[]): string {
  const parts = [`# Paper digest 2026-W47: ${clips.length} papers worth reading\n\n`, '## Contents\n\n'];
  clips.forEach((clip, i) => parts.push(`${i + 1}. ${clip.title}\n`));
  clips.forEach((clip, i) => {
    const quotes = highlights.filter((h) => h.clipId === clip.id);
    parts.push(`\n## ${i + 1}. ${clip.tags[0] ?? ''}\n\n**[${clip.title}](https://arxiv.org/abs/${clip.arxivId})**\n\n${clip.authors.slice(0, 3).join(', ')} · arXiv:${clip.arxivId}\n\n`);
    const s = clip.summary;
    if (s.tldr) parts.push(`**TL;DR:** ${s.tldr}\n\n`);
    for (const [label, text] of [['Problem', s.problem], ['Method', s.method], ['Results', s.results], ['Future directions', s.future]] as const) {
      if (text) parts.push(`**${label}**\n\n${text}\n\n`);
    }
    for (const h of quotes.slice(0, 3)) parts.push(`> ${h.quote}\n\n${h.note ? `*My note:* ${h.note}\n\n` : ''}`);
  });
  return parts.join('');
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(runs: number, work: () => unknown): number {
  work(); // warm up: parse caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const options = { lang: 'en' as const, timeZone: 'Asia/Shanghai', now: new Date('2026-11-22T12:00:00Z'), period: { kind: 'week' as const, week: { year: 2026, week: 47 } } };

function figure(name: string, label: string, value: number, baseline: number, limit: number): Figure {
  return {
    name,
    label,
    value: Number(value.toFixed(2)),
    unit: 'ms',
    baseline: Number(baseline.toFixed(2)),
    baselineName: 'string concatenation of the same fields',
    ratio: Number((value / baseline).toFixed(1)),
    target: `< ${limit} ms`,
    met: value < limit,
  };
}

export const digestSuite: Suite = {
  name: 'digest',
  title: 'Weekly digest export',
  method:
    'buildDigest (LiquidJS built-in English template, tidy pass) over the fixture library’s 9 summarized papers repeated to 50 and 1,000 clips with their highlights; the 1,000-clip export adds front matter and the .bib file. Median of 30 runs (50 clips) and 7 runs (1,000), after one warm-up, in Node. Baseline: the same sections by string concatenation.',
  async run(context: SuiteContext): Promise<Figure[]> {
    const small = replicate(50);
    const large = replicate(1000);
    const runsSmall = context.quick ? 5 : 30;
    const runsLarge = context.quick ? 2 : 7;
    const render50 = measure(runsSmall, () => buildDigest(small.clips, small.highlights, options));
    const base50 = measure(runsSmall, () => concatenate(small.clips, small.highlights));
    context.log(`digest: 50 clips ${render50.toFixed(1)} ms (baseline ${base50.toFixed(2)} ms)`);
    const export1000 = measure(runsLarge, () => {
      buildDigest(large.clips, large.highlights, { ...options, frontMatter: { draft: false } });
      bibliography(large.clips);
    });
    const base1000 = measure(runsLarge, () => concatenate(large.clips, large.highlights));
    context.log(`digest: 1,000-clip export ${export1000.toFixed(1)} ms (baseline ${base1000.toFixed(2)} ms)`);
    return [
      figure('digest.render-50.time', '50-clip digest render', render50, base50, 50),
      figure('digest.export-1000.time', '1,000-clip export (digest + front matter + .bib)', export1000, base1000, 1000),
    ];
  },
};

export default digestSuite;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const figures = await digestSuite.run({ quick: process.argv.includes('--quick'), log: (m) => console.error(m) });
  console.log(JSON.stringify(figures, null, 2));
}
