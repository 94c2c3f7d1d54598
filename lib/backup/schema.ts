import * as v from 'valibot';
import { READING_STATUSES, type Clip } from '../clip/model';
import { HIGHLIGHT_COLORS, type Highlight } from '../annotate/types';
import type { SettingRow, TemplateRow } from '../store/db';

/**
 * The shape of every row a backup may carry, checked before anything is written. Valibot rather
 * than hand-written guards: its issues name the path of the bad field (`clips.12.authors`), its
 * modular functions add a few kilobytes to the options page only, and it never uses `new Function`
 * (forbidden by the extension's CSP, and probed by some other validators at load).
 *
 * `v.object` keeps only the keys named here, so nothing unexpected from a file reaches the
 * database; the type checks at the end make a field added to `Clip` (or `Highlight`, …) a compile
 * error here, so a new field can never be silently dropped by a backup.
 */

const text = v.string();
const maybeText = v.nullable(v.string());
const texts = v.array(v.string());
/** Merge decides "newer" by these, so they must be real timestamps. */
const timestamp = v.pipe(v.string(), v.isoTimestamp('is not an ISO 8601 timestamp'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const clipSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  url: text,
  canonicalKey: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(['arxiv', 'scholarly', 'blog', 'other']),
  title: text,
  authors: texts,
  abstract: maybeText,
  published: maybeText,
  updated: maybeText,
  arxivId: maybeText,
  arxivVersion: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  primaryCategory: maybeText,
  categories: texts,
  comments: maybeText,
  journalRef: maybeText,
  doi: maybeText,
  pdfUrl: maybeText,
  htmlUrl: maybeText,
  absUrl: maybeText,
  siteName: maybeText,
  lang: maybeText,
  leadImage: maybeText,
  warnings: texts,
  summary: v.object({ tldr: text, problem: text, method: text, results: text, future: text }),
  tags: texts,
  status: v.picklist(READING_STATUSES),
  rating: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  createdAt: timestamp,
  updatedAt: timestamp,
  // Last, so that a file read by a person shows each clip's metadata before its long text.
  content: text,
});

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const selectorSchema = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: text, prefix: text, suffix: text }),
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.object({
    type: v.literal('RangeSelector'),
    startContainer: text,
    startOffset: offset,
    endContainer: text,
    endOffset: offset,
  }),
]);

export const highlightSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  clipId: v.pipe(v.string(), v.minLength(1)),
  url: text,
  selectors: v.array(selectorSchema),
  quote: text,
  note: text,
  color: v.picklist(HIGHLIGHT_COLORS),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const templateSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: text,
  body: text,
  workingBody: text,
  updatedAt: timestamp,
});

/** A setting's value is whatever JSON the setting holds; its owner reads it with its defaults. */
export const settingSchema = v.object({ key: v.pipe(v.string(), v.minLength(1)), value: v.unknown() });

export const backupSchema = v.object({
  format: v.literal('gleaner-backup'),
  version: v.literal(1),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: timestamp,
  counts: v.object({ clips: count, highlights: count, templates: count, settings: count }),
  clips: v.array(clipSchema),
  highlights: v.array(highlightSchema),
  templates: v.array(templateSchema),
  settings: v.array(settingSchema),
});

export type BackupFile = v.InferOutput<typeof backupSchema>;

// Compile-time guards: the schemas describe exactly the stored types, no more, no less.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const sameClip: Same<v.InferOutput<typeof clipSchema>, Clip> = true;
const sameHighlight: Same<v.InferOutput<typeof highlightSchema>, Highlight> = true;
const sameTemplate: Same<v.InferOutput<typeof templateSchema>, TemplateRow> = true;
const sameSetting: Same<v.InferOutput<typeof settingSchema>, SettingRow> = true;
export const SCHEMAS_MATCH_MODEL = sameClip && sameHighlight && sameTemplate && sameSetting;
