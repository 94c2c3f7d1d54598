/**
 * Highlights are described with W3C Web Annotation selectors
 * (https://www.w3.org/TR/annotation-model/#selectors) so they survive re-rendering: the range is a
 * fast hint, the position a fallback, and the quote (with its context) the final word.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /**
   * Offsets into the root element's text as anchoring reads it (lib/annotate/text-model.ts):
   * visible text only, whitespace collapsed, each formula as its TeX.
   */
  start: number;
  end: number;
}

export interface RangeSelector {
  type: 'RangeSelector';
  /**
   * XPath-like paths relative to the root element, e.g. `/article[1]/p[3]`; each offset counts
   * characters of that element's text (as TextPositionSelector does), not DOM child indexes.
   */
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface Highlight {
  id: string;
  clipId: string;
  /** The page the highlight was made on (the same paper may be read at other URLs). */
  url: string;
  selectors: Selector[];
  /** The highlighted text, as the user saw it. */
  quote: string;
  note: string;
  color: HighlightColor;
  createdAt: string;
  updatedAt: string;
}
