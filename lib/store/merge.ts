import type { Clip, Notes, PageClip, Summary } from '../clip/model';
import { SUMMARY_FIELDS } from '../clip/model';

/**
 * Merge rules for saving a page that is already clipped (another URL or version of the paper).
 * The user's words are never lost: a field typed before is only replaced by a non-empty one.
 */

export function mergeSummary(existing: Summary, incoming: Partial<Summary>): Summary {
  const merged = { ...existing };
  for (const field of SUMMARY_FIELDS) {
    const value = incoming[field];
    if (value !== undefined && value.trim() !== '') merged[field] = value;
  }
  return merged;
}

export function mergeNotes(existing: Notes, incoming: Partial<Notes>): Notes {
  return {
    summary: mergeSummary(existing.summary, incoming.summary ?? {}),
    tags: unionTags(existing.tags, incoming.tags ?? []),
    status: incoming.status && incoming.status !== 'to-read' ? incoming.status : existing.status,
    rating: incoming.rating ?? existing.rating,
  };
}

export function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of [...a, ...b]) {
    const clean = tag.trim();
    const folded = clean.toLowerCase();
    if (clean && !seen.has(folded)) {
      seen.add(folded);
      out.push(clean);
    }
  }
  return out;
}

type Version = number | null;

/** -1, 0 or 1 as `incoming` is an older, the same (or unknown), or a newer arXiv version. */
function compareVersions(existing: Version, incoming: Version): -1 | 0 | 1 {
  if (existing === null || incoming === null || existing === incoming) return 0;
  return incoming > existing ? 1 : -1;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Fields that describe one version of a paper: another version's value would be wrong. */
const VERSION_FIELDS = new Set(['updated', 'absUrl', 'pdfUrl', 'htmlUrl']);

/** Fields of `primary` that are empty are taken from `fallback`. */
function fillGaps(primary: PageClip, fallback: PageClip, sameVersion: boolean): PageClip {
  const merged: Record<string, unknown> = { ...primary };
  const backup = fallback as unknown as Record<string, unknown>;
  for (const key of Object.keys(merged)) {
    if (!sameVersion && VERSION_FIELDS.has(key)) continue;
    if (isEmpty(merged[key]) && !isEmpty(backup[key])) merged[key] = backup[key];
  }
  return merged as unknown as PageClip;
}

/**
 * Page metadata: the newer version of the paper wins (the incoming page when versions are equal or
 * unknown), and its empty fields are filled from the other. Content: the full text is kept over a
 * shorter text (an abs page clipped after the HTML paper must not replace the paper with its
 * abstract), unless a newer version brings comparable text. The canonical key never changes, and
 * the clip keeps the address it was first clipped from unless the paper moved to a newer version.
 */
export function mergePage(existing: Clip, incoming: PageClip): PageClip {
  const order = compareVersions(existing.arxivVersion, incoming.arxivVersion);
  const merged =
    order < 0 ? fillGaps(pageOf(existing), incoming, false) : fillGaps(incoming, pageOf(existing), order === 0);
  const keepOldContent =
    order > 0
      ? incoming.content.length < existing.content.length * 0.5
      : incoming.content.length < existing.content.length;
  merged.content = keepOldContent ? existing.content : incoming.content;
  merged.warnings = keepOldContent ? existing.warnings : incoming.warnings;
  merged.url = order > 0 ? incoming.url : existing.url;
  merged.canonicalKey = existing.canonicalKey;
  return merged;
}

function pageOf(clip: Clip): PageClip {
  const { id: _id, createdAt: _c, updatedAt: _u, summary: _s, tags: _t, status: _st, rating: _r, ...page } = clip;
  return page;
}
