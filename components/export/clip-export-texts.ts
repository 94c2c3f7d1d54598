import { bibtexBaseKey, bibtexEntry } from '@/lib/export/bibtex';
import { clipToNote } from '@/lib/export/clip-note';
import { clipNoteFileName } from '@/lib/export/file-names';
import type { NoteLang } from '@/lib/export/note-format';
import { getClip } from '@/lib/store/clips';
import type { GleanerDB } from '@/lib/store/db';
import { highlightsOf } from '@/lib/store/highlights';

/**
 * What one clip exports to, read fresh from the database at the moment of export (the popup may
 * have autosaved a second ago): the Markdown note (front matter, summary, highlights, content),
 * its BibTeX entry, and the note's file name. Loaded on demand: the popup's first frame does not
 * carry the note and BibTeX writers.
 */
export interface ClipExportTexts {
  note: string;
  bibtex: string;
  fileName: string;
}

export async function clipExportTexts(db: GleanerDB, clipId: string, lang: NoteLang): Promise<ClipExportTexts | null> {
  const [clip, highlights] = await Promise.all([getClip(db, clipId), highlightsOf(db, clipId)]);
  if (!clip) return null;
  return {
    note: clipToNote(clip, highlights, lang),
    bibtex: bibtexEntry(clip, bibtexBaseKey(clip)),
    fileName: clipNoteFileName(clip),
  };
}
