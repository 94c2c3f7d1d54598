import { formulaText } from './math-text';
import { normalizeChunk, normalizedLength, rawOffset } from './normalize';
import type { Scheduler } from './scheduler';

/**
 * The text of a page as anchoring sees it, with a way back to the DOM.
 *
 * Not `textContent`: that includes scripts, styles and the MathML soup inside formulas, and glues
 * `<p>a</p><p>b</p>` into "ab". The model reads what a reader reads: text nodes outside scripts,
 * styles and hidden elements, one space where a block ends, each formula as one unit whose text
 * is its TeX (see math-text.ts), all normalized (normalize.ts). Offsets of TextPosition selectors
 * and quotes live in this text.
 *
 * The model is a snapshot: rebuild it when the DOM changes (the annotator does so on mutation).
 */

export type Side = 'start' | 'end';

export interface TextSegment {
  /** A text node, or a formula element standing for its whole subtree. */
  node: Node;
  atom: boolean;
  /** [start, end) in the model's text. */
  start: number;
  end: number;
  /** Whether the text before this segment ended in a space (leading whitespace then collapses). */
  afterSpace: boolean;
}

/** A drawable part of a highlight: a slice of one text node, or a whole formula. */
export type Piece = { kind: 'text'; node: Text; start: number; end: number } | { kind: 'atom'; element: Element };

/** Tags whose content a reader never sees as text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'title', 'desc', 'iframe', 'object',
  'annotation', 'annotation-xml',
  // Gleaner's own in-page UI host (its content lives in a shadow root anyway).
  'gleaner-annotator',
]);

/** Elements after which a reader sees a break between words. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'img',
]);

export class TextModel {
  private constructor(
    readonly root: Element,
    readonly text: string,
    readonly segments: readonly TextSegment[],
  ) {}

  /** Reads the text under `root` in one go. */
  static build(root: Element): TextModel {
    const reader = new TextReader(root);
    reader.read(() => false);
    return reader.model();
  }

  /**
   * Reads the text under `root` in slices, giving the page a turn between them (a 2 MB paper has
   * some 50,000 nodes). If the page changes meanwhile, reading starts over, at most twice.
   */
  static async buildSliced(root: Element, scheduler: Scheduler): Promise<TextModel> {
    for (let attempt = 0; ; attempt += 1) {
      const reader = new TextReader(root);
      let changed = false;
      const observer = attempt < 2 && typeof MutationObserver === 'function' ? new MutationObserver(() => void (changed = true)) : null;
      observer?.observe(root, { childList: true, characterData: true, subtree: true });
      while (!reader.read(() => scheduler.shouldYield())) {
        await scheduler.yield();
        if (changed) break;
      }
      observer?.disconnect();
      if (!changed) return reader.model();
    }
  }

  /** @internal */
  static of(root: Element, text: string, segments: TextSegment[]): TextModel {
    return new TextModel(root, text, segments);
  }

  /** The formula segment containing `node`, if `node` is inside a formula. */
  private atomAround(node: Node): TextSegment | null {
    let atomElement: Node | null = null;
    for (let current: Node | null = node; current && current !== this.root; current = current.parentNode) {
      if (current.nodeType === 1 && formulaText(current as Element) !== null) atomElement = current;
    }
    if (!atomElement) return null;
    const index = this.firstSegmentAfter(atomElement, 0);
    const segment = this.segments[index - 1];
    return segment && segment.node === atomElement ? segment : null;
  }

  /**
   * Index of the first segment whose node begins after the boundary point (node, offset): a
   * binary search in document order (Range.comparePoint), so no per-node lookup table is kept.
   */
  private firstSegmentAfter(node: Node, offset: number): number {
    const point = node.ownerDocument!.createRange();
    point.setStart(node, offset);
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (point.comparePoint(this.segments[middle]!.node, 0) === 1) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * The model offset of a DOM boundary point. A point inside a formula moves to the formula's
   * start or end (by `side`), so selections never cut a formula.
   */
  offsetAt(node: Node, offset: number, side: Side): number {
    const atom = this.atomAround(node);
    if (atom) return side === 'start' ? atom.start : atom.end;
    const index = this.firstSegmentAfter(node, offset);
    const before = this.segments[index - 1];
    if (before && before.node === node && !before.atom) {
      const data = (node as Text).data;
      return Math.min(before.end, before.start + normalizedLength(data, offset, before.afterSpace));
    }
    if (side === 'start') return this.segments[index]?.start ?? this.text.length;
    return before?.end ?? 0;
  }

  /** Index of the first segment whose text ends after `offset`. */
  private segmentEndingAfter(offset: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.segments[middle]!.end > offset) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Index of the last segment whose text starts before `offset`, or -1. */
  private segmentStartingBefore(offset: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.segments[middle]!.start < offset) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  private setBoundary(range: Range, offset: number, side: Side): boolean {
    if (side === 'start') {
      const segment = this.segments[this.segmentEndingAfter(offset)];
      if (!segment) return false;
      if (segment.atom) range.setStartBefore(segment.node);
      else {
        const data = (segment.node as Text).data;
        range.setStart(segment.node, rawOffset(data, Math.max(0, offset - segment.start), segment.afterSpace, 'start'));
      }
      return true;
    }
    const segment = this.segments[this.segmentStartingBefore(offset)];
    if (!segment) return false;
    if (segment.atom) range.setEndAfter(segment.node);
    else {
      const data = (segment.node as Text).data;
      range.setEnd(segment.node, rawOffset(data, Math.min(offset, segment.end) - segment.start, segment.afterSpace, 'end'));
    }
    return true;
  }

  /** A live DOM Range over [start, end) of the model's text, or null when that is empty. */
  toRange(start: number, end: number): Range | null {
    if (end <= start) return null;
    const range = this.root.ownerDocument.createRange();
    if (!this.setBoundary(range, start, 'start') || !this.setBoundary(range, end, 'end')) return null;
    return range.collapsed ? null : range;
  }

  /** The text nodes (sliced) and formulas that make up [start, end), for drawing. */
  pieces(start: number, end: number): Piece[] {
    const pieces: Piece[] = [];
    for (let index = this.segmentEndingAfter(start); index < this.segments.length; index += 1) {
      const segment = this.segments[index]!;
      if (segment.start >= end) break;
      if (segment.end === segment.start) continue;
      if (segment.atom) {
        pieces.push({ kind: 'atom', element: segment.node as Element });
        continue;
      }
      const data = (segment.node as Text).data;
      const from = rawOffset(data, Math.max(0, start - segment.start), segment.afterSpace, 'start');
      const to = rawOffset(data, Math.min(end, segment.end) - segment.start, segment.afterSpace, 'end');
      // A slice that is only whitespace (between table cells, list items) is never drawn: a
      // wrapper there would break the table's structure and paints nothing useful.
      if (to > from && data.slice(from, to).trim() !== '') pieces.push({ kind: 'text', node: segment.node as Text, start: from, end: to });
    }
    return pieces;
  }

  /** The model offset where an element's content begins. */
  elementStart(element: Element): number {
    return this.offsetAt(element, 0, 'start');
  }
}

/** How many nodes are read between two checks of the time budget. */
const NODES_PER_CHECK = 512;

/** One reading of the text under a root, resumable between slices. */
class TextReader {
  private readonly chunks: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private afterSpace = true;
  private node: Node | null;

  constructor(private readonly root: Element) {
    this.node = root.firstChild;
  }

  private emit(node: Node, atom: boolean, raw: string): void {
    const chunk = normalizeChunk(raw, this.afterSpace);
    this.segments.push({ node, atom, start: this.length, end: this.length + chunk.length, afterSpace: this.afterSpace });
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.afterSpace = chunk.endsWith(' ');
    }
  }

  private gap(): void {
    if (this.afterSpace) return;
    this.chunks.push(' ');
    this.length += 1;
    this.afterSpace = true;
  }

  /** Reads on until done (true) or until `stop()` says the slice is over (false). */
  read(stop: () => boolean): boolean {
    const { root } = this;
    let node = this.node;
    let count = 0;
    // An iterative walk (deep documents would overflow a recursive one) that knows when it
    // leaves an element, which a TreeWalker does not say.
    while (node) {
      if (++count % NODES_PER_CHECK === 0 && stop()) break;
      let descend = false;
      if (node.nodeType === 3) {
        this.emit(node, false, (node as Text).data);
      } else if (node.nodeType === 1) {
        const element = node as Element;
        const name = element.localName;
        if (!SKIPPED.has(name) && !element.hasAttribute('hidden')) {
          const formula = formulaText(element);
          if (formula !== null) this.emit(element, true, formula);
          else {
            if (BLOCKS.has(name)) this.gap();
            descend = element.firstChild !== null;
          }
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Next in document order, closing the blocks we climb out of.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && BLOCKS.has((node as Element).localName)) this.gap();
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    this.node = node;
    return node === null;
  }

  model(): TextModel {
    return TextModel.of(this.root, this.chunks.join(''), this.segments);
  }
}
