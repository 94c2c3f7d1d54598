import { resolvePath } from './element-path';
import { DRIFT, exactMatch, fuzzyMatchIn, fuzzyWindows, nearMatch, similarityAt, verify, type QuoteMatch, type QuoteQuery } from './match-quote';
import { normalizeText } from './normalize';
import { runToEnd, type Scheduler } from './scheduler';
import type { TextModel } from './text-model';
import type { RangeSelector, Selector, TextPositionSelector } from './types';

/**
 * Anchoring: from stored selectors back to a span of the page's text. Cheapest first, each
 * checked against the quote: the element paths, the position, the position moved by however
 * much the highlights before it moved (a paragraph inserted above shifts all that follow), the
 * exact quote near there; then the costly steps: the best exact-or-fuzzy candidate near there,
 * the exact quote anywhere, a fuzzy search of the whole text (match-quote.ts says what a fuzzy
 * match must show to be accepted).
 */

/** Text this much like the quote at the expected place is taken for an edited original. */
const EDITED_THERE = 0.85;

export type AnchorMethod = 'range' | 'position' | 'shifted' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

export interface Anchorable {
  id: string;
  selectors: Selector[];
  /** The stored quote, used when the selectors carry none. */
  quote?: string;
}

interface Parsed {
  query: QuoteQuery;
  position: TextPositionSelector | null;
  range: RangeSelector | null;
}

function parse(selectors: readonly Selector[], fallbackQuote = ''): Parsed | null {
  let position: TextPositionSelector | null = null;
  let range: RangeSelector | null = null;
  let exact = fallbackQuote;
  let prefix = '';
  let suffix = '';
  for (const selector of selectors) {
    if (selector.type === 'TextPositionSelector') position = selector;
    else if (selector.type === 'RangeSelector') range = selector;
    else ({ exact, prefix, suffix } = selector);
  }
  const query = { exact: normalizeText(exact, true), prefix: normalizeText(prefix), suffix: normalizeText(suffix), hint: position?.start ?? null };
  return query.exact === '' ? null : { query, position, range };
}

function fromRange(model: TextModel, range: RangeSelector): { start: number; end: number } | null {
  const startElement = resolvePath(model.root, range.startContainer);
  const endElement = resolvePath(model.root, range.endContainer);
  if (!startElement || !endElement) return null;
  return { start: model.elementStart(startElement) + range.startOffset, end: model.elementStart(endElement) + range.endOffset };
}

function checked(model: TextModel, query: QuoteQuery, span: { start: number; end: number } | null, method: AnchorMethod): Anchor | null {
  if (!span) return null;
  return verify(model.text, query, span.start, span.end) ? { start: span.start, end: span.end, method } : null;
}

/** The cheap steps (no fuzzy search). `shift` is how far the page moved before this quote. */
function anchorQuick(model: TextModel, parsed: Parsed, shift: number): Anchor | null {
  const { query, position, range } = parsed;
  const hinted = range ? checked(model, query, fromRange(model, range), 'range') : null;
  if (hinted) return hinted;
  if (position) {
    const atPosition = checked(model, query, position, 'position');
    if (atPosition) return atPosition;
    const moved = shift !== 0 ? checked(model, query, { start: position.start + shift, end: position.end + shift }, 'shifted') : null;
    if (moved) return moved;
  }
  // The exact quote near where it was expected. Unless it is right there, make sure no edited
  // version of it sits at the expected place (a passage repeated nearby, the original edited):
  // then the slow steps weigh the two.
  const { hint } = shifted(query, shift);
  const exact = exactMatch(model.text, { ...query, hint }, true);
  if (!exact) return null;
  const doubtful = exact.offset > DRIFT && hint !== null && similarityAt(model.text, hint, query.exact) >= EDITED_THERE;
  return doubtful ? null : { start: exact.start, end: exact.end, method: 'quote' };
}

function toAnchor(match: QuoteMatch | null): Anchor | null {
  if (!match) return null;
  return { start: match.start, end: match.end, method: match.errors === 0 ? 'quote' : 'fuzzy' };
}

/**
 * The costly steps, for a quote the cheap ones could not place: the best candidate near the
 * hint (exact or fuzzy), the exact quote anywhere (a moved paragraph), then fuzzy everywhere.
 * A generator that pauses between chunks of the text, so a caller can give the page a turn.
 */
function* slowSteps(model: TextModel, query: QuoteQuery): Generator<void, Anchor | null, void> {
  const near = nearMatch(model.text, query);
  if (near) return toAnchor(near);
  yield;
  const anywhere = exactMatch(model.text, query);
  if (anywhere) return toAnchor(anywhere);
  let best: QuoteMatch | null = null;
  for (const { from, to } of fuzzyWindows(model.text, query).chunks) {
    yield;
    const match = fuzzyMatchIn(model.text, query, from, to);
    if (match && (!best || match.score > best.score)) best = match;
  }
  return toAnchor(best);
}

function shifted(query: QuoteQuery, shift: number): QuoteQuery {
  return { ...query, hint: query.hint === null ? null : query.hint + shift };
}

/** All steps at once, without yielding: for one new highlight or a test. */
export function anchorSelectors(model: TextModel, selectors: readonly Selector[], shift = 0, fallbackQuote = ''): Anchor | null {
  const parsed = parse(selectors, fallbackQuote);
  if (!parsed) return null;
  const quick = anchorQuick(model, parsed, shift);
  if (quick) return quick;
  const steps = slowSteps(model, shifted(parsed.query, shift));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface AnchorAllOptions {
  scheduler?: Scheduler;
  /** Called as soon as each highlight is placed or given up on, so drawing can start early. */
  onResult?: (id: string, anchor: Anchor | null) => void;
}

/**
 * Anchors many highlights in one pass, yielding to the page between slices. Highlights are taken
 * in page order so that each learns from the one before how far the text has moved; the costly
 * fuzzy searches run last, for those the cheap steps could not place.
 */
export async function anchorAll(model: TextModel, items: readonly Anchorable[], options: AnchorAllOptions = {}): Promise<Map<string, Anchor | null>> {
  const scheduler = options.scheduler ?? runToEnd;
  const results = new Map<string, Anchor | null>();
  const settle = (id: string, anchor: Anchor | null) => {
    results.set(id, anchor);
    options.onResult?.(id, anchor);
  };
  const parsed = items.map((item) => ({ item, parsed: parse(item.selectors, item.quote) }));
  parsed.sort((a, b) => (a.parsed?.query.hint ?? 0) - (b.parsed?.query.hint ?? 0));

  const pending: { id: string; parsed: Parsed; shift: number }[] = [];
  let shift = 0;
  for (const { item, parsed: entry } of parsed) {
    if (!entry) {
      settle(item.id, null);
      continue;
    }
    const anchor = anchorQuick(model, entry, shift);
    if (anchor) {
      if (entry.query.hint !== null) shift = anchor.start - entry.query.hint;
      settle(item.id, anchor);
    } else pending.push({ id: item.id, parsed: entry, shift });
    if (scheduler.shouldYield()) await scheduler.yield();
  }

  for (const { id, parsed: entry, shift: moved } of pending) {
    const steps = slowSteps(model, shifted(entry.query, moved));
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        settle(id, step.value);
        break;
      }
      if (scheduler.shouldYield()) await scheduler.yield();
    }
  }
  return results;
}
