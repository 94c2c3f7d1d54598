import type { PageMetadata } from './model';

/** "A, B, C et al." past `max` authors; the whole list otherwise. */
export function shortAuthors(authors: readonly string[], etAl: string, max = 3): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')} ${etAl}`;
}

export type PageStatus =
  | { kind: 'new' }
  | { kind: 'saved' }
  | { kind: 'other-version'; saved: number; page: number }
  | { kind: 'other-url' };

/** How the page in the tab relates to the clip already saved for its paper (if any). */
export function pageStatus(saved: PageMetadata | null, page: PageMetadata): PageStatus {
  if (!saved) return { kind: 'new' };
  if (saved.arxivVersion !== null && page.arxivVersion !== null && saved.arxivVersion !== page.arxivVersion) {
    return { kind: 'other-version', saved: saved.arxivVersion, page: page.arxivVersion };
  }
  if (saved.url !== page.url && saved.canonicalKey.startsWith('arxiv:') === false) return { kind: 'other-url' };
  return { kind: 'saved' };
}

/** The date to show for a clip: this version's, else the first one's. */
export function displayDate(meta: Pick<PageMetadata, 'published' | 'updated'>): string | null {
  return meta.updated ?? meta.published;
}
