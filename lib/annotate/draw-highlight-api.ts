import { PAINT, rangeLength, type DrawItem, type Drawer, type Point } from './drawer';
import { HIGHLIGHT_COLORS, type HighlightColor } from './types';

/**
 * Highlights painted with the CSS Custom Highlight API: one `Highlight` per colour holding the
 * ranges, styled by `::highlight(gleaner-<colour>)`. The page's DOM is never touched, so page
 * scripts, frameworks that re-render and the text model all see the page as it was.
 *
 * There are no elements to click: a click is hit-tested against the ranges, with
 * `highlightsFromPoint` where the browser has it, else the caret position under the point and
 * the ranges' rectangles.
 */

/** `CSS.highlights.highlightsFromPoint` (Chromium 140+): not in TypeScript's DOM types yet. */
interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type RegistryWithHits = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] };

export interface HighlightApiEnvironment {
  registry: HighlightRegistry;
  createHighlight: () => Highlight;
  document: Document;
}

/** The page's own Custom Highlight API, or null when the browser has none. */
export function pageHighlightApi(doc: Document): HighlightApiEnvironment | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS && 'highlights' in view.CSS ? view.CSS.highlights : undefined;
  const HighlightClass = view?.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  return { registry, createHighlight: () => new HighlightClass(), document: doc };
}

const FOCUS = 'gleaner-focus';
const name = (color: HighlightColor) => `gleaner-${color}`;

export function highlightStyles(): string {
  const colours = HIGHLIGHT_COLORS.map((color) => `::highlight(${name(color)}) { background-color: ${PAINT[color]}; }`);
  return [...colours, `::highlight(${FOCUS}) { text-decoration: underline 2px rgba(40, 40, 40, 0.8); text-underline-offset: 3px; }`].join('\n');
}

/**
 * Adds our `::highlight` rules to the page. A constructed style sheet where possible: a page's
 * Content-Security-Policy may forbid inline `<style>`, never `adoptedStyleSheets`; and no
 * element of ours appears in the page's DOM.
 */
function installStyles(doc: Document): () => void {
  const css = highlightStyles();
  try {
    if (!('adoptedStyleSheets' in doc)) throw new Error('no constructed style sheets');
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = typeof legacy === 'function' ? legacy.call(doc, x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function covers(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function createHighlightApiDrawer(env: HighlightApiEnvironment): Drawer {
  const registry = env.registry as RegistryWithHits;
  const byColor = new Map<HighlightColor, Highlight>();
  const drawn = new Map<string, { range: Range; color: HighlightColor }>();
  const owner = new Map<AbstractRange, string>();
  const focus = env.createHighlight();
  focus.priority = 10;
  let removeStyles: (() => void) | null = null;

  const layer = (color: HighlightColor): Highlight => {
    let highlight = byColor.get(color);
    if (!highlight) {
      highlight = env.createHighlight();
      // Later colours paint over earlier ones where highlights overlap.
      highlight.priority = HIGHLIGHT_COLORS.indexOf(color);
      byColor.set(color, highlight);
      registry.set(name(color), highlight);
    }
    return highlight;
  };

  const innermost = (ids: Iterable<string>): string | null => {
    let best: string | null = null;
    let bestLength = Infinity;
    for (const id of ids) {
      const entry = drawn.get(id);
      const length = entry ? rangeLength(entry.range) : Infinity;
      if (length < bestLength) [best, bestLength] = [id, length];
    }
    return best;
  };

  const drawer: Drawer = {
    mutatesDom: false,
    draw(items) {
      if (!removeStyles) {
        removeStyles = installStyles(env.document);
        registry.set(FOCUS, focus);
      }
      for (const { id, color, target } of items) {
        drawer.erase(id);
        layer(color).add(target.range);
        drawn.set(id, { range: target.range, color });
        owner.set(target.range, id);
      }
    },
    erase(id) {
      const entry = drawn.get(id);
      if (!entry) return;
      byColor.get(entry.color)?.delete(entry.range);
      focus.delete(entry.range);
      owner.delete(entry.range);
      drawn.delete(id);
    },
    recolor(id, color) {
      const entry = drawn.get(id);
      if (!entry || entry.color === color) return;
      byColor.get(entry.color)?.delete(entry.range);
      layer(color).add(entry.range);
      entry.color = color;
    },
    focus(id) {
      focus.clear();
      const entry = id ? drawn.get(id) : undefined;
      if (entry) focus.add(entry.range);
    },
    rangeOf: (id) => drawn.get(id)?.range ?? null,
    has: (id) => drawn.has(id),
    hitTest({ clientX, clientY }) {
      if (typeof registry.highlightsFromPoint === 'function') {
        const ids = new Set<string>();
        for (const hit of registry.highlightsFromPoint(clientX, clientY)) {
          for (const range of hit.ranges) {
            const id = owner.get(range);
            if (id) ids.add(id);
          }
        }
        return innermost(ids);
      }
      const caret = caretAt(env.document, clientX, clientY);
      if (!caret) return null;
      const ids: string[] = [];
      for (const [id, { range }] of drawn) {
        // The caret is the nearest text position even for a click in the margin: the range's
        // rectangles say whether the point is really on the highlighted text.
        if (range.isPointInRange(caret.node, caret.offset) && covers(range, clientX, clientY)) ids.push(id);
      }
      return innermost(ids);
    },
    clear() {
      for (const color of byColor.keys()) registry.delete(name(color));
      registry.delete(FOCUS);
      byColor.clear();
      drawn.clear();
      owner.clear();
      focus.clear();
      removeStyles?.();
      removeStyles = null;
    },
  };
  return drawer;
}
