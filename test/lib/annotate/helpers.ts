import { readFileSync } from 'node:fs';
import path from 'node:path';

const PAGES = path.resolve(__dirname, '../../fixtures/pages');

export function pageHtml(name: string): string {
  return readFileSync(path.join(PAGES, name), 'utf8');
}

/**
 * Puts a page into the test's document. happy-dom's Range works only in the window's own
 * document (a DOMParser document gives collapsed ranges), so every test loads into that one.
 */
export function loadHtml(html: string): Document {
  const inner = /<html[^>]*>([\s\S]*)<\/html>/i.exec(html)?.[1];
  document.documentElement.innerHTML = inner ?? `<head></head><body>${html}</body>`;
  return document;
}

/** One of our fixture pages (test/fixtures/pages), loaded into the test's document. */
export function loadPage(name: string): Document {
  return loadHtml(pageHtml(name));
}

export function parseHtml(html: string): Document {
  return loadHtml(html);
}

/**
 * A DOM Range over the `occurrence`-th appearance of `needle` in the raw text of `root`, as a
 * user's selection would be: found without our text model, spaces in `needle` matching any run
 * of whitespace in the page.
 */
export function selectText(root: Element, needle: string, occurrence = 0): Range {
  const nodes: { node: Text; start: number }[] = [];
  let raw = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: raw.length });
    raw += (node as Text).data;
  }
  const pattern = new RegExp(needle.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  let match: RegExpExecArray | null = null;
  for (let index = 0; index <= occurrence; index += 1) {
    match = pattern.exec(raw);
    if (!match) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the page`);
  }
  const locate = (offset: number, isEnd: boolean) => {
    for (let index = nodes.length - 1; index >= 0; index -= 1) {
      const entry = nodes[index]!;
      if (isEnd ? entry.start < offset : entry.start <= offset) return { node: entry.node, offset: offset - entry.start };
    }
    throw new Error('offset out of range');
  };
  const start = locate(match!.index, false);
  const end = locate(match!.index + match![0].length, true);
  const range = root.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** Replaces the first text node under `root` that contains `from`, as an author's edit would. */
export function editText(root: Element, from: string, to: string): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.includes(from)) {
      text.data = text.data.replace(from, to);
      return;
    }
  }
  throw new Error(`"${from}" is not in a single text node`);
}

/** A selection from the start of `from` to the end of `to` (the next occurrence after it). */
export function selectBetween(root: Element, from: string, to: string): Range {
  const range = selectText(root, from);
  const end = selectText(root, to);
  range.setEnd(end.endContainer, end.endOffset);
  return range;
}
