import { PAINT, type DrawItem, type Drawer } from './drawer';
import { MARK_TAG } from './element-path';
import type { HighlightColor } from './types';

/**
 * Highlights as wrapper elements, for browsers without the Custom Highlight API. The wrappers
 * are `<gleaner-mark>` elements (no page stylesheet targets that name, unlike `mark` or `span`),
 * styled through the CSSOM (`element.style`), which a page's Content-Security-Policy allows
 * where it forbids `style` attributes and inline `<style>`.
 *
 * Each text node is split once for all the highlights that touch it, then each part is wrapped
 * in one mark per highlight covering it (nested where highlights overlap). Formulas are wrapped
 * whole: a wrapper inside MathML would break its rendering.
 */

const ID = 'data-gleaner-id';

interface Interval {
  start: number;
  end: number;
  id: string;
  color: HighlightColor;
  /** The whole highlight's length: shorter highlights are wrapped innermost (they win clicks). */
  size: number;
}

function paint(mark: HTMLElement, color: HighlightColor): void {
  mark.style.backgroundColor = PAINT[color];
  mark.style.color = 'inherit';
  mark.style.borderRadius = '2px';
  mark.style.cursor = 'pointer';
}

function makeMark(doc: Document, id: string, color: HighlightColor): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute(ID, id);
  paint(mark, color);
  return mark;
}

function wrap(node: Node, mark: HTMLElement): void {
  node.parentNode!.insertBefore(mark, node);
  mark.append(node);
}

/** Splits `node` at every boundary, returning the parts with their offsets in the original. */
function splitAt(node: Text, boundaries: number[]): { node: Text; start: number; end: number }[] {
  const cuts = [...new Set(boundaries)].filter((at) => at > 0 && at < node.data.length).sort((a, b) => b - a);
  const parts: { node: Text; start: number; end: number }[] = [];
  let end = node.data.length;
  for (const cut of cuts) {
    parts.unshift({ node: node.splitText(cut), start: cut, end });
    end = cut;
  }
  parts.unshift({ node, start: 0, end });
  return parts;
}

export function createMarkDrawer(doc: Document): Drawer {
  const colors = new Map<string, HighlightColor>();
  const marksOf = (id: string) => [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[${ID}]`)].filter((mark) => mark.getAttribute(ID) === id);

  const drawer: Drawer = {
    mutatesDom: true,
    draw(items) {
      const byNode = new Map<Text, Interval[]>();
      for (const { id, color, target } of items) {
        drawer.erase(id);
        colors.set(id, color);
        const size = target.pieces.reduce((sum, piece) => sum + (piece.kind === 'text' ? piece.end - piece.start : 1), 0);
        for (const piece of target.pieces) {
          if (piece.kind === 'atom') {
            wrap(piece.element, makeMark(doc, id, color));
            continue;
          }
          const list = byNode.get(piece.node) ?? [];
          list.push({ start: piece.start, end: piece.end, id, color, size });
          byNode.set(piece.node, list);
        }
      }
      for (const [node, intervals] of byNode) {
        intervals.sort((a, b) => a.size - b.size);
        const parts = splitAt(node, intervals.flatMap(({ start, end }) => [start, end]));
        for (const part of parts) {
          let inner: Node = part.node;
          for (const interval of intervals) {
            if (interval.start <= part.start && part.end <= interval.end) {
              const mark = makeMark(doc, interval.id, interval.color);
              wrap(inner, mark);
              inner = mark;
            }
          }
        }
      }
    },
    erase(id) {
      for (const mark of marksOf(id)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
        // Join the text we split, so the page's DOM is as it was.
        parent.normalize();
      }
      colors.delete(id);
    },
    recolor(id, color) {
      if (!colors.has(id)) return;
      colors.set(id, color);
      for (const mark of marksOf(id)) paint(mark, color);
    },
    focus(id) {
      for (const mark of doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[${ID}]`)) {
        mark.style.textDecoration = mark.getAttribute(ID) === id ? 'underline 2px' : '';
      }
    },
    rangeOf(id) {
      const marks = marksOf(id);
      if (marks.length === 0) return null;
      const range = doc.createRange();
      range.setStartBefore(marks[0]!);
      range.setEndAfter(marks[marks.length - 1]!);
      return range;
    },
    has: (id) => colors.has(id),
    hitTest({ target }) {
      const element = target && (target as Node).nodeType === 1 ? (target as Element) : (target as Node | null)?.parentElement;
      return element?.closest(`${MARK_TAG}[${ID}]`)?.getAttribute(ID) ?? null;
    },
    clear() {
      for (const id of [...colors.keys()]) drawer.erase(id);
    },
  };
  return drawer;
}
