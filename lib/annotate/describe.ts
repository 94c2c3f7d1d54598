import { containerElement, pathTo } from './element-path';
import type { TextModel } from './text-model';
import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

export interface Description {
  selectors: Selector[];
  /** The highlighted text, normalized, formulas as TeX. */
  quote: string;
  start: number;
  end: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Context slices that never split a surrogate pair (an emoji, a rare CJK character). */
function prefixOf(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isHighSurrogate(text.charCodeAt(from - 1))) from -= 1;
  return text.slice(from, start);
}

function suffixOf(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to += 1;
  return text.slice(end, to);
}

/** The element holding a boundary node, when it lies under the model's root. */
function containerIn(model: TextModel, node: Node): Element | null {
  const container = containerElement(node);
  return container && (container === model.root || model.root.contains(container)) ? container : null;
}

function rangeSelector(model: TextModel, range: Range, start: number, end: number): RangeSelector | null {
  const startElement = containerIn(model, range.startContainer);
  const endElement = containerIn(model, range.endContainer);
  if (!startElement || !endElement) return null;
  const startPath = pathTo(model.root, startElement);
  const endPath = pathTo(model.root, endElement);
  if (startPath === null || endPath === null) return null;
  return {
    type: 'RangeSelector',
    startContainer: startPath,
    startOffset: start - model.elementStart(startElement),
    endContainer: endPath,
    endOffset: end - model.elementStart(endElement),
  };
}

/**
 * Describes a DOM Range (a selection) as W3C selectors over `model`: the quote with its
 * context, its position in the text, and element paths as a fast hint. Whitespace at either
 * end is left out; a range that cuts a formula takes all of it. Null when the range holds no
 * text (an empty selection, or one inside our own UI).
 */
export function describeRange(model: TextModel, range: Range): Description | null {
  let start = model.offsetAt(range.startContainer, range.startOffset, 'start');
  let end = model.offsetAt(range.endContainer, range.endOffset, 'end');
  const { text } = model;
  while (start < end && text[start] === ' ') start += 1;
  while (end > start && text[end - 1] === ' ') end -= 1;
  if (end <= start) return null;

  const quote = text.slice(start, end);
  const textQuote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote, prefix: prefixOf(text, start), suffix: suffixOf(text, end) };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  // The range's own boundaries may sit in whitespace we trimmed or inside a formula: paths are
  // taken from the trimmed range, so that resolving them gives back exactly [start, end).
  const trimmed = model.toRange(start, end);
  const hint = trimmed ? rangeSelector(model, trimmed, start, end) : null;
  return { selectors: hint ? [hint, position, textQuote] : [position, textQuote], quote, start, end };
}
