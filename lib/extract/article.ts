import { Readability } from '@mozilla/readability';
import { canonicalKey } from '../clip/canonical';
import { emptyMetadata, type PageClip } from '../clip/model';
import { codeLanguage } from '../markdown/rules/code-block';
import { htmlToMarkdown } from '../markdown/turndown';
import { pageBaseUrl } from '../markdown/urls';
import { cleanByline } from './authors';
import { toIsoDate } from './dates';
import { protectMath } from './math/protect';
import { readPageMetadata, type PageMetadataFields } from './page-metadata';
import type { PageScan } from './page-scan';
import { paperNoteMarkdown } from './paper-note';

/**
 * Articles, blog posts and scholarly landing pages: Readability finds the content (on a copy:
 * it rewrites the DOM it reads), Turndown writes it. Formulas are swapped for placeholders on
 * the copy first, because Readability drops `<script>` and keeps MathML only as text. Metadata
 * comes from the page's tags first and from Readability's guesses after.
 */
export function clipArticle(doc: Document, url: string, scan: PageScan): PageClip {
  const baseUrl = pageBaseUrl(doc, url);
  const meta = readPageMetadata(doc, baseUrl, scan);
  const copy = doc.cloneNode(true) as Document;
  pinBaseUrl(copy, baseUrl);
  // Most pages have no math or code: their copies are not searched for any.
  const math = scan.formulas > 0 ? protectMath(copy) : { kept: 0, lost: 0 };
  if (scan.codeBlocks > 0) keepCodeLanguages(copy);
  const article = new Readability(copy).parse();
  const clip = fromMetadata(doc, url, meta);
  if (math.lost > 0) clip.warnings.push(`${math.lost} formula(s) had no TeX or MathML in the page and were left out.`);
  if (!article?.content) {
    if (meta.scholarly) clip.content = paperNoteMarkdown(clip);
    clip.warnings.push('No article was found on this page; the clip keeps its address, title and details.');
    return clip;
  }
  clip.content = htmlToMarkdown(article.content, baseUrl, { rawTex: scan.typesetsTex });
  if (!meta.title && article.title) clip.title = withoutSiteName(article.title.trim(), meta.siteName ?? article.siteName ?? null);
  if (clip.authors.length === 0 && article.byline) {
    const byline = cleanByline(article.byline);
    if (byline && byline.length <= 100) clip.authors = [byline];
  }
  clip.published ??= toIsoDate(article.publishedTime) ?? toIsoDate(scan.firstTime?.getAttribute('datetime'));
  clip.siteName ??= article.siteName?.trim() || null;
  clip.lang ??= article.lang?.trim() || null;
  clip.leadImage ??= firstImage(clip.content);
  if (clip.kind === 'other') clip.kind = 'blog';
  if (!hasText(clip.content)) clip.warnings.push('This page has almost no text (only images or media); the clip keeps what there is.');
  return clip;
}

/** The clip of a page from its metadata alone, before any content is found. */
export function fromMetadata(doc: Document, url: string, meta: PageMetadataFields): PageClip {
  const clip: PageClip = {
    ...emptyMetadata(url, meta.title ?? (doc.title.trim() || url)),
    kind: meta.arxiv ? 'arxiv' : meta.scholarly ? 'scholarly' : 'other',
    authors: meta.authors,
    abstract: meta.abstract,
    published: meta.published,
    updated: meta.updated,
    arxivId: meta.arxiv?.id ?? null,
    arxivVersion: meta.arxiv?.version ?? null,
    doi: meta.doi,
    journalRef: meta.journalRef,
    pdfUrl: meta.pdfUrl,
    siteName: meta.siteName,
    lang: meta.lang,
    leadImage: meta.leadImage,
    content: '',
    warnings: [],
  };
  clip.canonicalKey = canonicalKey(clip);
  return clip;
}

/** Readability strips classes, where highlighters name a code block's language: keep it aside. */
function keepCodeLanguages(copy: Document): void {
  for (const pre of Array.from(copy.getElementsByTagName('pre'))) {
    const language = codeLanguage(pre);
    if (language) pre.setAttribute('data-lang', language);
  }
}

/** Readability resolves links against the document's baseURI, which is the popup's. */
function pinBaseUrl(copy: Document, baseUrl: string): void {
  const existing = copy.head?.querySelector('base') ?? null;
  if (existing) existing.setAttribute('href', baseUrl);
  else if (copy.head) {
    const base = copy.createElement('base');
    base.setAttribute('href', baseUrl);
    copy.head.insertBefore(base, copy.head.firstChild);
  }
}

/** `Post title | Site` → `Post title`, when the page names its site (browser tab titles do this). */
export function withoutSiteName(title: string, siteName: string | null): string {
  const site = siteName?.trim();
  if (!site || title === site) return title;
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^(.+?)\\s*(?:[|\\-–—_·:»]+)\\s*${escaped}\\s*$`).exec(title);
  return match ? match[1]!.trim() : title;
}

function firstImage(markdown: string): string | null {
  return /!\[[^\]]*\]\((https?:\/\/[^)\s]+)/.exec(markdown)?.[1] ?? null;
}

function hasText(markdown: string): boolean {
  const text = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/[#>*_`|\-\s[\]()]/g, '');
  return text.length >= 40;
}
