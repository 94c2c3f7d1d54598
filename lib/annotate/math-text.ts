/**
 * What text a formula stands for. A LaTeXML `<math>` element's textContent is MathML soup: the
 * presentation glyphs, then Content MathML (`<annotation-xml>`: `apply`, `ci`, `cn` text nobody
 * sees) and the TeX source (`<annotation>`). Anchoring treats each formula as one unbreakable
 * unit whose text is its TeX, `$…$` (or `$$…$$` displayed): the stored quote then reads like the
 * clip's Markdown, a selection that ends inside a formula takes the whole formula, and a page
 * that re-renders its math (another LaTeXML version, MathJax, KaTeX) keeps the same text as long
 * as the TeX is the same.
 */

const TEX_ENCODING = /^application\/(x-)?tex$/i;
const MATHJAX2_FRAME = /^MathJax-Element-\d+-Frame$/;

function texAnnotation(element: Element): string | null {
  for (const annotation of element.getElementsByTagName('annotation')) {
    if (TEX_ENCODING.test(annotation.getAttribute('encoding') ?? '')) return annotation.textContent ?? '';
  }
  return null;
}

/** The glyphs a reader sees in a MathML tree: its text without the annotations. */
function presentationText(node: Node): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1) {
      const name = (child as Element).localName.toLowerCase();
      if (name !== 'annotation' && name !== 'annotation-xml') text += presentationText(child);
    }
  }
  return text;
}

function wrapTex(tex: string, display: boolean): string {
  const trimmed = tex.trim();
  if (trimmed === '') return '';
  return display ? `$$${trimmed}$$` : `$${trimmed}$`;
}

function mathElementText(math: Element): string {
  const display = math.getAttribute('display') === 'block';
  const tex = math.getAttribute('alttext') ?? texAnnotation(math);
  return tex !== null ? wrapTex(tex, display) : presentationText(math);
}

/**
 * The text a formula element stands for, or null when `element` is not a formula. Recognized:
 * MathML `<math>` (LaTeXML, Wikipedia), KaTeX (`.katex`), MathJax 3 (`mjx-container`) and MathJax
 * 2 (`.MathJax` frames, whose TeX sits in a `<script type="math/tex">` next to them).
 */
export function formulaText(element: Element): string | null {
  // Called for every element of the page when its text is read: the cheap tests come first.
  const name = element.localName;
  if (name === 'math') return mathElementText(element);
  if (name === 'mjx-container') {
    const math = element.getElementsByTagName('math')[0];
    return math ? mathElementText(math) : '';
  }
  if (name !== 'span') return null;
  const { className, id } = element;
  if (typeof className === 'string' && className.includes('katex') && element.classList.contains('katex')) {
    const tex = texAnnotation(element);
    const display = element.parentElement?.classList.contains('katex-display') === true;
    return tex !== null ? wrapTex(tex, display) : null;
  }
  if (id.startsWith('MathJax-Element-') && MATHJAX2_FRAME.test(id)) {
    const script = element.ownerDocument.getElementById(id.slice(0, -'-Frame'.length));
    const type = script?.getAttribute('type') ?? '';
    if (script && type.startsWith('math/tex')) return wrapTex(script.textContent ?? '', type.includes('mode=display'));
  }
  return null;
}
