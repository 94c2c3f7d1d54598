import type { GleanerDB, TemplateRow } from '../store/db';
import { addDays } from '../export/iso-week';
import type { DigestClip, DigestHighlight } from './context';
import { searchClips } from '../search';
import { datesOf, filterClips, type ClipFilter } from './select';

/**
 * Reads a digest's clips from the database (read-only, as the popup and options page may).
 * A date filter reads only the `createdAt` index range that can hold those calendar days in any
 * time zone (a day either side), then keeps the exact days in the user's zone.
 */
export async function loadClips(db: GleanerDB, filter: ClipFilter, timeZone: string): Promise<DigestClip[]> {
  if (filter.kind === 'search') return searchedClips(db, filter.query);
  const dates = datesOf(filter);
  let rows: DigestClip[];
  if (dates) {
    rows = await db.clips.where('createdAt').between(`${addDays(dates.from, -1)}T00:00:00`, `${addDays(dates.to, 2)}T00:00:00`, true, false).toArray();
  } else if (filter.kind === 'tag') {
    rows = await db.clips.where('tags').equals(filter.tag).toArray();
  } else {
    rows = await db.clips.toArray();
  }
  return filterClips(rows, filter, timeZone);
}

/**
 * The clips a library search finds, best first: the same words, filters (`tag:`, `after:`…) and
 * index as the popup's search. A query of only stop words finds nothing, as it does there.
 */
export async function searchedClips(db: GleanerDB, query: string, now: Date = new Date()): Promise<DigestClip[]> {
  const outcome = await searchClips(db, query, { limit: SEARCH_LIMIT, now });
  return outcome.kind === 'results' ? outcome.hits.map((hit) => hit.clip) : [];
}

/** More papers than any digest holds; a search that finds more is too broad to be one post. */
const SEARCH_LIMIT = 1000;

export async function loadHighlights(db: GleanerDB, clipIds: readonly string[]): Promise<DigestHighlight[]> {
  return clipIds.length ? db.highlights.where('clipId').anyOf([...clipIds]).toArray() : [];
}

/** The clips with their Markdown content, for templates that print it. */
export async function withContents(db: GleanerDB, clips: readonly DigestClip[]): Promise<DigestClip[]> {
  const contents = await db.contents.bulkGet(clips.map((clip) => clip.id));
  return clips.map((clip, index) => ({ ...clip, content: contents[index]?.markdown ?? '' }));
}

export async function listTemplates(db: GleanerDB): Promise<TemplateRow[]> {
  return (await db.templates.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}
