import { cleanTex } from './tex';
import { mathmlToTex } from './mathml';

/**
 * The TeX of a `<math>` element, best source first: the TeX annotation (LaTeXML with --mathtex,
 * KaTeX, Wikipedia), the `alttext` attribute (LaTeXML, Wikipedia), then a conversion of its
 * presentation MathML. Never its text content: that is the glyph soup (`β𝛽\beta`).
 */
export function texOfMath(math: Element): string | null {
  const annotation = findTexAnnotation(math);
  if (annotation) return annotation;
  const alt = math.getAttribute('alttext');
  if (alt && alt.trim()) return cleanTex(alt);
  return mathmlToTex(math);
}

function findTexAnnotation(math: Element): string | null {
  for (const annotation of Array.from(math.getElementsByTagName('annotation'))) {
    const encoding = annotation.getAttribute('encoding')?.toLowerCase() ?? '';
    if (encoding === 'application/x-tex' || encoding === 'tex' || encoding === 'latex' || encoding === 'application/x-latex') {
      const tex = cleanTex(annotation.textContent ?? '');
      if (tex) return tex;
    }
  }
  return null;
}

/** Whether a `<math>` element is a display formula by its own markup. */
export function isDisplayMath(math: Element): boolean {
  const display = math.getAttribute('display')?.toLowerCase();
  if (display === 'block') return true;
  if (display === 'inline') return false;
  return math.getAttribute('mode')?.toLowerCase() === 'display';
}
