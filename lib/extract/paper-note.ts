import type { PageMetadata } from '../clip/model';
import { escapeHtml, mathPlaceholderHtml } from '../markdown/placeholders';
import { htmlToMarkdown } from '../markdown/turndown';
import { splitDelimitedTex } from '../markdown/delimited-tex';

/**
 * The content of a clip made from a paper's metadata alone (an arXiv abstract page, the arXiv
 * API for a PDF tab): the abstract, then the facts a reader wants at hand, as Markdown. TeX in
 * the abstract and comments stays TeX.
 */
export function paperNoteMarkdown(meta: PageMetadata): string {
  const html: string[] = [];
  if (meta.abstract) html.push('<h2>Abstract</h2>', `<p>${withTex(meta.abstract)}</p>`);
  const items: string[] = [];
  const item = (label: string, value: string | null) => {
    if (value) items.push(`<li><strong>${label}:</strong> ${value}</li>`);
  };
  const link = (href: string | null, text: string) => (href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : null);
  if (meta.arxivId) {
    const full = meta.arxivVersion ? `${meta.arxivId}v${meta.arxivVersion}` : meta.arxivId;
    item('arXiv', link(meta.absUrl, `arXiv:${full}`) ?? escapeHtml(full));
  }
  item('Authors', meta.authors.length ? escapeHtml(meta.authors.join(', ')) : null);
  item('Submitted', dates(meta));
  if (meta.categories.length) {
    const [primary, ...rest] = meta.categories;
    item('Subjects', escapeHtml([`${primary} (primary)`, ...rest].join('; ')));
  }
  item('Comments', meta.comments ? withTex(meta.comments) : null);
  item('Journal reference', meta.journalRef ? withTex(meta.journalRef) : null);
  item('DOI', meta.doi ? link(`https://doi.org/${meta.doi}`, meta.doi) : null);
  const fullText = [link(meta.pdfUrl, 'PDF'), link(meta.htmlUrl, 'HTML')].filter(Boolean).join(' · ');
  item('Full text', fullText || null);
  if (items.length) html.push('<h2>Details</h2>', `<ul>${items.join('')}</ul>`);
  return htmlToMarkdown(html.join(''), meta.url);
}

function dates(meta: PageMetadata): string | null {
  if (!meta.published) return null;
  const first = `${meta.published}${meta.arxivId ? ' (v1)' : ''}`;
  if (!meta.updated || meta.updated === meta.published) return first;
  const version = meta.arxivVersion ? ` (v${meta.arxivVersion})` : '';
  return `${first}; this version ${meta.updated}${version}`;
}

/** Text with `$…$` TeX → HTML with math placeholders, so Turndown escapes the text only. */
function withTex(text: string): string {
  return splitDelimitedTex(text)
    .map((segment) => ('tex' in segment ? mathPlaceholderHtml(segment.tex, segment.mode) : escapeHtml(segment.text)))
    .join('');
}
