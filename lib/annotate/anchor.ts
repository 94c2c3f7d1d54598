import { resolvePath } from './element-path';
import { exactMatch, fuzzyMatchIn, fuzzyWindows, verify, type QuoteMatch, type QuoteQuery } from './match-quote';
import { normalizeText } from './normalize';
import { runToEnd, type Scheduler } from './scheduler';
import type { TextModel } from './text-model';
import type { RangeSelector, Selector, TextPositionSelector } from './types';

/**
 * Anchoring: from stored selectors back to a span of the page's text. Cheapest first, each
 * checked against the quote: the element paths, the position, the position moved by however
 * much the highlights before it moved (a paragraph inserted above shifts all that follow), the
 * exact quote anywhere, and last a fuzzy search (match-quote.ts).
 */

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
  const exact = exactMatch(model.text, { ...query, hint: query.hint === null ? null : query.hint + shift });
  return exact ? { start: exact.start, end: exact.end, method: 'quote' } : null;
}

function fuzzyAnchor(match: QuoteMatch | null): Anchor | null {
  return match ? { start: match.start, end: match.end, method: 'fuzzy' } : null;
}

/** All steps at once, without yielding: for one new highlight or a test. */
export function anchorSelectors(model: TextModel, selectors: readonly Selector[], shift = 0, fallbackQuote = ''): Anchor | null {
  const parsed = parse(selectors, fallbackQuote);
  if (!parsed) return null;
  const quick = anchorQuick(model, parsed, shift);
  if (quick) return quick;
  const query = { ...parsed.query, hint: parsed.query.hint === null ? null : parsed.query.hint + shift };
  const { near, chunks } = fuzzyWindows(model.text, query);
  const nearby = near ? fuzzyMatchIn(model.text, query, near.from, near.to) : null;
  if (nearby) return fuzzyAnchor(nearby);
  let best: QuoteMatch | null = null;
  for (const { from, to } of chunks) {
    const found = fuzzyMatchIn(model.text, query, from, to);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return fuzzyAnchor(best);
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
    const query = { ...entry.query, hint: entry.query.hint === null ? null : entry.query.hint + moved };
    const { near, chunks } = fuzzyWindows(model.text, query);
    let best = near ? fuzzyMatchIn(model.text, query, near.from, near.to) : null;
    if (!best) {
      for (const { from, to } of chunks) {
        if (scheduler.shouldYield()) await scheduler.yield();
        const found = fuzzyMatchIn(model.text, query, from, to);
        if (found && (!best || found.score > best.score)) best = found;
      }
    }
    settle(id, fuzzyAnchor(best));
    if (scheduler.shouldYield()) await scheduler.yield();
  }
  return results;
}
