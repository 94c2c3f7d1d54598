import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
// @ts-expect-error the plugin ships no types
import { gfm } from 'turndown-plugin-gfm';
import { Defuddle } from 'defuddle/node';
import { emptyMetadata, type PageClip } from '../../../lib/clip/model';
import { clipDocument } from '../../../lib/extract';

/**
 * The three clippers compared, each given the same parsed happy-dom Document and URL, each
 * returning a PageClip-shaped result so the same quality checks apply to all.
 * - Gleaner: `clipDocument`.
 * - Baseline (MarkDownload's pipeline): Readability on a clone, then Turndown with
 *   turndown-plugin-gfm on Readability's HTML. Its metadata is what Readability reports.
 * - Defuddle (Obsidian Web Clipper's extractor) with Markdown output.
 */
export interface Pipeline {
  name: string;
  clip(doc: Document, url: string): Promise<PageClip>;
}

export const gleaner: Pipeline = {
  name: 'Gleaner',
  clip: async (doc, url) => clipDocument(doc, url),
};

let baselineTurndown: TurndownService | null = null;

export const baseline: Pipeline = {
  name: 'Readability + Turndown + turndown-plugin-gfm',
  clip: async (doc, url) => {
    baselineTurndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' }).use(gfm);
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    const content = article?.content ? baselineTurndown.turndown(article.content) : '';
    return {
      ...emptyMetadata(url, article?.title ?? doc.title),
      authors: article?.byline ? [article.byline] : [],
      siteName: article?.siteName ?? null,
      lang: article?.lang ?? null,
      published: article?.publishedTime?.slice(0, 10) ?? null,
      content,
      warnings: [],
    };
  },
};

export const defuddle: Pipeline = {
  name: 'Defuddle (markdown)',
  clip: async (doc, url) => {
    const result = await Defuddle(doc, url, { markdown: true });
    return {
      ...emptyMetadata(url, result.title ?? doc.title),
      authors: result.author ? [result.author] : [],
      siteName: result.site ?? null,
      lang: result.language ?? null,
      published: result.published?.slice(0, 10) ?? null,
      content: result.content ?? '',
      warnings: [],
    };
  },
};
