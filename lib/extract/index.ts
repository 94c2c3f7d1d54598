import { Readability } from '@mozilla/readability';
import { canonicalKey } from '../clip/canonical';
import { emptyMetadata, type PageClip } from '../clip/model';
import { createTurndown } from '../markdown/turndown';

/**
 * Clips a parsed page: metadata and content as Markdown. Never throws for a page it cannot read:
 * it returns a minimal clip (URL and title) with a warning that says why.
 */
export function clipDocument(doc: Document, url: string): PageClip {
  const title = doc.title.trim() || url;
  const base: PageClip = { ...emptyMetadata(url, title), content: '', warnings: [] };
  base.lang = doc.documentElement.getAttribute('lang');
  // Readability changes the DOM it reads: give it a copy.
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) {
    base.warnings.push('No article was found on this page; the clip keeps its address and title.');
    return base;
  }
  base.title = article.title?.trim() || title;
  base.authors = article.byline ? [article.byline.trim()] : [];
  base.siteName = article.siteName ?? null;
  base.kind = 'blog';
  base.content = createTurndown().turndown(article.content);
  base.canonicalKey = canonicalKey(base);
  return base;
}
