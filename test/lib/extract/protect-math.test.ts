import { describe, expect, test } from 'vitest';
import { protectMath } from '@/lib/extract/math/protect';
import { parseHtml } from './parse';

function placeholders(doc: Document): Array<[string | null, string | null]> {
  return Array.from(doc.querySelectorAll('[data-gleaner-math]'), (el) => [el.getAttribute('data-gleaner-math'), el.getAttribute('data-tex')]);
}

describe('protectMath', () => {
  test('MathJax 2: the TeX of the script stays, the rendering goes', () => {
    const doc = parseHtml('<p>a <span class="MathJax_Preview">x</span><span class="MathJax">β</span><script type="math/tex">\\beta</script> <div class="MathJax_Display">Σ</div><script type="math/tex; mode=display">\\sum_i</script></p>');
    expect(protectMath(doc)).toEqual({ kept: 2, lost: 0 });
    expect(placeholders(doc)).toEqual([['inline', '\\beta'], ['display', '\\sum_i']]);
    expect(doc.body.textContent).not.toContain('β');
  });

  test('MathJax 3: assistive MathML is converted; no MathML means a lost formula', () => {
    const doc = parseHtml('<p><mjx-container display="true"><mjx-math>glyphs</mjx-math><mjx-assistive-mml><math><mfrac><mi>a</mi><mi>b</mi></mfrac></math></mjx-assistive-mml></mjx-container><mjx-container><mjx-math>?</mjx-math></mjx-container></p>');
    expect(protectMath(doc)).toEqual({ kept: 1, lost: 1 });
    expect(placeholders(doc)).toEqual([['display', '\\frac{a}{b}']]);
  });

  test('KaTeX and LaTeXML MathML: the TeX annotation, never the glyph soup', () => {
    const doc = parseHtml('<p><span class="katex-display"><span class="katex"><span class="katex-mathml"><math><semantics><mi>β</mi><annotation encoding="application/x-tex">\\beta</annotation></semantics></math></span><span class="katex-html">β</span></span></span> <math alttext="\\alpha" display="inline"><mi>α</mi></math></p>');
    expect(protectMath(doc).kept).toBe(2);
    expect(placeholders(doc)).toEqual([['display', '\\beta'], ['inline', '\\alpha']]);
  });
});
