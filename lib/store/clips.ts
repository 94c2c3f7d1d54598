import type { Clip, Notes, PageClip } from '../clip/model';
import { emptySummary } from '../clip/model';
import { normalizeUrl } from '../clip/canonical';
import { searchDoc, writeHighlightTexts, writeSearchDocs } from '../search/index-store';
import type { ClipRow, DraftRow, GleanerDB } from './db';
import { newId } from './ids';
import { mergeNotes, mergePage } from './merge';

/**
 * Every write of a clip goes through here, so that the clip row, its content and its search terms
 * change together in one transaction.
 */

export function defaultNotes(): Notes {
  return { summary: emptySummary(), tags: [], status: 'to-read', rating: null };
}

function splitClip(clip: Clip): { row: ClipRow; markdown: string } {
  const { content, ...row } = clip;
  return { row, markdown: content };
}

async function writeClip(db: GleanerDB, clip: Clip): Promise<void> {
  const { row, markdown } = splitClip(clip);
  const highlights = await db.highlights.where('clipId').equals(clip.id).toArray();
  await db.clips.put(row);
  await db.contents.put({ clipId: clip.id, markdown });
  await writeSearchDocs(db, [searchDoc(row, highlights)]);
  await writeHighlightTexts(db, [[clip.id, highlights]]);
}

export interface SaveResult {
  clip: ClipRow;
  created: boolean;
}

/**
 * Saves a clipped page. A page already clipped (same canonical key) is merged into its clip; the
 * notes given, and any draft typed on this page (saved under `draftKey`), are merged in without
 * erasing what was written.
 */
export async function saveClip(
  db: GleanerDB,
  page: PageClip,
  notes: Partial<Notes> = {},
  now: Date = new Date(),
  draftKey: string = page.canonicalKey,
): Promise<SaveResult> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.clips, db.contents, db.searchBase, db.searchDelta, db.searchHighlights, db.highlights, db.drafts], async () => {
    const existingRow = await db.clips.where('canonicalKey').equals(page.canonicalKey).first();
    const draft = await db.drafts.get(draftKey);
    const incomingNotes = draft ? mergeNotes(draft.notes, notes) : notes;
    let clip: Clip;
    if (existingRow) {
      const existing = await withContent(db, existingRow);
      clip = {
        ...mergePage(existing, page),
        ...mergeNotes(existing, incomingNotes),
        id: existing.id,
        createdAt: existing.createdAt,
        updatedAt: stamp,
      };
    } else {
      clip = { ...page, ...mergeNotes(defaultNotes(), incomingNotes), id: newId(now), createdAt: stamp, updatedAt: stamp };
    }
    await writeClip(db, clip);
    if (draft) await db.drafts.delete(draft.key);
    return { clip: splitClip(clip).row, created: !existingRow };
  });
}

/** Autosave: the notes exactly as the user left them (an emptied field is meant to be empty). */
export async function updateNotes(db: GleanerDB, clipId: string, notes: Notes, now: Date = new Date()): Promise<ClipRow | null> {
  return db.transaction('rw', [db.clips, db.searchBase, db.searchDelta, db.highlights], async () => {
    const row = await db.clips.get(clipId);
    if (!row) return null;
    const updated: ClipRow = { ...row, ...notes, updatedAt: now.toISOString() };
    const highlights = await db.highlights.where('clipId').equals(clipId).toArray();
    await db.clips.put(updated);
    await writeSearchDocs(db, [searchDoc(updated, highlights)]);
    return updated;
  });
}

export async function saveDraft(db: GleanerDB, draft: Omit<DraftRow, 'updatedAt'>, now: Date = new Date()): Promise<void> {
  await db.drafts.put({ ...draft, updatedAt: now.toISOString() });
}

export async function getDraft(db: GleanerDB, key: string): Promise<DraftRow | null> {
  return (await db.drafts.get(key)) ?? null;
}

/** The clip of a page: by canonical key, else by the exact address it was clipped from. */
export async function findClip(db: GleanerDB, where: { canonicalKey: string; url?: string }): Promise<ClipRow | null> {
  const byKey = await db.clips.where('canonicalKey').equals(where.canonicalKey).first();
  if (byKey) return byKey;
  if (!where.url) return null;
  const url = normalizeUrl(where.url);
  return (await db.clips.where('url').anyOf(where.url, url).first()) ?? null;
}

async function withContent(db: GleanerDB, row: ClipRow): Promise<Clip> {
  const content = await db.contents.get(row.id);
  return { ...row, content: content?.markdown ?? '' };
}

export async function getClip(db: GleanerDB, id: string): Promise<Clip | null> {
  const row = await db.clips.get(id);
  return row ? withContent(db, row) : null;
}

/** The newest clips, without their content. */
export async function listRecent(db: GleanerDB, limit = 50, offset = 0): Promise<ClipRow[]> {
  return db.clips.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();
}

/** Every tag in use, for autocomplete: read off the tag index, not the clips. */
export async function allTags(db: GleanerDB): Promise<string[]> {
  const keys = await db.clips.orderBy('tags').uniqueKeys();
  return keys.map(String);
}

/** Deletes a clip, keeping it (with its highlights) in the trash so that it can be restored. */
export async function deleteClip(db: GleanerDB, id: string, now: Date = new Date()): Promise<boolean> {
  return db.transaction('rw', [db.clips, db.contents, db.searchBase, db.searchDelta, db.searchHighlights, db.highlights, db.trash], async () => {
    const clip = await getClip(db, id);
    if (!clip) return false;
    const highlights = await db.highlights.where('clipId').equals(id).toArray();
    await db.trash.put({ id, deletedAt: now.toISOString(), clip, highlights });
    await db.clips.delete(id);
    await db.contents.delete(id);
    await writeSearchDocs(db, [id]);
    await writeHighlightTexts(db, [[id, []]]);
    await db.highlights.where('clipId').equals(id).delete();
    return true;
  });
}

/** Undoes a delete. Fails (false) if the trash no longer holds it or the paper was clipped again. */
export async function restoreClip(db: GleanerDB, id: string): Promise<boolean> {
  return db.transaction('rw', [db.clips, db.contents, db.searchBase, db.searchDelta, db.searchHighlights, db.highlights, db.trash], async () => {
    const trashed = await db.trash.get(id);
    if (!trashed) return false;
    const clash = await db.clips.where('canonicalKey').equals(trashed.clip.canonicalKey).first();
    if (clash) return false;
    await db.highlights.bulkPut(trashed.highlights);
    await writeClip(db, trashed.clip);
    await db.trash.delete(id);
    return true;
  });
}

/** Empties the trash of what was deleted before `before`. */
export async function purgeTrash(db: GleanerDB, before: Date): Promise<number> {
  return db.trash.where('deletedAt').below(before.toISOString()).delete();
}
