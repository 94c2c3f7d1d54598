import type TurndownService from 'turndown';
import { baseUrlOf, markdownTitle, markdownUrl } from '../options';
import { absoluteUrl } from '../urls';

/**
 * `<a href>` → `[text](absolute-url)`. In-page links (`#bib.bib3`) stay fragments so citations
 * still reach their entries in the note; `javascript:` links keep only their text; links with
 * nothing to show are dropped.
 */
export function linkRule(service: TurndownService): void {
  service.addRule('gleanerLink', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node, options) => {
      const href = (node as HTMLElement).getAttribute('href')!.trim();
      if (!content.trim()) return '';
      if (!href || /^(?:javascript|vbscript|data):/i.test(href)) return content;
      const base = baseUrlOf(options);
      const target = href.startsWith('#') || !base ? href : absoluteUrl(href, base);
      if (!target) return content;
      return `[${content}](${markdownUrl(target)}${markdownTitle((node as HTMLElement).getAttribute('title'))})`;
    },
  });
}
