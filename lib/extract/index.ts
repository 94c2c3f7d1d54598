import { arxivLinks, arxivRefFromUrl } from '../clip/arxiv-id';
import { canonicalKeyFromUrl } from '../clip/canonical';
import { emptyMetadata, type PageClip } from '../clip/model';
import { htmlToMarkdown } from '../markdown/turndown';
import { pageBaseUrl } from '../markdown/urls';
import { clipArticle, fromMetadata } from './article';
import { clipArxivAbs, isArxivAbsPage } from './arxiv-abs';
import { basicHtml, mainRegion } from './basic-html';
import { clipLatexml } from './latexml';
import { MAX_DEPTH, MAX_ELEMENTS_FOR_READABILITY, scanPage, type PageScan } from './page-scan';
import { readPageMetadata } from './page-metadata';

export { arxivApiUrl, clipFromArxivAtom } from './arxiv-api';

/**
 * Clips a parsed page: metadata and content as Markdown. Synchronous, never throws, never
 * changes `doc`: a page it cannot read gives a minimal clip (address and title) with a warning
 * that says why. Relative addresses are resolved against `url` (or the page's `<base href>`),
 * not the document's baseURI, which is the popup's.
 *
 * Which reader runs: arXiv abstract pages → their own reader; LaTeXML papers (arXiv HTML,
 * ar5iv) → a structural converter without Readability; pages too big or too deep for
 * Readability → a cheap main-region converter; everything else → Readability + Turndown.
 */
export function clipDocument(doc: Document, url: string): PageClip {
  try {
    return clipOrThrow(doc, url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return minimalClip(doc, url, `Gleaner could not read this page (${reason}); the clip keeps its address and title.`);
  }
}

function clipOrThrow(doc: Document, url: string): PageClip {
  if (!doc.documentElement) return minimalClip(doc, url, 'The page is empty; the clip keeps its address.');
  const pdf = arxivPdfClip(doc, url);
  if (pdf) return pdf;
  const stats = scanPage(doc);
  if (isArxivAbsPage(doc, url, stats)) return clipArxivAbs(doc, url);
  const latexml = stats.latexml;
  if (latexml && stats.maxDepth <= MAX_DEPTH) return clipLatexml(doc, latexml, url, stats);
  if (stats.elements > MAX_ELEMENTS_FOR_READABILITY || stats.maxDepth > MAX_DEPTH) {
    const why =
      stats.maxDepth > MAX_DEPTH
        ? `This page is nested ${stats.maxDepth} levels deep`
        : `This page is very large (${stats.elements.toLocaleString('en')} elements)`;
    return cheapClip(doc, url, stats, `${why}; Gleaner kept the text of its main part without cleaning it up.`);
  }
  return clipArticle(doc, url, stats);
}

/** Large or deeply nested pages: the main region as plain Markdown, with the page's metadata. */
function cheapClip(doc: Document, url: string, scan: PageScan, warning: string): PageClip {
  const baseUrl = pageBaseUrl(doc, url);
  const clip = fromMetadata(doc, url, readPageMetadata(doc, baseUrl, scan));
  const region = mainRegion(doc);
  const body = region ? basicHtml(region, { baseUrl, maxChars: 4_000_000, flattenBelow: 60 }) : null;
  clip.content = body ? htmlToMarkdown(body.html, baseUrl) : '';
  if (clip.kind === 'other' && clip.content) clip.kind = 'blog';
  clip.warnings.push(warning);
  if (body?.truncated) clip.warnings.push('The page was cut short at about 4 MB of text.');
  return clip;
}

/**
 * An arXiv PDF tab: the browser's PDF viewer has no paper in its DOM. The clip names the paper
 * (id, version, links, canonical key) so it lands on the same clip as the abstract page; the
 * popup fills in the rest from `arxivApiUrl` + `clipFromArxivAtom`.
 */
function arxivPdfClip(doc: Document, url: string): PageClip | null {
  const ref = arxivRefFromUrl(url);
  if (!ref || !/\/pdf\//.test(url)) return null;
  const embedsPdf = doc.querySelector('embed[type="application/pdf"], object[type="application/pdf"]') !== null;
  if (!embedsPdf && doc.body && (doc.body.textContent ?? '').trim().length > 200) return null;
  const clip = minimalClip(doc, url, 'This is a PDF: Gleaner reads the paper\u2019s details from arXiv instead of the page.');
  const links = arxivLinks(ref);
  return { ...clip, kind: 'arxiv', arxivId: ref.id, arxivVersion: ref.version, ...links, siteName: 'arXiv' };
}

function minimalClip(doc: Document, url: string, warning: string): PageClip {
  let title = '';
  try {
    title = doc.title?.trim() ?? '';
  } catch {
    // A document too broken to have a title still has an address.
  }
  return { ...emptyMetadata(url, title || url), canonicalKey: canonicalKeyFromUrl(url), content: '', warnings: [warning] };
}
