import type { Clip } from '../clip/model';
import type { Highlight } from '../annotate/types';
import type { TemplateRow } from '../store/db';

/**
 * The merge rules of an import, as pure decisions (the import applies them in one transaction):
 * - A clip is the same paper when its canonical key matches (one paper, one clip); the newer
 *   `updatedAt` wins the whole clip, and a tie keeps yours. The clip keeps your id, so nothing of
 *   yours that points at it breaks; the file's highlights of it are moved over to that id.
 * - A file clip whose id is taken by a different paper of yours gets a new id (ids are random,
 *   so this only happens with edited files, but it must never overwrite another paper).
 * - Highlights and templates match by id, newer `updatedAt` wins. Nothing is ever deleted.
 */

export interface LocalClipRef {
  id: string;
  canonicalKey: string;
  updatedAt: string;
}

export type ClipAction = 'add' | 'update' | 'keep';

export interface ClipDecision {
  clip: Clip;
  action: ClipAction;
}

export interface ClipPlan {
  decisions: ClipDecision[];
  /** The file's clip id → the id the clip has in the library after the import. */
  idMap: Map<string, string>;
}

export function isNewer(incoming: { updatedAt: string }, existing: { updatedAt: string }): boolean {
  return Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt);
}

export function planClips(local: readonly LocalClipRef[], incoming: readonly Clip[], freshId: () => string): ClipPlan {
  const byKey = new Map(local.map((ref) => [ref.canonicalKey, ref]));
  const localIds = new Set(local.map((ref) => ref.id));
  const idMap = new Map<string, string>();
  const decisions = incoming.map((clip): ClipDecision => {
    const same = byKey.get(clip.canonicalKey);
    if (same) {
      idMap.set(clip.id, same.id);
      return { clip: { ...clip, id: same.id }, action: isNewer(clip, same) ? 'update' : 'keep' };
    }
    const id = localIds.has(clip.id) ? freshId() : clip.id;
    idMap.set(clip.id, id);
    return { clip: { ...clip, id }, action: 'add' };
  });
  return { decisions, idMap };
}

export interface HighlightPlan {
  write: Highlight[];
  kept: number;
  /** Highlights of a clip that is neither in the file nor in the library. */
  orphans: number;
}

/**
 * `clipExists` answers for clip ids of the library that the file does not carry (merge only).
 */
export function planHighlights(
  local: ReadonlyMap<string, Highlight>,
  incoming: readonly Highlight[],
  idMap: ReadonlyMap<string, string>,
  clipExists: (id: string) => boolean,
): HighlightPlan {
  const plan: HighlightPlan = { write: [], kept: 0, orphans: 0 };
  for (const highlight of incoming) {
    const clipId = idMap.get(highlight.clipId) ?? (clipExists(highlight.clipId) ? highlight.clipId : null);
    if (clipId === null) {
      plan.orphans += 1;
      continue;
    }
    const existing = local.get(highlight.id);
    if (existing && !isNewer(highlight, existing)) plan.kept += 1;
    else plan.write.push({ ...highlight, clipId });
  }
  return plan;
}

export function planTemplates(local: ReadonlyMap<string, TemplateRow>, incoming: readonly TemplateRow[]): TemplateRow[] {
  return incoming.filter((template) => {
    const existing = local.get(template.id);
    return !existing || isNewer(template, existing);
  });
}
