import type TurndownService from 'turndown';
import { MATH_ATTRIBUTE, TEX_ATTRIBUTE } from '../placeholders';

/**
 * Math placeholders → `$…$` inline, `$$…$$` display: the TeX is written as is, never escaped
 * (an escaped `\_` or `\\` would break the formula in every Markdown math renderer).
 */
export function inlineMath(tex: string): string {
  // Renderers reject `$ x $` and a formula broken over lines.
  const body = tex.replace(/\s*\n\s*/g, ' ').trim();
  return body ? `$${body}$` : '';
}

export function displayMath(tex: string): string {
  const body = tex.trim();
  return body ? `$$\n${body}\n$$` : '';
}

export function mathRule(service: TurndownService): void {
  service.addRule('gleanerMath', {
    filter: (node) => node.nodeName === 'SPAN' && node.hasAttribute(MATH_ATTRIBUTE),
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const tex = element.getAttribute(TEX_ATTRIBUTE) ?? element.textContent ?? '';
      if (element.getAttribute(MATH_ATTRIBUTE) === 'display') {
        const block = displayMath(tex);
        return block ? `\n\n${block}\n\n` : '';
      }
      return inlineMath(tex);
    },
  });
}
