import type TurndownService from 'turndown';
import { baseUrlOf, markdownTitle, markdownUrl } from '../options';
import { absoluteUrl } from '../urls';

/**
 * `<a href>` → `[text](absolute-url)`. In-page links (`#bib.bib3`) stay fragments so citations
 * still reach their entries in the note; `javascript:` links keep only their text; links with
 * nothing to show are dropped. Redirect wrappers are unwrapped to their target, and the keyword
 * links Chinese platforms inject into articles (CSDN's site search, Zhihu's "Entity" search) are
 * not the author's links: they keep their text only.
 */
const REDIRECT = /^https?:\/\/(?:link\.zhihu\.com|link\.csdn\.net|link\.juejin\.cn)\/?\?(?:.*&)?target=([^&]+)/i;
const INJECTED_SEARCH = [
  /^https?:\/\/so\.csdn\.net\/so\/search/i,
  /^https?:\/\/(?:www\.)?zhihu\.com\/search\?.*search_source=Entity/i,
];

/** The link a reader should follow, or null when the link is platform noise. */
export function linkTarget(url: string): string | null {
  const redirect = REDIRECT.exec(url);
  if (redirect) {
    try {
      return decodeURIComponent(redirect[1]!);
    } catch {
      return url;
    }
  }
  return INJECTED_SEARCH.some((pattern) => pattern.test(url)) ? null : url;
}

export function linkRule(service: TurndownService): void {
  service.addRule('gleanerLink', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, node, options) => {
      const href = (node as HTMLElement).getAttribute('href')!.trim();
      if (!content.trim()) return '';
      if (!href || /^(?:javascript|vbscript|data):/i.test(href)) return content;
      if (href.startsWith('#')) return `[${content}](${markdownUrl(href)})`;
      const base = baseUrlOf(options);
      const absolute = base ? absoluteUrl(href, base) : href;
      const target = absolute ? linkTarget(absolute) : null;
      if (!target) return content;
      return `[${content}](${markdownUrl(target)}${markdownTitle((node as HTMLElement).getAttribute('title'))})`;
    },
  });
}
