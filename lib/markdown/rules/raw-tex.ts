import type TurndownService from 'turndown';
import { splitDelimitedTex } from '../delimited-tex';
import type { GleanerTurndownOptions } from '../options';
import { displayMath, inlineMath } from './math';

/**
 * Raw TeX in a page's text (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`), as blogs typeset by MathJax or
 * KaTeX in the browser serve it: when the conversion says the page typesets TeX (`rawTex`),
 * formulas in text are written as is and only the text around them is escaped. Turndown's
 * documented hook for this is `escape`; no DOM is touched, so it costs a string scan per text
 * node instead of a placeholder element per formula.
 */
export function rawTexRule(service: TurndownService): void {
  const escape = service.escape.bind(service);
  service.escape = (text: string) => {
    if (!(service.options as GleanerTurndownOptions).rawTex || !/\$|\\\(|\\\[/.test(text)) return escape(text);
    return splitDelimitedTex(text)
      .map((segment) => {
        if (!('tex' in segment)) return escape(segment.text);
        return segment.mode === 'display' ? `\n\n${displayMath(segment.tex)}\n\n` : inlineMath(segment.tex);
      })
      .join('');
  };
}
