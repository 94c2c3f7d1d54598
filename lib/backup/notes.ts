import * as v from 'valibot';
import type { Clip, Notes, PageClip } from '../clip/model';
import type { Highlight } from '../annotate/types';
import type { GleanerDB } from '../store/db';
import { newId } from '../store/ids';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format';
import { isNewer } from './plan';
import { clipSchema, highlightSchema } from './schema';

/**
 * Importing a folder of Markdown notes that Gleaner exported (one note a clip: YAML front matter,
 * the summary sections, highlights, content). Reading a note is lib/export's job
 * (`parseClipNote`); this module takes the parser as a parameter, turns notes into a backup-shaped
 * set of rows, and hands them to the same checked, one-transaction merge as a backup file.
 */

/** What a parsed note gives; lib/export's `ClipNote` has this shape. */
export interface ParsedNote {
  page: PageClip;
  notes: Notes;
  createdAt: string | null;
  updatedAt: string | null;
  highlights: { quote: string; note: string }[];
}

export type NoteParser = (markdown: string) => ParsedNote | null;

export interface NoteFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** A note longer than this is not one Gleaner wrote (the longest papers are a few hundred kB). */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export type SkipReason = 'not-markdown' | 'too-large' | 'not-a-note' | 'invalid' | 'duplicate';

export interface NotesReading {
  /** The notes as rows, ready for previewImport / importBackup in merge mode. */
  backup: BackupFile;
  skipped: { name: string; reason: SkipReason }[];
}

function stamp(value: string | null, fallback: Date): string {
  const time = value === null ? Number.NaN : Date.parse(value);
  return new Date(Number.isNaN(time) ? fallback.getTime() : time).toISOString();
}

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * A note carries fewer fields than a clip (no PDF link, no warnings…): when a note replaces a
 * clip of the library, what the note lacks is kept from the library's clip.
 */
function fillFrom(note: Clip, mine: Clip): Clip {
  const merged: Record<string, unknown> = { ...note };
  for (const [key, value] of Object.entries(mine)) if (isEmpty(merged[key]) && !isEmpty(value)) merged[key] = value;
  const summary = { ...note.summary };
  for (const [field, text] of Object.entries(mine.summary) as [keyof Clip['summary'], string][]) if (!summary[field]) summary[field] = text;
  return { ...(merged as unknown as Clip), summary, id: mine.id, createdAt: mine.createdAt };
}

async function libraryClip(db: GleanerDB, canonicalKey: string): Promise<{ clip: Clip; quotes: Set<string> } | null> {
  const row = await db.clips.where('canonicalKey').equals(canonicalKey).first();
  if (!row) return null;
  const content = (await db.contents.get(row.id))?.markdown ?? '';
  const highlights = await db.highlights.where('clipId').equals(row.id).toArray();
  return { clip: { ...row, content }, quotes: new Set(highlights.map((h) => h.quote)) };
}

export async function readNoteFiles(db: GleanerDB, files: readonly NoteFile[], parse: NoteParser, now: Date = new Date()): Promise<NotesReading> {
  const skipped: NotesReading['skipped'] = [];
  const byKey = new Map<string, { clip: Clip; highlights: Highlight[]; name: string }>();
  for (const file of files) {
    if (!/\.(md|markdown)$/i.test(file.name)) skipped.push({ name: file.name, reason: 'not-markdown' });
    else if (file.size > MAX_NOTE_BYTES) skipped.push({ name: file.name, reason: 'too-large' });
    else {
      const note = parse(await file.text());
      if (!note) {
        skipped.push({ name: file.name, reason: 'not-a-note' });
        continue;
      }
      const createdAt = stamp(note.createdAt, now);
      const id = newId(now);
      let clip: Clip = { ...note.page, ...note.notes, id, createdAt, updatedAt: stamp(note.updatedAt, new Date(createdAt)) };
      const mine = await libraryClip(db, clip.canonicalKey);
      if (mine && isNewer(clip, mine.clip)) clip = fillFrom(clip, mine.clip);
      const highlights = note.highlights
        .filter((h) => h.quote.trim() !== '' && !mine?.quotes.has(h.quote))
        .map((h): Highlight => ({
          id: newId(now),
          clipId: clip.id,
          url: clip.url,
          selectors: [{ type: 'TextQuoteSelector', exact: h.quote, prefix: '', suffix: '' }],
          quote: h.quote,
          note: h.note,
          color: 'yellow',
          createdAt: clip.updatedAt,
          updatedAt: clip.updatedAt,
        }));
      if (!v.is(clipSchema, clip) || !highlights.every((h) => v.is(highlightSchema, h))) {
        skipped.push({ name: file.name, reason: 'invalid' });
        continue;
      }
      // Two notes of one paper in the folder: the newer one is imported.
      const other = byKey.get(clip.canonicalKey);
      if (other && !isNewer(clip, other.clip)) skipped.push({ name: file.name, reason: 'duplicate' });
      else {
        if (other) skipped.push({ name: other.name, reason: 'duplicate' });
        byKey.set(clip.canonicalKey, { clip, highlights, name: file.name });
      }
    }
  }
  const entries = [...byKey.values()];
  const clips = entries.map((e) => e.clip);
  const highlights = entries.flatMap((e) => e.highlights);
  return {
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno,
      exportedAt: now.toISOString(),
      counts: { clips: clips.length, highlights: highlights.length, templates: 0, settings: 0 },
      clips,
      highlights,
      templates: [],
      settings: [],
    },
    skipped,
  };
}
