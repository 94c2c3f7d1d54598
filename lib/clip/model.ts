/**
 * The clip: what Gleaner keeps of one paper or article. These field names are a public contract:
 * `npm run clip -- --format json` prints them, `npm run digest` reads them, backups store them.
 * Absent scalars are `null` and absent lists `[]`, so every clip has every key.
 */

export type ClipKind = 'arxiv' | 'scholarly' | 'blog' | 'other';
export type ReadingStatus = 'to-read' | 'reading' | 'done';
export const READING_STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'done'];

/** What extraction reads off a page. Pure data, no user input. */
export interface PageMetadata {
  /** The address the page was clipped from. */
  url: string;
  /** One paper, one clip: `arxiv:<id>`, `doi:<doi>` or `url:<normalized url>`. */
  canonicalKey: string;
  kind: ClipKind;
  title: string;
  /** Every author, in order. */
  authors: string[];
  abstract: string | null;
  /** First submission / publication date, YYYY-MM-DD. */
  published: string | null;
  /** Date of this version, YYYY-MM-DD. */
  updated: string | null;
  /** arXiv id without version (`1706.03762`, `hep-th/9901001`). */
  arxivId: string | null;
  arxivVersion: number | null;
  primaryCategory: string | null;
  /** Primary category first, then cross-lists. */
  categories: string[];
  comments: string | null;
  journalRef: string | null;
  doi: string | null;
  pdfUrl: string | null;
  htmlUrl: string | null;
  absUrl: string | null;
  siteName: string | null;
  /** BCP 47 language tag of the page, e.g. `en`, `zh-CN`. */
  lang: string | null;
  leadImage: string | null;
}

/** The result of clipping a page: metadata plus the content as Markdown. */
export interface PageClip extends PageMetadata {
  content: string;
  /** Human-readable notes about what extraction could not do (shown, never thrown). */
  warnings: string[];
}

/** The structured summary the user writes. Markdown allowed in every field. */
export interface Summary {
  tldr: string;
  problem: string;
  method: string;
  results: string;
  future: string;
}

export const SUMMARY_FIELDS: readonly (keyof Summary)[] = ['tldr', 'problem', 'method', 'results', 'future'];

/** What the user adds to a clip. */
export interface Notes {
  summary: Summary;
  tags: string[];
  status: ReadingStatus;
  /** 1–5, or null when not rated. */
  rating: number | null;
}

/** A saved clip, as stored and exported. Timestamps are ISO 8601 UTC strings. */
export interface Clip extends PageClip, Notes {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export function emptySummary(): Summary {
  return { tldr: '', problem: '', method: '', results: '', future: '' };
}

export function emptyMetadata(url: string, title = ''): PageMetadata {
  return {
    url,
    canonicalKey: `url:${url}`,
    kind: 'other',
    title,
    authors: [],
    abstract: null,
    published: null,
    updated: null,
    arxivId: null,
    arxivVersion: null,
    primaryCategory: null,
    categories: [],
    comments: null,
    journalRef: null,
    doi: null,
    pdfUrl: null,
    htmlUrl: null,
    absUrl: null,
    siteName: null,
    lang: null,
    leadImage: null,
  };
}

export function hasSummary(summary: Summary): boolean {
  return SUMMARY_FIELDS.some((field) => summary[field].trim() !== '');
}
