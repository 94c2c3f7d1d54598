import { emptyMetadata, type PageClip } from '../clip/model';
import type { BackgroundCalls, Handlers, PageRef } from '../protocol';
import type { GleanerDB } from './db';
import { deleteClip, findClip, restoreClip, saveClip, saveDraft, updateNotes } from './clips';
import { deleteHighlight, highlightsOf, putHighlight, updateHighlight } from './highlights';
import { newId } from './ids';
import { writeSetting } from './settings';

/** A minimal clip for a page that is highlighted before it is clipped. */
function pageStub(page: PageRef): PageClip {
  return { ...emptyMetadata(page.url, page.title), canonicalKey: page.canonicalKey, content: '', warnings: [] };
}

/** The background's answers to BackgroundCalls, over one database. */
export function storeHandlers(db: GleanerDB, clock: () => Date = () => new Date()): Handlers<BackgroundCalls> {
  return {
    saveClip: ({ page, notes, draftKey }) => saveClip(db, page, notes, clock(), draftKey),
    updateNotes: ({ clipId, notes }) => updateNotes(db, clipId, notes, clock()),
    saveDraft: async (draft) => {
      await saveDraft(db, draft, clock());
      return null;
    },
    deleteClip: ({ id }) => deleteClip(db, id, clock()),
    saveSetting: async ({ key, value }) => {
      await writeSetting(db, key, value as never);
      return null;
    },
    restoreClip: ({ id }) => restoreClip(db, id),
    pageHighlights: async ({ page }) => {
      const clip = await findClip(db, page);
      return { clipId: clip?.id ?? null, highlights: clip ? await highlightsOf(db, clip.id) : [] };
    },
    addHighlight: async ({ page, highlight }) => {
      const now = clock();
      const clip = (await findClip(db, page)) ?? (await saveClip(db, pageStub(page), {}, now)).clip;
      const stamp = now.toISOString();
      const stored = { ...highlight, id: newId(now), clipId: clip.id, url: page.url, createdAt: stamp, updatedAt: stamp };
      await putHighlight(db, stored);
      return stored;
    },
    updateHighlight: ({ id, ...changes }) => updateHighlight(db, id, changes, clock()),
    deleteHighlight: ({ id }) => deleteHighlight(db, id),
    restoreHighlight: async ({ highlight }) => {
      if (!(await db.clips.get(highlight.clipId))) return false;
      await putHighlight(db, highlight);
      return true;
    },
  };
}
