import { localDate, weekDates, type IsoWeek } from '../export/iso-week';
import type { DigestClip } from './context';
import type { DigestPeriod } from './phrases';

/**
 * Which clips a digest is about. "This week" means clipped this week: `createdAt`, read as a
 * calendar date in the user's time zone. Not `updatedAt` (editing last month's summary would
 * pull it into this week's post) and not `published` (a paper read today may be years old).
 */

export type ClipFilter =
  | { kind: 'week'; week: IsoWeek }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'search'; query: string }
  | { kind: 'all' };

/** The calendar days a filter covers, or null when it is not about dates. */
export function datesOf(filter: ClipFilter): { from: string; to: string } | null {
  if (filter.kind === 'week') return weekDates(filter.week);
  if (filter.kind === 'range') return filter.from <= filter.to ? filter : { from: filter.to, to: filter.from };
  return null;
}

export function periodOf(filter: ClipFilter): DigestPeriod {
  if (filter.kind === 'week') return { kind: 'week', week: filter.week };
  if (filter.kind === 'range') return { kind: 'range', ...datesOf(filter)! };
  return { kind: 'other' };
}

/** The filters decided clip by clip; a search goes through lib/search's index (load.ts). */
export type RowFilter = Exclude<ClipFilter, { kind: 'search' }>;

export function filterClips<C extends DigestClip>(clips: readonly C[], filter: RowFilter, timeZone: string): C[] {
  const dates = datesOf(filter);
  return clips.filter((clip) => {
    if (dates) {
      const day = localDate(clip.createdAt, timeZone);
      return dates.from <= day && day <= dates.to;
    }
    if (filter.kind === 'tag') return clip.tags.some((tag) => tag.toLowerCase() === filter.tag.toLowerCase());
    return true;
  });
}

/** By when they were clipped (ties by id, which is time-sortable), oldest first unless asked. */
export function sortByClipped<C extends DigestClip>(clips: readonly C[], newestFirst = false): C[] {
  const sorted = [...clips].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
  return newestFirst ? sorted.reverse() : sorted;
}

/** `ids` first, in that order (a hand-made order), then any others by date. */
export function orderByIds<C extends DigestClip>(clips: readonly C[], ids: readonly string[]): C[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  const known = clips.filter((clip) => rank.has(clip.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...sortByClipped(clips.filter((clip) => !rank.has(clip.id)))];
}
