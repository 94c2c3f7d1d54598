import { escapeAttribute, escapeHtml, mathPlaceholderHtml } from '../markdown/placeholders';
import { absoluteUrl, imageSource } from '../markdown/urls';
import { isDisplayMath, texOfMath } from './math/math-element';

/**
 * The cheap path for pages too large or too deeply nested for Readability: the main region of
 * the page (`<main>`, `<article>`, `[role=main]`, else `<body>`) written out as plain HTML in one
 * read-only, iterative pass (no recursion: nesting depth cannot overflow the stack). Page
 * furniture (navigation, headers, footers, forms, asides) is skipped; past `flattenBelow` levels
 * only text is kept, so the HTML handed to Turndown is shallow; output stops at `maxChars`.
 */
export interface BasicHtmlOptions {
  baseUrl: string;
  maxChars: number;
  flattenBelow: number;
}

export interface BasicHtml {
  html: string;
  truncated: boolean;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input', 'svg', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'link', 'meta', 'dialog']);
const KEEP = new Set(['p', 'div', 'section', 'article', 'main', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'em', 'strong', 'i', 'b', 'sup', 'sub', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'del', 's']);

export function mainRegion(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"], article') ?? doc.body ?? doc.documentElement;
}

export function basicHtml(root: Element, options: BasicHtmlOptions): BasicHtml {
  const out: string[] = [];
  let size = 0;
  const push = (text: string) => {
    out.push(text);
    size += text.length;
  };
  // Each entry: a node to open, or a closing tag to write once its children are done.
  const stack: Array<{ node: Node; depth: number } | { close: string }> = [{ node: root, depth: 0 }];
  while (stack.length > 0 && size < options.maxChars) {
    const item = stack.pop()!;
    if ('close' in item) {
      push(item.close);
      continue;
    }
    const { node, depth } = item;
    if (node.nodeType === 3) {
      push(escapeHtml((node as Text).data));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) continue;
    if (tag === 'math') {
      const tex = texOfMath(el);
      if (tex) push(mathPlaceholderHtml(tex, isDisplayMath(el) ? 'display' : 'inline'));
      continue;
    }
    if (tag === 'img') {
      const src = absoluteUrl(imageSource(el), options.baseUrl);
      if (src && !src.startsWith('data:')) push(`<img src="${escapeAttribute(src)}" alt="${escapeAttribute(el.getAttribute('alt') ?? '')}">`);
      continue;
    }
    if (tag === 'br') {
      push('<br>');
      continue;
    }
    let open = '';
    let close = '';
    if (depth < options.flattenBelow) {
      if (tag === 'a') {
        const href = absoluteUrl(el.getAttribute('href'), options.baseUrl);
        if (href && /^https?:/i.test(href)) {
          open = `<a href="${escapeAttribute(href)}">`;
          close = '</a>';
        }
      } else if (KEEP.has(tag)) {
        open = `<${tag}>`;
        close = `</${tag}>`;
      }
    } else if (KEEP.has(tag) && /^(?:p|div|li|tr|h\d|pre|blockquote|section|article)$/.test(tag)) {
      // Flattened: block boundaries survive as spaces so words do not run together.
      close = ' ';
    }
    if (open) push(open);
    if (close) stack.push({ close });
    const children: Node[] = [];
    for (let child = el.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return { html: out.join(''), truncated: stack.length > 0 };
}
