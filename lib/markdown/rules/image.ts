import type TurndownService from 'turndown';
import { baseUrlOf, markdownTitle, markdownUrl } from '../options';
import { absoluteUrl, imageSource } from '../urls';

/**
 * `<img>` → `![alt](absolute-url)`. Lazy-loaded images (`data-src` and friends behind a spacer
 * `src`) show their real address; images with no usable address are dropped.
 */
export function imageRule(service: TurndownService): void {
  service.addRule('gleanerImage', {
    filter: 'img',
    replacement: (_content, node, options) => {
      const img = node as HTMLElement;
      const source = imageSource(img);
      if (!source || source.startsWith('data:')) return '';
      const base = baseUrlOf(options);
      const url = base ? absoluteUrl(source, base) : source;
      if (!url) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim().replace(/([[\]\\])/g, '\\$1');
      return `![${alt}](${markdownUrl(url)}${markdownTitle(img.getAttribute('title'))})`;
    },
  });
}
