import { canonicalKeyFromUrl } from '../clip/canonical';
import type { ClipRow, DraftRow, GleanerDB } from './db';
import { findClip, getDraft } from './clips';

export interface PageLookup {
  /** The key the page's URL gives; drafts typed before the page is read are saved under it. */
  key: string;
  saved: ClipRow | null;
  draft: DraftRow | null;
}

/**
 * What the database already holds for a page, from its URL alone: the popup shows it in its first
 * frame, before the page is read. Two indexed lookups, whatever the size of the library.
 */
export async function lookupPage(db: GleanerDB, url: string): Promise<PageLookup> {
  const key = canonicalKeyFromUrl(url);
  const [saved, draft] = await Promise.all([findClip(db, { canonicalKey: key, url }), getDraft(db, key)]);
  return { key, saved, draft };
}
