/**
 * One read-only, iterative pass over a page (no recursion: the page may be nested deeper than
 * the call stack allows) that gathers everything later steps would otherwise each search the
 * whole DOM for: size and depth (which reader is safe to run), the metadata elements, and
 * whether there is any math to protect. Each `querySelectorAll` is a full walk in a JS DOM, and
 * a 1–6 MB page has 10,000s of elements.
 */
export interface PageScan {
  elements: number;
  maxDepth: number;
  metas: Element[];
  jsonLd: Element[];
  /** Rendered or MathML formulas (MathJax 2 scripts, MathJax 3, KaTeX, `<math>`). */
  formulas: number;
  /** The page loads MathJax or KaTeX, so raw `$…$` TeX in its text is math. */
  typesetsTex: boolean;
  codeBlocks: number;
  /** The first `<time datetime>`: a publication date when the metadata has none. */
  firstTime: Element | null;
  /** The first `.ltx_document`: a LaTeXML paper. */
  latexml: Element | null;
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { elements: 0, maxDepth: 0, metas: [], jsonLd: [], formulas: 0, typesetsTex: false, codeBlocks: 0, firstTime: null, latexml: null };
  const root = doc.documentElement;
  if (!root) return scan;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    scan.elements += 1;
    if (depth > scan.maxDepth) scan.maxDepth = depth;
    visit(element, scan);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push([child, depth + 1]);
  }
  return scan;
}

function visit(element: Element, scan: PageScan): void {
  switch (element.localName) {
    case 'meta':
      scan.metas.push(element);
      return;
    case 'script': {
      const type = element.getAttribute('type') ?? '';
      if (type === 'application/ld+json') scan.jsonLd.push(element);
      else if (type.startsWith('math/tex')) scan.formulas += 1;
      else if (/mathjax/i.test(type)) scan.typesetsTex = true;
      else if (!scan.typesetsTex) {
        const src = element.getAttribute('src');
        if (src ? /mathjax|katex/i.test(src) : /MathJax\s*=|MathJax\.Hub\.Config|renderMathInElement/.test(element.textContent ?? '')) scan.typesetsTex = true;
      }
      return;
    }
    case 'math':
    case 'mjx-container':
      scan.formulas += 1;
      return;
    case 'pre':
      scan.codeBlocks += 1;
      return;
    case 'time':
      if (!scan.firstTime && element.hasAttribute('datetime')) scan.firstTime = element;
      return;
    default: {
      // A class string test, not classList: a JS DOM builds a token list object per call.
      const classes = element.getAttribute('class');
      if (!classes) return;
      if (/(?:^|\s)katex(?:\s|$)/.test(classes)) scan.formulas += 1;
      else if (!scan.latexml && /(?:^|\s)ltx_document(?:\s|$)/.test(classes)) scan.latexml = element;
    }
  }
}

/** Past this many elements Readability's scoring takes seconds: the cheap path runs instead. */
export const MAX_ELEMENTS_FOR_READABILITY = 60_000;
/** Past this depth recursive DOM code (Readability, Turndown) may overflow the stack. */
export const MAX_DEPTH = 400;
