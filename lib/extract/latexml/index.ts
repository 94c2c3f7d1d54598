import { arxivLinks, arxivRefFromUrl, parseArxivId, type ArxivRef } from '../../clip/arxiv-id';
import { canonicalKey } from '../../clip/canonical';
import { emptyMetadata, type PageClip } from '../../clip/model';
import { htmlToMarkdown } from '../../markdown/turndown';
import { pageBaseUrl } from '../../markdown/urls';
import { readPageMetadata } from '../page-metadata';
import type { PageScan } from '../page-scan';
import { latexmlAbstract, latexmlAuthors, latexmlTitle } from './metadata';
import { serializeLatexml } from './serialize';

/**
 * LaTeXML pages (arxiv.org/html, ar5iv, any latexmlc output): Readability is skipped — the
 * structure is known, and its scoring is most of the baseline's time on a multi-MB paper.
 * Detected by structure (`.ltx_document`, found by the page scan), not by address: papers are
 * served from anywhere.
 */

/**
 * arXiv serves `arxiv.org/html/<id>vN` (no slash) with a `<base href>` for its relative image
 * paths; a saved copy may have lost it, and the paper's folder is the right base.
 */
function latexmlBaseUrl(doc: Document, url: string): string {
  const base = pageBaseUrl(doc, url);
  if (base !== url) return base;
  try {
    const parsed = new URL(url);
    if (/(^|\.)arxiv\.org$/.test(parsed.hostname) && /^\/html\/[^/]+$/.test(parsed.pathname)) {
      parsed.pathname += '/';
      return parsed.href;
    }
  } catch {
    // Not a URL: resolution falls back to leaving addresses as written.
  }
  return url;
}

function arxivRefOf(doc: Document, url: string, metaRef: ArxivRef | null): ArxivRef | null {
  const fromUrl = arxivRefFromUrl(url);
  if (fromUrl) return fromUrl;
  if (metaRef) return metaRef;
  // ar5iv titles its pages "[1706.03762] Attention Is All You Need".
  const bracket = /^\s*\[([^\]]+)\]/.exec(doc.title);
  return bracket ? parseArxivId(bracket[1]!) : null;
}

export function clipLatexml(doc: Document, root: Element, url: string, scan: PageScan): PageClip {
  const baseUrl = latexmlBaseUrl(doc, url);
  const meta = readPageMetadata(doc, baseUrl, scan);
  const title = latexmlTitle(root) ?? meta.title ?? doc.title.replace(/^\s*\[[^\]]+\]\s*/, '').trim() ?? url;
  const warnings: string[] = [];
  const body = serializeLatexml(root, baseUrl);
  if (body.lost > 0) warnings.push(`${body.lost} formula(s) had no TeX source in the page and were left out.`);
  const ref = arxivRefOf(doc, url, meta.arxiv);
  const links = ref ? arxivLinks(ref) : null;
  const clip: PageClip = {
    ...emptyMetadata(url, title || url),
    kind: ref ? 'arxiv' : 'scholarly',
    authors: meta.authors.length ? meta.authors : latexmlAuthors(root),
    abstract: latexmlAbstract(root) ?? meta.abstract,
    published: meta.published,
    updated: meta.updated,
    arxivId: ref?.id ?? null,
    arxivVersion: ref?.version ?? null,
    doi: meta.doi,
    journalRef: meta.journalRef,
    pdfUrl: links?.pdfUrl ?? meta.pdfUrl,
    htmlUrl: ref ? url : null,
    absUrl: links?.absUrl ?? null,
    siteName: meta.siteName ?? (ref ? 'arXiv' : null),
    lang: meta.lang,
    // The first figure stands for the paper in lists and link previews.
    leadImage: decodeEntities(/<img src="([^"]+)"/.exec(body.html)?.[1] ?? null),
    content: htmlToMarkdown(body.html, baseUrl),
    warnings,
  };
  clip.canonicalKey = canonicalKey(clip);
  return clip;
}

function decodeEntities(text: string | null): string | null {
  return text ? text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : null;
}
