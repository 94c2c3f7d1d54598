/**
 * Marker attributes that extraction puts on the HTML it hands to Turndown, and that the rules of
 * this folder turn into Markdown. Extraction writes them; only these rules read them.
 */

/** A formula: `<span data-gleaner-math="inline|display" data-tex="…">…</span>`. */
export const MATH_ATTRIBUTE = 'data-gleaner-math';
export const TEX_ATTRIBUTE = 'data-tex';
export type MathMode = 'inline' | 'display';

/** A footnote reference: `<sup data-gleaner-fnref="3">3</sup>` → `[^3]`. */
export const FOOTNOTE_REF_ATTRIBUTE = 'data-gleaner-fnref';
/** A footnote's text: `<div data-gleaner-fndef="3">…</div>` → `[^3]: …`. */
export const FOOTNOTE_DEF_ATTRIBUTE = 'data-gleaner-fndef';
/** A link target inside the note: `<span data-gleaner-anchor="bib.bib3">…</span>` → `<a id="bib.bib3"></a>`. */
export const ANCHOR_ATTRIBUTE = 'data-gleaner-anchor';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** A formula placeholder as HTML text; its text is the TeX too, so length heuristics see it. */
export function mathPlaceholderHtml(tex: string, mode: MathMode): string {
  return `<span ${MATH_ATTRIBUTE}="${mode}" ${TEX_ATTRIBUTE}="${escapeAttribute(tex)}">${escapeHtml(tex)}</span>`;
}
