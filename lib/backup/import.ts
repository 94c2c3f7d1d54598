import type { Highlight } from '../annotate/types';
import type { GleanerDB } from '../store/db';
import { newId } from '../store/ids';
import { isUserSetting } from '../store/settings';
import type { BackupFile } from './format';
import { planClips, planHighlights, planTemplates, type ClipPlan, type LocalClipRef } from './plan';
import { reindexClips } from './reindex';

/**
 * merge: add what is new, take what is newer, delete nothing (see plan.ts for the rules).
 * replace: the library becomes the file's clips, highlights, templates and settings. Drafts of
 * unsaved pages and the trash are left alone in both modes: they are not in a backup.
 */
export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  clips: number;
  highlights: number;
  templates: number;
  settings: number;
  /** Clips of the file that are not in the library. */
  newClips: number;
  /** Clips in both whose file version is newer: merge takes these. */
  newerClips: number;
  /** Clips in both whose library version is as new or newer: merge keeps yours. */
  olderClips: number;
  /** Clips in the library now; replace removes those not in the file. */
  libraryClips: number;
  removedByReplace: number;
}

export interface ImportResult {
  mode: ImportMode;
  added: number;
  updated: number;
  kept: number;
  highlights: number;
  /** Highlights whose clip is neither in the file nor in the library: not imported. */
  orphanHighlights: number;
  templates: number;
  settings: number;
}

async function localRefs(db: GleanerDB): Promise<LocalClipRef[]> {
  const rows = await db.clips.toArray();
  return rows.map(({ id, canonicalKey, updatedAt }) => ({ id, canonicalKey, updatedAt }));
}

function tally(plan: ClipPlan) {
  const count = (action: string) => plan.decisions.filter((d) => d.action === action).length;
  return { added: count('add'), updated: count('update'), kept: count('keep') };
}

export async function previewImport(db: GleanerDB, backup: BackupFile): Promise<ImportPreview> {
  const local = await db.transaction('r', db.clips, () => localRefs(db));
  const { added, updated, kept } = tally(planClips(local, backup.clips, () => ''));
  return {
    clips: backup.clips.length,
    highlights: backup.highlights.length,
    templates: backup.templates.length,
    settings: backup.settings.filter((s) => isUserSetting(s.key)).length,
    newClips: added,
    newerClips: updated,
    olderClips: kept,
    libraryClips: local.length,
    removedByReplace: local.length - updated - kept,
  };
}

/**
 * Writes a checked backup (readBackup) in ONE transaction: on any failure, a full disk included,
 * nothing is written and the error reaches the caller.
 */
export async function importBackup(db: GleanerDB, backup: BackupFile, mode: ImportMode, now: Date = new Date()): Promise<ImportResult> {
  const tables = [db.clips, db.contents, db.highlights, db.searchBase, db.searchDelta, db.searchHighlights, db.templates];
  return db.transaction('rw', [...tables, db.settings], async () => {
    if (mode === 'replace') {
      await Promise.all(tables.map((table) => table.clear()));
      // Only the user's settings: bookkeeping rows describe this database, not the file's.
      await db.settings.filter((row) => isUserSetting(row.key)).delete();
    }
    const local = mode === 'replace' ? [] : await localRefs(db);
    const clipPlan = planClips(local, backup.clips, () => newId(now));
    const written = clipPlan.decisions.filter((d) => d.action !== 'keep').map((d) => d.clip);
    await db.clips.bulkPut(written.map(({ content: _content, ...row }) => row));
    await db.contents.bulkPut(written.map((clip) => ({ clipId: clip.id, markdown: clip.content })));

    const localIds = new Set(local.map((ref) => ref.id));
    const existingHighlights = mode === 'replace' ? [] : await db.highlights.bulkGet(backup.highlights.map((h) => h.id));
    const highlightMap = new Map(existingHighlights.filter((h): h is Highlight => !!h).map((h) => [h.id, h]));
    const highlightPlan = planHighlights(highlightMap, backup.highlights, clipPlan.idMap, (id) => localIds.has(id));
    await db.highlights.bulkPut(highlightPlan.write);

    const templateMap = new Map((mode === 'replace' ? [] : await db.templates.toArray()).map((t) => [t.id, t]));
    const templates = planTemplates(templateMap, backup.templates);
    await db.templates.bulkPut(templates);

    // Settings carry no timestamp: merge keeps the ones this browser has, and adds the others.
    const localKeys = new Set(mode === 'replace' ? [] : ((await db.settings.toCollection().primaryKeys()) as string[]));
    const settings = backup.settings.filter((s) => isUserSetting(s.key) && !localKeys.has(s.key));
    await db.settings.bulkPut(settings);

    // A highlight's old clip also changes when a newer version of it moves to another clip.
    const oldClips = highlightPlan.write.map((h) => highlightMap.get(h.id)?.clipId).filter((id): id is string => !!id);
    await reindexClips(db, [...written.map((c) => c.id), ...highlightPlan.write.map((h) => h.clipId), ...oldClips]);
    return {
      mode,
      ...tally(clipPlan),
      highlights: highlightPlan.write.length,
      orphanHighlights: highlightPlan.orphans,
      templates: templates.length,
      settings: settings.length,
    };
  });
}
