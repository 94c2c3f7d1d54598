import { MathMLToLaTeX } from 'mathml-to-latex';

/**
 * Presentation MathML → TeX, for pages that keep no TeX of their own (MathJax 3's assistive
 * MathML, MathML written by hand). A library does the conversion; its output is good for common
 * notation and approximate for exotic layouts, which is still far better than the glyph soup.
 */
export function mathmlToTex(math: Element): string | null {
  // The converter parses XML: HTML-only entities and the missing namespace would stop it.
  const markup = math.outerHTML.replace(/&nbsp;/g, '&#160;');
  const xml = markup.includes('xmlns=') ? markup : markup.replace(/^<math\b/i, '<math xmlns="http://www.w3.org/1998/Math/MathML"');
  try {
    const tex = MathMLToLaTeX.convert(xml).trim();
    return tex || null;
  } catch {
    return null;
  }
}
