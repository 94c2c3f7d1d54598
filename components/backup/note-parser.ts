import type { NoteParser } from '@/lib/backup/notes';

/**
 * The reader of Gleaner's Markdown notes, which lib/export owns (`parseClipNote`). Until that
 * module is in this build, no parser is wired and the Backup panel hides "Import Markdown notes".
 * Wiring it is one line: `export const noteParser: NoteParser | null = parseClipNote;`
 */
export const noteParser: NoteParser | null = null;
