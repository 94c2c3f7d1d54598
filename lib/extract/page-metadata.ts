import { parseArxivId, type ArxivRef } from '../clip/arxiv-id';
import { absoluteUrl } from '../markdown/urls';
import { displayName, uniqueNames } from './authors';
import { toIsoDate } from './dates';
import { readLinkedData } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';
import type { PageScan } from './page-scan';

/**
 * What a page says about itself in its `<head>`: Highwire `citation_*` tags (Google Scholar's,
 * used by arXiv, ACL Anthology, OpenReview, bioRxiv, most publishers), Dublin Core, Open Graph
 * and `article:*` tags, and schema.org JSON-LD. Scholarly tags win over social ones: they are
 * written for citation, the others for link previews.
 */
export interface PageMetadataFields {
  title: string | null;
  authors: string[];
  abstract: string | null;
  published: string | null;
  updated: string | null;
  doi: string | null;
  pdfUrl: string | null;
  siteName: string | null;
  journalRef: string | null;
  lang: string | null;
  leadImage: string | null;
  arxiv: ArxivRef | null;
  /** The page describes a paper (citation tags, a DOI in Dublin Core, a ScholarlyArticle). */
  scholarly: boolean;
}

const PUBLISHED_KEYS = [
  'citation_date', 'citation_publication_date', 'citation_online_date', 'dc.date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.date', 'dcterms.created', 'prism.publicationdate', 'article:published_time', 'og:article:published_time',
  'datepublished', 'pubdate', 'publishdate', 'publish_date', 'date', 'sailthru.date', 'parsely-pub-date',
];
const UPDATED_KEYS = ['article:modified_time', 'og:article:modified_time', 'dcterms.modified', 'datemodified', 'og:updated_time'];

export function readPageMetadata(doc: Document, baseUrl: string, scan: Pick<PageScan, 'metas' | 'jsonLd'>): PageMetadataFields {
  const meta = readMetaTags(scan.metas);
  const ld = readLinkedData(scan.jsonLd);
  const citationTitle = meta.first('citation_title', 'dc.title', 'dcterms.title', 'prism.title');
  const doi = normalizeDoi(
    meta.first('citation_doi', 'prism.doi', 'bepress_citation_doi', 'dc.identifier.doi') ??
      meta.all('dc.identifier').find((id) => /\b10\.\d{4,9}\//.test(id)) ??
      ld?.doi ??
      null,
  );
  const published = firstDate(meta, PUBLISHED_KEYS) ?? toIsoDate(ld?.datePublished);
  const arxivDoi = doi ? /^10\.48550\/arxiv\.(.+)$/i.exec(doi) : null;
  return {
    title: citationTitle ?? meta.first('og:title', 'twitter:title') ?? ld?.headline ?? null,
    authors: authorsOf(meta, ld?.authors ?? []),
    abstract: stripTags(meta.first('citation_abstract', 'dcterms.abstract', 'dc.description.abstract') ?? (citationTitle ? meta.first('dc.description') : null) ?? (ld?.type === 'ScholarlyArticle' ? ld.description : null)),
    published,
    updated: firstDate(meta, UPDATED_KEYS) ?? toIsoDate(ld?.dateModified),
    doi,
    pdfUrl: absoluteUrl(meta.first('citation_pdf_url', 'bepress_citation_pdf_url', 'eprints.document_url'), baseUrl),
    siteName: meta.first('og:site_name', 'application-name') ?? ld?.publisher ?? meta.first('dc.publisher', 'citation_publisher'),
    journalRef: journalRefOf(meta),
    lang: languageOf(doc, meta, ld?.inLanguage ?? null),
    leadImage: absoluteUrl(meta.first('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? ld?.image, baseUrl),
    arxiv: parseArxivId(meta.first('citation_arxiv_id') ?? '') ?? (arxivDoi ? parseArxivId(arxivDoi[1]!) : null),
    scholarly: Boolean(citationTitle) || Boolean(doi) || ld?.type === 'ScholarlyArticle',
  };
}

function firstDate(meta: MetaTags, keys: string[]): string | null {
  for (const key of keys) {
    for (const value of meta.all(key)) {
      const date = toIsoDate(value);
      if (date) return date;
    }
  }
  return null;
}

function authorsOf(meta: MetaTags, linkedData: string[]): string[] {
  const citation = meta.all('citation_author');
  if (citation.length) return uniqueNames(citation.map(displayName));
  const dublinCore = [...meta.all('dc.creator'), ...meta.all('dcterms.creator')];
  if (dublinCore.length) return uniqueNames(dublinCore.map(displayName));
  if (linkedData.length) return uniqueNames(linkedData.filter((name) => !/^https?:\/\//.test(name)));
  // `author` tags of blogs; article:author is often a profile URL, which names nobody.
  const named = [...meta.all('author'), ...meta.all('article:author'), ...meta.all('og:article:author'), ...meta.all('twitter:creator')];
  return uniqueNames(named.filter((name) => !/^(?:https?:\/\/|@)/.test(name)).slice(0, 1));
}

function journalRefOf(meta: MetaTags): string | null {
  const venue = meta.first('citation_journal_title', 'citation_conference_title', 'prism.publicationname', 'citation_inbook_title');
  if (!venue) return null;
  const volume = meta.first('citation_volume');
  const issue = meta.first('citation_issue');
  const first = meta.first('citation_firstpage');
  const last = meta.first('citation_lastpage');
  const year = /\b(\d{4})\b/.exec(meta.first('citation_publication_date', 'citation_date', 'citation_year') ?? '')?.[1];
  const pages = first && last && first !== last ? `${first}–${last}` : first;
  const parts = [venue, volume && (issue ? `${volume}(${issue})` : volume), pages && /^\d/.test(pages) && pages.length < 15 ? pages : null, year];
  return parts.filter(Boolean).join(', ');
}

export function normalizeDoi(raw: string | null): string | null {
  if (!raw) return null;
  const match = /\b(10\.\d{4,9}\/[^\s"<>]+)/.exec(raw);
  return match ? match[1]!.replace(/[.,;]+$/, '') : null;
}

function stripTags(text: string | null): string | null {
  if (!text) return null;
  const clean = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return clean || null;
}

function languageOf(doc: Document, meta: MetaTags, linkedData: string | null): string | null {
  const raw =
    doc.documentElement.getAttribute('lang') ||
    doc.documentElement.getAttribute('xml:lang') ||
    meta.first('content-language') ||
    meta.first('dc.language', 'language', 'og:locale') ||
    linkedData;
  const tag = raw?.trim().replace(/_/g, '-').split(/[,;\s]/)[0];
  return tag && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}
