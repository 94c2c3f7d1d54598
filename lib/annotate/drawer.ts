import type { Piece } from './text-model';
import type { HighlightColor } from './types';

/**
 * Painting highlights on the page. Two ways, one interface: the CSS Custom Highlight API
 * (draw-highlight-api.ts), which paints ranges without touching the page's DOM, and wrapper
 * elements (draw-marks.ts) for browsers without it.
 */

export interface DrawTarget {
  /** The highlight's span as a live DOM Range. */
  range: Range;
  /** The same span as text-node slices and whole formulas (what wrappers wrap). */
  pieces: Piece[];
}

export interface DrawItem {
  id: string;
  color: HighlightColor;
  target: DrawTarget;
}

export interface Point {
  clientX: number;
  clientY: number;
  /** The element the click landed on. */
  target: EventTarget | null;
}

export interface Drawer {
  /**
   * Whether drawing changes the page's DOM (wrappers split text nodes): the text model must then
   * be read again before the next highlight is described or anchored.
   */
  readonly mutatesDom: boolean;
  /** Paints highlights; several at once so that wrappers can split each text node only once. */
  draw(items: readonly DrawItem[]): void;
  erase(id: string): void;
  recolor(id: string, color: HighlightColor): void;
  /** Emphasizes one highlight (the one being edited or jumped to), or none. */
  focus(id: string | null): void;
  /** The page range a highlight covers now, or null when it is not drawn. */
  rangeOf(id: string): Range | null;
  /** The highlight under a point (a click), the innermost when they overlap, or null. */
  hitTest(point: Point): string | null;
  /** Whether a highlight is drawn. */
  has(id: string): boolean;
  /** Removes every highlight and whatever the drawer added to the page. */
  clear(): void;
}

/** Highlight colours as painted on the page: translucent, so text stays readable in dark themes. */
export const PAINT: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 213, 0, 0.42)',
  green: 'rgba(70, 200, 90, 0.35)',
  blue: 'rgba(60, 150, 255, 0.32)',
  pink: 'rgba(255, 90, 160, 0.32)',
  purple: 'rgba(150, 90, 230, 0.32)',
};

/** The text length of a range, to prefer the innermost of overlapping highlights. */
export function rangeLength(range: Range): number {
  return range.toString().length;
}
