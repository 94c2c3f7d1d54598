import { isDisplayMath, texOfMath } from './math/math-element';
import { mathmlToTex } from './math/mathml';
import { cleanTex } from './math/tex';

/**
 * The text of an element for a metadata field (title, abstract, comments), formulas as `$TeX$`:
 * whatever state the page's math is in (raw TeX, MathJax 2 or 3, KaTeX, MathML), the field
 * reads the way the author wrote it. Read-only; whitespace collapsed.
 */
export interface TextOptions {
  /** Elements to leave out (e.g. arXiv's "Abstract:" descriptor). */
  skip?: (element: Element) => boolean;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG']);

export function textWithTex(element: Element, options: TextOptions = {}): string {
  let out = '';
  const formula = (tex: string | null, display: boolean) => {
    if (!tex) return;
    const body = tex.replace(/\s+/g, ' ').trim();
    out += display ? ` $$${body}$$ ` : `$${body}$`;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      const type = el.getAttribute('type') ?? '';
      if (tag === 'SCRIPT' && type.startsWith('math/tex')) {
        formula(cleanTex(el.textContent ?? ''), /mode\s*=\s*display/.test(type));
        continue;
      }
      if (SKIPPED_TAGS.has(tag) || options.skip?.(el)) continue;
      const className = el.getAttribute('class') ?? '';
      if (/(^|\s)MathJax/.test(className)) continue; // MathJax 2's rendering; its script follows
      if (tag === 'MJX-CONTAINER') {
        const math = el.querySelector('math');
        formula(math ? mathmlToTex(math) : null, el.getAttribute('display') === 'true');
        continue;
      }
      if (/(^|\s)katex(\s|$)/.test(className)) {
        const math = el.querySelector('math');
        formula(math ? texOfMath(math) : null, false);
        continue;
      }
      if (tag === 'MATH') {
        formula(texOfMath(el), isDisplayMath(el));
        continue;
      }
      if (tag === 'BR') out += ' ';
      else walk(el);
    }
  };
  walk(element);
  return out.replace(/\s+/g, ' ').trim();
}
