import type { NoteParser } from '@/lib/backup/notes';
import { parseClipNote } from '@/lib/export/parse-clip-note';

/** The reader of Gleaner's own Markdown notes (lib/export owns the format), for "Import Markdown notes". */
export const noteParser: NoteParser | null = parseClipNote;
