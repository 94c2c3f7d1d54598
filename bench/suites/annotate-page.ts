/**
 * The in-page half of the annotate suite: bundled (esbuild) and run in Chromium's main world on a
 * 2 MB arXiv HTML page. It makes highlights the way the annotator does (describe a DOM range),
 * then anchors them with Gleaner's code and with a baseline, timing both.
 */
import search from 'approx-string-match';
import { anchorAll } from '@/lib/annotate/anchor';
import { describeRange } from '@/lib/annotate/describe';
import { timeSliceScheduler } from '@/lib/annotate/scheduler';
import { TextModel } from '@/lib/annotate/text-model';
import type { Selector } from '@/lib/annotate/types';

export interface BenchHighlight {
  id: string;
  selectors: Selector[];
  quote: string;
  /** The same passage as `Range.toString()` gives it: what the baseline stores and searches. */
  rawQuote: string;
}

export interface RunFigures {
  /** Wall time from the start of the pass until every highlight is settled. */
  totalMs: number;
  /** Building the text model (part of totalMs). */
  modelMs: number;
  /** The longest stretch without a turn for the page (our slices; the model build is one). */
  longestSliceMs: number;
  anchored: number;
  orphaned: number;
  /** Highlights whose anchored text differs from the quote (drawn somewhere else). */
  wrong: number;
}

/** A small deterministic PRNG (mulberry32), so every run highlights the same passages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` highlights of 20–240 characters at word boundaries, described like real selections. */
export function makeHighlights(count: number, seed = 7): BenchHighlight[] {
  const model = TextModel.build(document.body);
  const next = random(seed);
  const highlights: BenchHighlight[] = [];
  const { text } = model;
  while (highlights.length < count) {
    let start = Math.floor(next() * (text.length - 300));
    while (start > 0 && text[start - 1] !== ' ') start -= 1;
    let end = start + 20 + Math.floor(next() * 220);
    while (end < text.length && text[end] !== ' ') end += 1;
    const range = model.toRange(start, end);
    const described = range && describeRange(model, range);
    if (!described || described.quote.length < 12) continue;
    highlights.push({ id: `h${highlights.length}`, selectors: described.selectors, quote: described.quote, rawQuote: range.toString() });
  }
  return highlights;
}

/**
 * Changes the page as a new version of a paper would: a paragraph inserted every `every`
 * paragraphs, and one word changed inside `edits` of the highlighted passages.
 */
export function revisePage(highlights: BenchHighlight[], every = 40, edits = 20): void {
  const paragraphs = [...document.querySelectorAll('p')];
  paragraphs.forEach((paragraph, index) => {
    if (index % every !== 0) return;
    const added = document.createElement('p');
    added.textContent = `An added paragraph (${index}) from the revised version of the paper, which moves all the text after it.`;
    paragraph.before(added);
  });
  const model = TextModel.build(document.body);
  for (const highlight of highlights.slice(0, edits)) {
    const at = model.text.indexOf(highlight.quote);
    if (at < 0) continue;
    const middle = at + Math.floor(highlight.quote.length / 2);
    const range = model.toRange(middle, middle + 1);
    const node = range?.startContainer;
    if (node && node.nodeType === 3) {
      const data = (node as Text).data;
      (node as Text).data = data.slice(0, range!.startOffset) + '#' + data.slice(range!.startOffset + 1);
    }
  }
}

function now(): number {
  return performance.now();
}

/** Gleaner's pass: build the model, anchor all, yielding every 8 ms. */
export async function anchorWithGleaner(highlights: BenchHighlight[]): Promise<RunFigures> {
  let longest = 0;
  let sliceStart = now();
  const scheduler = timeSliceScheduler({ budget: 8 });
  const measured = {
    shouldYield: () => scheduler.shouldYield(),
    async yield() {
      longest = Math.max(longest, now() - sliceStart);
      await scheduler.yield();
      sliceStart = now();
    },
  };
  const started = now();
  const model = TextModel.build(document.body);
  const modelMs = now() - started;
  const results = await anchorAll(model, highlights, { scheduler: measured });
  const totalMs = now() - started;
  longest = Math.max(longest, now() - sliceStart);
  let anchored = 0;
  let wrong = 0;
  for (const highlight of highlights) {
    const anchor = results.get(highlight.id);
    if (!anchor) continue;
    anchored += 1;
    if (model.text.slice(anchor.start, anchor.end) !== highlight.quote) wrong += 1;
  }
  return { totalMs, modelMs, longestSliceMs: longest, anchored, orphaned: highlights.length - anchored, wrong };
}

/**
 * The baseline: what a straightforward anchorer does. The page's textContent; per highlight an
 * exact indexOf of the quote, else an approximate search of the whole text allowing
 * errors up to half the quote (Hypothesis' budget), best match taken, no position hint, no
 * context check. Synchronous, as such code usually is.
 */
export function anchorWithBaseline(highlights: BenchHighlight[]): RunFigures {
  const started = now();
  const text = document.body.textContent ?? '';
  const modelMs = now() - started;
  let anchored = 0;
  for (const highlight of highlights) {
    if (text.indexOf(highlight.rawQuote) >= 0) {
      anchored += 1;
      continue;
    }
    const matches = search(text, highlight.rawQuote, Math.min(256, Math.floor(highlight.rawQuote.length / 2)));
    if (matches.length > 0) anchored += 1;
  }
  const totalMs = now() - started;
  return { totalMs, modelMs, longestSliceMs: totalMs, anchored, orphaned: highlights.length - anchored, wrong: -1 };
}
