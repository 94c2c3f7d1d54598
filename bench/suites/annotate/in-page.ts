/**
 * The in-page half of the annotate suite: bundled (Vite) and run in Chromium's main world on a
 * 2 MB arXiv HTML page. It makes highlights the way the annotator does (describe a DOM range),
 * then anchors them with Gleaner's code and with a baseline, timing both.
 */
import search from 'approx-string-match';
import { anchorAll } from '@/lib/annotate/anchor';
import { describeRange } from '@/lib/annotate/describe';
import { pageTurn, timeSliceScheduler } from '@/lib/annotate/scheduler';
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
  /**
   * Highlights drawn on text other than their passage (for the baseline: a lower bound, those
   * drawn although their passage is gone).
   */
  wrong: number;
  /** Highlights not placed although their passage is still there. */
  missed: number;
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

/** What each highlight should anchor to after a revision: its (edited) quote, or null when gone. */
export type Expected = Record<string, string | null>;

function positionOf(highlight: BenchHighlight): { start: number; end: number } {
  const position = highlight.selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (!position || position.type !== 'TextPositionSelector') throw new Error('a highlight without a position');
  return position;
}

/**
 * Changes the page as a new version of a paper would: one character changed in the middle of
 * the first `edits` highlighted passages, the paragraphs holding the next `deletions`
 * highlights removed, and a paragraph inserted every `every` paragraphs. Returns where each
 * highlight should now be found, read off live DOM ranges that followed the changes: its
 * passage as it is now, or null when a deleted or an inserted paragraph cut through it (it must
 * then be reported as not found).
 */
export function revisePage(highlights: BenchHighlight[], every = 40, edits = 20, deletions = 10): Expected {
  const model = TextModel.build(document.body);
  const live = new Map<string, Range>();
  for (const highlight of highlights) {
    const { start, end } = positionOf(highlight);
    const range = model.toRange(start, end);
    if (range) live.set(highlight.id, range);
  }
  const gone = new Set<string>();
  const cutThrough = (node: Node) => {
    for (const [id, range] of live) if (range.intersectsNode(node)) gone.add(id);
  };

  for (const highlight of highlights.slice(0, edits)) {
    const { start, end } = positionOf(highlight);
    const middle = start + Math.floor((end - start) / 2);
    const range = model.toRange(middle, middle + 1);
    if (!range || model.text[middle] === ' ' || range.startContainer.nodeType !== 3) continue;
    // replaceData keeps live ranges (and the model's offsets: the length does not change).
    (range.startContainer as Text).replaceData(range.startOffset, 1, '#');
  }
  const blocks = new Set<Element>();
  for (const highlight of highlights.slice(edits, edits + deletions)) {
    const range = live.get(highlight.id);
    const start = range?.startContainer;
    const block = (start?.nodeType === 1 ? (start as Element) : start?.parentElement)?.closest('p, li, td, figcaption');
    if (block && block.contains(range!.endContainer)) blocks.add(block);
  }
  for (const block of blocks) {
    cutThrough(block);
    block.remove();
  }
  [...document.querySelectorAll('p')].forEach((paragraph, index) => {
    if (index % every !== 0) return;
    const added = document.createElement('p');
    added.textContent = `An added paragraph (${index}) from the revised version of the paper, which moves all the text after it.`;
    paragraph.before(added);
    cutThrough(added);
  });

  const after = TextModel.build(document.body);
  const expected: Expected = {};
  for (const highlight of highlights) {
    const range = live.get(highlight.id);
    if (!range || gone.has(highlight.id)) {
      expected[highlight.id] = null;
      continue;
    }
    const start = after.offsetAt(range.startContainer, range.startOffset, 'start');
    const end = after.offsetAt(range.endContainer, range.endOffset, 'end');
    expected[highlight.id] = after.text.slice(start, end).trim() || null;
  }
  return expected;
}

/** Selects a highlight's passage in the page, as a reader would before asking Gleaner to highlight it. */
export function selectPassage(highlight: BenchHighlight): boolean {
  const model = TextModel.build(document.body);
  const at = model.text.indexOf(highlight.quote);
  const range = at < 0 ? null : model.toRange(at, at + highlight.quote.length);
  const selection = document.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function now(): number {
  return performance.now();
}

/** Gleaner's pass: build the model, anchor all, yielding every 8 ms. */
export async function anchorWithGleaner(highlights: BenchHighlight[], expected: Expected | null = null): Promise<RunFigures> {
  let longest = 0;
  let sliceStart = now();
  const scheduler = timeSliceScheduler({ wait: pageTurn });
  const measured = {
    shouldYield: () => scheduler.shouldYield(),
    async yield() {
      longest = Math.max(longest, now() - sliceStart);
      await scheduler.yield();
      sliceStart = now();
    },
  };
  const started = now();
  // As the annotator does it: the text read in slices too.
  const model = await TextModel.buildSliced(document.body, measured);
  const modelMs = now() - started;
  const results = await anchorAll(model, highlights, { scheduler: measured });
  const totalMs = now() - started;
  longest = Math.max(longest, now() - sliceStart);
  let anchored = 0;
  let wrong = 0;
  let missed = 0;
  for (const highlight of highlights) {
    const anchor = results.get(highlight.id);
    const wanted = expected ? expected[highlight.id] : highlight.quote;
    if (!anchor) {
      if (wanted) missed += 1;
      continue;
    }
    anchored += 1;
    if (model.text.slice(anchor.start, anchor.end) !== wanted) wrong += 1;
  }
  return { totalMs, modelMs, longestSliceMs: longest, anchored, orphaned: highlights.length - anchored, wrong, missed };
}

/**
 * The baseline: what a straightforward anchorer does. The page's textContent; per highlight an
 * exact indexOf of the quote, else an approximate search of the whole text allowing
 * errors up to half the quote (Hypothesis' budget), best match taken, no position hint, no
 * context check. Synchronous, as such code usually is.
 */
export function anchorWithBaseline(highlights: BenchHighlight[], expected: Expected | null = null): RunFigures {
  const started = now();
  const text = document.body.textContent ?? '';
  const modelMs = now() - started;
  let anchored = 0;
  let wrong = 0;
  for (const highlight of highlights) {
    let found = text.indexOf(highlight.rawQuote) >= 0;
    if (!found) found = search(text, highlight.rawQuote, Math.min(256, Math.floor(highlight.rawQuote.length / 2))).length > 0;
    if (!found) continue;
    anchored += 1;
    if (expected && expected[highlight.id] === null) wrong += 1;
  }
  const totalMs = now() - started;
  return { totalMs, modelMs, longestSliceMs: totalMs, anchored, orphaned: highlights.length - anchored, wrong, missed: 0 };
}
