import { arxivRefFromUrl, formatArxivId, parseArxivId, type ArxivRef } from '../clip/arxiv-id';
import { arxivKey } from '../clip/canonical';
import { emptyMetadata, type PageClip } from '../clip/model';
import { toIsoDate } from './dates';
import { normalizeDoi } from './page-metadata';
import { paperNoteMarkdown } from './paper-note';

/**
 * arXiv's export API (Atom), for PDF tabs: the browser's PDF viewer shows no metadata, so the
 * popup asks arXiv. The response is parsed by the caller's XML parser (DOMParser in the popup),
 * keeping this module free of any DOM global.
 * Atom fields: `<published>` is v1's date, `<updated>` this version's, `<id>` the versioned abs
 * URL; `arxiv:` elements hold comment, journal_ref, doi and the primary category.
 */
const ARXIV_NS = 'http://arxiv.org/schemas/atom';

/**
 * Descendants by local name; `arxiv` asks for arXiv's own namespace (`arxiv:doi`), else Atom's.
 * Walked by hand rather than with getElementsByTagNameNS, which some DOMs (happy-dom) get wrong
 * for XML documents.
 */
function named(root: Document | Element, localName: string, arxiv = false): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((el) => {
    const [prefix, local] = el.tagName.includes(':') ? el.tagName.split(':') : [null, el.tagName];
    if ((el.localName || local) !== localName && local !== localName) return false;
    const inArxiv = el.namespaceURI === ARXIV_NS || prefix === 'arxiv';
    return arxiv === inArxiv;
  });
}

/** The API query for one paper (a given version, or the latest). */
export function arxivApiUrl(ref: ArxivRef): string {
  return `https://export.arxiv.org/api/query?id_list=${encodeURIComponent(formatArxivId(ref))}&max_results=1`;
}

/**
 * The clip of a paper from an API response; `url` is the address clipped (the PDF tab). Null
 * when the response holds no such paper (arXiv answers an unknown id with an "Error" entry).
 */
export function clipFromArxivAtom(xml: string, url: string, parseXml: (xml: string) => Document): PageClip | null {
  let doc: Document;
  try {
    // The declaration says nothing a JS string needs, and some parsers (happy-dom) reject the
    // single-quoted form arXiv's newer API writes.
    doc = parseXml(xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''));
  } catch {
    return null;
  }
  const entries = named(doc, 'entry');
  const wanted = arxivRefFromUrl(url);
  const entry = entries.find((e) => refOf(e)?.id === wanted?.id) ?? (wanted ? null : entries[0]) ?? null;
  if (!entry) return null;
  const ref = refOf(entry);
  if (!ref) return null;
  const text = (name: string, prefixed = false) => clean(named(entry, name, prefixed)[0]?.textContent);
  const primary = named(entry, 'primary_category', true)[0]?.getAttribute('term') ?? null;
  const categories = named(entry, 'category')
    .map((c) => c.getAttribute('term') ?? '')
    .filter(Boolean);
  const ordered = primary ? [primary, ...categories.filter((c) => c !== primary)] : categories;
  const links = named(entry, 'link');
  const pdf = links.find((l) => l.getAttribute('title') === 'pdf' || l.getAttribute('type') === 'application/pdf')?.getAttribute('href');
  const full = formatArxivId(ref);
  const clip: PageClip = {
    ...emptyMetadata(url, text('title') ?? full),
    canonicalKey: arxivKey(ref.id),
    kind: 'arxiv',
    authors: named(entry, 'author')
      .map((a) => clean(named(a, 'name')[0]?.textContent))
      .filter((name): name is string => Boolean(name)),
    abstract: text('summary'),
    published: toIsoDate(text('published')),
    updated: toIsoDate(text('updated')),
    arxivId: ref.id,
    arxivVersion: ref.version,
    primaryCategory: primary ?? ordered[0] ?? null,
    categories: ordered,
    comments: text('comment', true),
    journalRef: text('journal_ref', true),
    doi: normalizeDoi(text('doi', true)),
    pdfUrl: https(pdf) ?? `https://arxiv.org/pdf/${full}`,
    htmlUrl: null,
    absUrl: `https://arxiv.org/abs/${full}`,
    siteName: 'arXiv',
    lang: 'en',
    content: '',
    warnings: [],
  };
  clip.content = paperNoteMarkdown(clip);
  return clip;
}

function refOf(entry: Element): ArxivRef | null {
  const id = clean(named(entry, 'id')[0]?.textContent);
  const match = id ? /\/abs\/(.+)$/.exec(id) : null;
  return match ? parseArxivId(match[1]!) : null;
}

function clean(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

function https(url: string | null | undefined): string | null {
  return url ? url.replace(/^http:\/\//, 'https://') : null;
}
