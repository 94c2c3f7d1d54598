import { arxivRefFromUrl, parseArxivId, type ArxivRef } from '../clip/arxiv-id';
import { arxivKey } from '../clip/canonical';
import { emptyMetadata, type PageClip } from '../clip/model';
import { absoluteUrl } from '../markdown/urls';
import { displayName, uniqueNames } from './authors';
import { toIsoDate } from './dates';
import { readMetaTags, type MetaTags } from './meta-tags';
import type { PageScan } from './page-scan';
import { normalizeDoi } from './page-metadata';
import { paperNoteMarkdown } from './paper-note';
import { textWithTex } from './text';

/**
 * arXiv abstract pages (arxiv.org/abs/<id>[vN], also export.arxiv.org and saved copies), read
 * from the structure arXiv's templates write (arXiv/arxiv-browse, browse/templates/abs/abs.html)
 * and the `citation_*` tags of its browse/formatting/metatags.py:
 * - `citation_title`, `citation_abstract` hold the text as submitted, TeX included; the page
 *   body holds it after `tex2utf` and MathJax, so the tags win.
 * - the version is the URL's, else the "(or arXiv:<id>vN for this version)" line, else the
 *   submission-history entry that is not a link (the one shown);
 * - dates come from the submission history (one line a version); `citation_date` is the v1 date
 *   except for some journal refs, where it is the journal's year, so it is only a fallback.
 */
export function isArxivAbsPage(doc: Document, url: string, scan: Pick<PageScan, 'metas'>): boolean {
  const ref = arxivRefFromUrl(url);
  const onAbsPath = ref !== null && /\/abs\//.test(safePath(url));
  const hasId = scan.metas.some((meta) => meta.getAttribute('name') === 'citation_arxiv_id');
  if (!onAbsPath && !hasId) return false;
  const hasMarkup = doc.querySelector('blockquote.abstract, #abs .abstract') !== null;
  return (onAbsPath && (hasMarkup || hasId)) || (hasMarkup && hasId);
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

interface VersionDates {
  dates: Map<number, string>;
  /** The version the page shows (the history entry that is not a link). */
  shown: number | null;
}

function readHistory(doc: Document): VersionDates {
  const dates = new Map<number, string>();
  let shown: number | null = null;
  const history = doc.querySelector('.submission-history');
  if (!history) return { dates, shown };
  const text = history.textContent ?? '';
  for (const match of text.matchAll(/\[v(\d+)\]\s*(?:[A-Za-z]{3},\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{4})/g)) {
    const date = toIsoDate(match[2]!);
    if (date) dates.set(Number(match[1]), date);
  }
  for (const strong of Array.from(history.querySelectorAll('strong'))) {
    const version = /^\[v(\d+)\]$/.exec(strong.textContent?.trim() ?? '');
    if (version && !strong.querySelector('a')) shown = Number(version[1]);
  }
  return { dates, shown };
}

function versionFromPage(doc: Document, meta: MetaTags): number | null {
  const thisVersion = doc.querySelector('.arxividv a, td.arxividv .arxivid')?.textContent ?? '';
  const fromLine = parseArxivId(thisVersion.trim());
  if (fromLine?.version) return fromLine.version;
  const ogUrl = meta.first('og:url');
  const fromOg = ogUrl ? arxivRefFromUrl(ogUrl) : null;
  return fromOg?.version ?? null;
}

function metadataRows(doc: Document): Map<string, Element> {
  const rows = new Map<string, Element>();
  for (const row of Array.from(doc.querySelectorAll('.metatable tr'))) {
    const label = row.querySelector('td.label, .tablecell.label');
    const value = label?.nextElementSibling;
    const key = label?.textContent?.replace(/\s+/g, ' ').replace(/:\s*$/, '').trim().toLowerCase();
    if (key && value) rows.set(key, value);
  }
  return rows;
}

/** `Computation and Language (cs.CL); Machine Learning (cs.LG)` → `['cs.CL', 'cs.LG']`. */
export function categoriesFromSubjects(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(';')) {
    const match = /\(([a-z][a-z-]*(?:\.[A-Za-z-]+)?)\)\s*$/.exec(part.trim());
    if (match && !out.includes(match[1]!)) out.push(match[1]!);
  }
  return out;
}

function authorsFrom(doc: Document, meta: MetaTags): string[] {
  const links = Array.from(doc.querySelectorAll('.authors a')).filter((a) => a.id !== 'toggle' && !/^javascript:/i.test(a.getAttribute('href') ?? ''));
  const fromPage = uniqueNames(links.map((a) => a.textContent ?? ''));
  if (fromPage.length) return fromPage;
  return uniqueNames(meta.all('citation_author').map(displayName));
}

const skipDescriptor = (element: Element) => element.classList.contains('descriptor');

export function clipArxivAbs(doc: Document, url: string): PageClip {
  const meta = readMetaTags(doc);
  const fromUrl = arxivRefFromUrl(url);
  const fromMeta = parseArxivId(meta.first('citation_arxiv_id') ?? '');
  const id = fromUrl?.id ?? fromMeta?.id ?? null;
  const warnings: string[] = [];
  const titleElement = doc.querySelector('h1.title');
  const title =
    meta.first('citation_title') ??
    (titleElement ? textWithTex(titleElement, { skip: skipDescriptor }) : null) ??
    meta.first('og:title') ??
    doc.title.replace(/^\[[^\]]+\]\s*/, '');
  const base = { ...emptyMetadata(url, title), content: '', warnings };
  if (!id) {
    warnings.push('This arXiv page names no paper id Gleaner can read; the clip keeps its address and title.');
    return base;
  }
  const history = readHistory(doc);
  const version = fromUrl?.version ?? versionFromPage(doc, meta) ?? history.shown;
  if (version === null) warnings.push('The page does not say which version of the paper it shows; the clip has no version number.');
  const rows = metadataRows(doc);
  const rowText = (key: string) => {
    const cell = rows.get(key);
    const text = cell ? textWithTex(cell, { skip: (el) => el.classList.contains('button-and-tooltip') }) : '';
    return text || null;
  };
  const subjects = doc.querySelector('.tablecell.subjects, td.subjects');
  const categories = subjects ? categoriesFromSubjects(subjects.textContent ?? '') : [];
  const primary = categoriesFromSubjects(doc.querySelector('.primary-subject')?.textContent ?? '')[0] ?? categories[0] ?? null;
  if (primary && categories[0] !== primary) categories.splice(0, 0, ...categories.splice(categories.indexOf(primary), 1));
  if (primary && !categories.includes(primary)) categories.unshift(primary);
  const abstractElement = doc.querySelector('blockquote.abstract');
  const abstract =
    meta.first('citation_abstract') ?? (abstractElement ? textWithTex(abstractElement, { skip: skipDescriptor }) || null : null);
  const published = history.dates.get(1) ?? toIsoDate(meta.first('citation_date')) ?? datelineSubmitted(doc);
  const updated = (version !== null ? history.dates.get(version) : undefined) ?? toIsoDate(meta.first('citation_online_date')) ?? (version === 1 ? published : null);
  const ref: ArxivRef = { id, version };
  const full = version === null ? id : `${id}v${version}`;
  const htmlLink = doc.querySelector('#latexml-download-link') ?? Array.from(doc.querySelectorAll('a.mobile-submission-download')).find((a) => /html/i.test(a.textContent ?? ''));
  const doiCell = rows.get('related doi') ?? doc.querySelector('td.doi');
  const clip: PageClip = {
    ...base,
    canonicalKey: arxivKey(ref.id),
    kind: 'arxiv',
    authors: authorsFrom(doc, meta),
    abstract: abstract ? abstract.replace(/\s+/g, ' ').trim() : null,
    published,
    updated,
    arxivId: id,
    arxivVersion: version,
    primaryCategory: primary,
    categories,
    comments: rowText('comments'),
    journalRef: rowText('journal reference'),
    doi: normalizeDoi(meta.first('citation_doi') ?? doiCell?.querySelector('[data-doi]')?.getAttribute('data-doi') ?? doiCell?.textContent ?? null),
    pdfUrl: `https://arxiv.org/pdf/${full}`,
    htmlUrl: absoluteUrl(htmlLink?.getAttribute('href'), url),
    absUrl: `https://arxiv.org/abs/${full}`,
    siteName: 'arXiv',
    lang: doc.documentElement.getAttribute('lang') || 'en',
    leadImage: null,
  };
  if (!clip.abstract) warnings.push('The page shows no abstract; the clip keeps the other details.');
  clip.content = paperNoteMarkdown(clip);
  return clip;
}

/** `[Submitted on 21 Apr 2020]` → `2020-04-21`. */
function datelineSubmitted(doc: Document): string | null {
  const text = doc.querySelector('.dateline')?.textContent ?? '';
  const match = /Submitted on\s+(\d{1,2}\s+[A-Za-z]{3}\s+\d{4})/.exec(text);
  return match ? toIsoDate(match[1]!) : null;
}
