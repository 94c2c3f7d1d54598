import TurndownService from 'turndown';
// @ts-expect-error the plugin ships no types
import { strikethrough, taskListItems } from '@joplin/turndown-plugin-gfm';
import type { GleanerTurndownOptions } from './options';
import { anchorRule } from './rules/anchor';
import { codeBlockRule } from './rules/code-block';
import { footnoteRule } from './rules/footnote';
import { imageRule } from './rules/image';
import { linkRule } from './rules/link';
import { listItemRule } from './rules/list-item';
import { mathRule } from './rules/math';
import { rawTexRule } from './rules/raw-tex';
import { tableRule } from './rules/table';

/**
 * The Markdown converter every clip uses: ATX headings, fenced code with its language, `-`
 * bullets, GFM tables and strikethrough, math as LaTeX, absolute links and images, footnotes.
 * Rules added later win in Turndown, so ours come after the plugins they refine.
 */
export function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
  });
  service.use([strikethrough, taskListItems]);
  service.use([listItemRule, tableRule, codeBlockRule, imageRule, linkRule, footnoteRule, anchorRule, mathRule, rawTexRule]);
  service.remove(['script', 'style', 'noscript', 'template', 'button', 'select', 'input', 'textarea', 'iframe', 'object', 'embed', 'svg' as keyof HTMLElementTagNameMap]);
  return service;
}

let shared: TurndownService | null = null;

/**
 * HTML (a string, or a node Turndown will copy) → Markdown, relative URLs resolved against
 * `baseUrl`, raw `$…$` TeX in text kept as TeX when `rawTex` (the page typesets it). One service is built once and reused: building it costs more than small pages.
 */
export function htmlToMarkdown(html: string | Node, baseUrl?: string, { rawTex = false } = {}): string {
  shared ??= createTurndown();
  const options = shared.options as GleanerTurndownOptions;
  options.baseUrl = baseUrl;
  options.rawTex = rawTex;
  try {
    return tidyMarkdown(shared.turndown(html as string));
  } finally {
    options.baseUrl = undefined;
    options.rawTex = false;
  }
}

/** Turndown already joins blocks with one blank line; only the ends are trimmed. */
export function tidyMarkdown(markdown: string): string {
  return markdown.replace(/^\n+|\s+$/g, '');
}
