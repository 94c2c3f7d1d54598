import type TurndownService from 'turndown';
import { FOOTNOTE_DEF_ATTRIBUTE, FOOTNOTE_REF_ATTRIBUTE } from '../placeholders';

/**
 * Footnotes as GFM footnotes: a marked reference → `[^3]`, a marked definition → `[^3]: text`
 * (later lines indented so they stay inside the footnote).
 */
function label(value: string | null): string {
  return (value ?? '').replace(/[^\w.-]/g, '') || 'note';
}

export function footnoteRule(service: TurndownService): void {
  service.addRule('gleanerFootnoteRef', {
    filter: (node) => node.hasAttribute(FOOTNOTE_REF_ATTRIBUTE),
    replacement: (_content, node) => `[^${label((node as HTMLElement).getAttribute(FOOTNOTE_REF_ATTRIBUTE))}]`,
  });
  service.addRule('gleanerFootnoteDef', {
    filter: (node) => node.hasAttribute(FOOTNOTE_DEF_ATTRIBUTE),
    replacement: (content, node) => {
      const text = content.trim().replace(/\n/g, '\n    ');
      return `\n\n[^${label((node as HTMLElement).getAttribute(FOOTNOTE_DEF_ATTRIBUTE))}]: ${text}\n\n`;
    },
  });
}
