import { MATH_ATTRIBUTE, TEX_ATTRIBUTE, type MathMode } from '../../markdown/placeholders';

/**
 * Math travels through Readability and Turndown as a placeholder element: a `<span>` (phrasing
 * content, so Readability's paragraph logic treats it like text) carrying the TeX in `data-tex`
 * and as its text (so Readability's length heuristics still see it). The `math` Markdown rule
 * turns it into `$…$` or `$$…$$`.
 */
export function mathPlaceholder(doc: Document, tex: string, mode: MathMode): HTMLElement {
  const span = doc.createElement('span');
  span.setAttribute(MATH_ATTRIBUTE, mode);
  span.setAttribute(TEX_ATTRIBUTE, tex);
  span.textContent = tex;
  return span;
}

export type { MathMode };
