import { describe, expect, test } from 'vitest';
import { anchorSelectors } from '@/lib/annotate/anchor';
import { describeRange } from '@/lib/annotate/describe';
import { createHighlightApiDrawer, highlightStyles, type HighlightApiEnvironment } from '@/lib/annotate/draw-highlight-api';
import { createMarkDrawer } from '@/lib/annotate/draw-marks';
import type { DrawItem } from '@/lib/annotate/drawer';
import { TextModel } from '@/lib/annotate/text-model';
import type { HighlightColor } from '@/lib/annotate/types';
import { loadPage, selectBetween, selectText } from './helpers';

function item(model: TextModel, id: string, color: HighlightColor, range: Range): DrawItem {
  const described = describeRange(model, range)!;
  return { id, color, target: { range: model.toRange(described.start, described.end)!, pieces: model.pieces(described.start, described.end) } };
}

/** The text of a highlight's wrappers, `separator` between wrappers that are not adjacent. */
function marksText(id: string, separator = ''): string {
  const marks = [...document.querySelectorAll(`gleaner-mark[data-gleaner-id="${id}"]`)];
  return marks
    .map((mark, index) => {
      const previous = marks[index - 1];
      const adjacent = previous && (previous.nextSibling === mark || previous.nextSibling === mark.parentElement || previous.parentElement?.nextSibling === mark);
      return (index > 0 && !adjacent ? separator : '') + mark.textContent!.replace(/\s+/g, ' ');
    })
    .join('');
}

describe('the fallback drawer: wrapper elements', () => {
  test('wraps overlapping highlights, table cells and formulas without changing the text', () => {
    loadPage('latexml-paper.html');
    const before = document.body.innerHTML;
    const model = TextModel.build(document.body);
    const items = [
      item(model, 'a', 'yellow', selectText(document.body, 'We anneal the temperature')),
      item(model, 'b', 'green', selectText(document.body, 'the temperature')),
      item(model, 'c', 'blue', selectBetween(document.body, 'Dense attention', '1,020')),
      item(model, 'd', 'pink', selectBetween(document.body, 'over the first', 'every expert in use')),
    ];
    const formula = document.getElementById('m4')!;
    items.push({ id: 'e', color: 'purple', target: { range: document.createRange(), pieces: [{ kind: 'atom', element: formula }] } });
    const drawer = createMarkDrawer(document);
    drawer.draw(items);

    expect(marksText('a')).toBe('We anneal the temperature');
    expect(marksText('b')).toBe('the temperature');
    expect(marksText('c', '|')).toBe('Dense attention|11.9|1,020');
    expect(formula.parentElement!.localName).toBe('gleaner-mark');
    // The page reads the same, and old selectors still anchor: wrappers are invisible to both.
    expect(TextModel.build(document.body).text).toBe(model.text);
    const described = describeRange(TextModel.build(document.body), selectText(document.body, 'keeps every expert'));
    expect(described).not.toBeNull();
    expect(anchorSelectors(TextModel.build(document.body), described!.selectors)?.method).toBe('range');

    // The innermost highlight wins a click.
    const inner = document.querySelector('gleaner-mark[data-gleaner-id="b"]')!;
    expect(drawer.hitTest({ clientX: 0, clientY: 0, target: inner.firstChild })).toBe('b');
    expect(drawer.hitTest({ clientX: 0, clientY: 0, target: document.querySelector('h1') })).toBeNull();
    expect(drawer.rangeOf('c')!.toString()).toContain('Dense attention');

    drawer.recolor('a', 'purple');
    expect((document.querySelector('gleaner-mark[data-gleaner-id="a"]') as HTMLElement).style.backgroundColor).toContain('150');

    drawer.clear();
    expect(document.querySelector('gleaner-mark')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  test('erasing one highlight leaves the others', () => {
    loadPage('latexml-paper.html');
    const model = TextModel.build(document.body);
    const drawer = createMarkDrawer(document);
    drawer.draw([item(model, 'a', 'yellow', selectText(document.body, 'Sparse routing offers a way out')), item(model, 'b', 'blue', selectText(document.body, 'a way out'))]);
    drawer.erase('a');
    expect(drawer.has('a')).toBe(false);
    expect(marksText('a')).toBe('');
    expect(marksText('b')).toBe('a way out');
  });
});

/**
 * Style sheets on the page: adopted ones and style elements. (happy-dom's CSS parser drops
 * `::highlight()` rules, so the sheets are counted rather than read.)
 */
function pageSheets(): number {
  return document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
}

/** Stand-ins for the browser's Highlight and HighlightRegistry (happy-dom has neither). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function fakeEnvironment(hits: (x: number, y: number) => AbstractRange[] = () => []) {
  const registry = new Map<string, FakeHighlight>();
  const env = {
    registry: Object.assign(registry, {
      highlightsFromPoint: (x: number, y: number) =>
        [...registry.values()].flatMap((highlight) => {
          const ranges = hits(x, y).filter((range) => highlight.has(range));
          return ranges.length ? [{ highlight, ranges }] : [];
        }),
    }),
    createHighlight: () => new FakeHighlight(),
    document,
  } as unknown as HighlightApiEnvironment;
  return { env, registry };
}

describe('the Custom Highlight API drawer', () => {
  test('keeps one highlight per colour, moves ranges between colours, and cleans up', () => {
    loadPage('latexml-paper.html');
    const model = TextModel.build(document.body);
    const { env, registry } = fakeEnvironment();
    const drawer = createHighlightApiDrawer(env);
    const sheets = pageSheets();
    const a = item(model, 'a', 'yellow', selectText(document.body, 'Sparse routing'));
    const b = item(model, 'b', 'yellow', selectText(document.body, 'every expert in use'));
    drawer.draw([a, b]);
    expect([...registry.keys()].sort()).toEqual(['gleaner-focus', 'gleaner-yellow']);
    expect(registry.get('gleaner-yellow')!.size).toBe(2);
    // The page's DOM is untouched; our ::highlight rules are added once.
    expect(document.querySelectorAll('gleaner-mark')).toHaveLength(0);
    expect(pageSheets()).toBe(sheets + 1);

    drawer.recolor('a', 'blue');
    expect(registry.get('gleaner-yellow')!.has(a.target.range)).toBe(false);
    expect(registry.get('gleaner-blue')!.has(a.target.range)).toBe(true);
    drawer.focus('b');
    expect([...registry.get('gleaner-focus')!]).toEqual([b.target.range]);
    drawer.erase('b');
    expect(registry.get('gleaner-yellow')!.size).toBe(0);
    expect(registry.get('gleaner-focus')!.size).toBe(0);
    expect(drawer.rangeOf('a')).toBe(a.target.range);

    drawer.clear();
    expect(registry.size).toBe(0);
    expect(pageSheets()).toBe(sheets);
  });

  test('a click is matched to the innermost highlight under it', () => {
    loadPage('latexml-paper.html');
    const model = TextModel.build(document.body);
    const outer = item(model, 'outer', 'yellow', selectText(document.body, 'Sparse routing offers a way out'));
    const inner = item(model, 'inner', 'green', selectText(document.body, 'a way out'));
    // At (10, 10) both highlights are hit, at (50, 50) only the outer one, elsewhere none.
    const { env } = fakeEnvironment((x) => (x === 10 ? [outer.target.range, inner.target.range] : x === 50 ? [outer.target.range] : []));
    const drawer = createHighlightApiDrawer(env);
    drawer.draw([outer, inner]);
    expect(drawer.hitTest({ clientX: 10, clientY: 10, target: null })).toBe('inner');
    expect(drawer.hitTest({ clientX: 50, clientY: 50, target: null })).toBe('outer');
    expect(drawer.hitTest({ clientX: 90, clientY: 90, target: null })).toBeNull();
  });

  test('styles name every colour', () => {
    expect(highlightStyles()).toMatch(/::highlight\(gleaner-purple\) \{ background-color: rgba/);
  });
});
