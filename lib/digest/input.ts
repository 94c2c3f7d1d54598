import type { Highlight } from '../annotate/types';
import { canonicalKey } from '../clip/canonical';
import { emptyMetadata, emptySummary, READING_STATUSES, SUMMARY_FIELDS, type Clip, type ClipKind, type ReadingStatus } from '../clip/model';
import type { TemplateRow } from '../store/db';

/**
 * Clips from outside the database, for the command line: what `npm run clip -- --format json`
 * prints (a PageClip: no id, dates or notes), a saved Clip, or a Gleaner backup file. Missing
 * notes get their defaults (empty summary, no tags, status to-read); a clip with no `createdAt`
 * takes `fallbackCreatedAt` (the command line passes the file's modification time: when it was
 * clipped, as near as can be told). Errors name the item and say what to fix.
 */

export interface ClipInput {
  clips: Clip[];
  highlights: Highlight[];
  templates: TemplateRow[];
}

export class InputError extends Error {
  override name = 'InputError';
}

type Json = Record<string, unknown>;
const KINDS: readonly ClipKind[] = ['arxiv', 'scholarly', 'blog', 'other'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

export function normalizeClip(value: unknown, where: string, fallbackCreatedAt: string): Clip {
  if (!isObject(value)) throw new InputError(`${where}: expected a clip object, found ${Array.isArray(value) ? 'a list' : typeof value}.`);
  const url = str(value.url);
  if (!url) throw new InputError(`${where}: the clip has no "url". Give each clip at least "url" and "title".`);
  const base = emptyMetadata(url, str(value.title) ?? '');
  const arxivId = str(value.arxivId);
  const doi = str(value.doi);
  const summarySource = isObject(value.summary) ? value.summary : value;
  const summary = emptySummary();
  for (const field of SUMMARY_FIELDS) summary[field] = str(summarySource[field]) ?? '';
  const status = str(value.status);
  const rating = int(value.rating);
  const createdAt = str(value.createdAt) ?? fallbackCreatedAt;
  if (Number.isNaN(Date.parse(createdAt))) throw new InputError(`${where}: "createdAt" is not a date (${createdAt}). Use ISO 8601, e.g. 2026-11-17T08:00:00Z.`);
  const kind = str(value.kind);
  const optional = (key: keyof typeof base) => str(value[key]) ?? (base[key] as string | null);
  const key = str(value.canonicalKey) ?? canonicalKey({ url, arxivId, doi });
  return {
    ...base,
    url,
    canonicalKey: key,
    kind: KINDS.includes(kind as ClipKind) ? (kind as ClipKind) : arxivId ? 'arxiv' : 'other',
    authors: strings(value.authors),
    abstract: optional('abstract'),
    published: optional('published'),
    updated: optional('updated'),
    arxivId,
    arxivVersion: int(value.arxivVersion),
    primaryCategory: optional('primaryCategory'),
    categories: strings(value.categories),
    comments: optional('comments'),
    journalRef: optional('journalRef'),
    doi,
    pdfUrl: optional('pdfUrl'),
    htmlUrl: optional('htmlUrl'),
    absUrl: optional('absUrl'),
    siteName: optional('siteName'),
    lang: optional('lang'),
    leadImage: optional('leadImage'),
    content: str(value.content) ?? '',
    warnings: strings(value.warnings),
    summary,
    tags: strings(value.tags),
    status: READING_STATUSES.includes(status as ReadingStatus) ? (status as ReadingStatus) : 'to-read',
    rating: rating !== null && rating >= 1 && rating <= 5 ? rating : null,
    id: str(value.id) ?? key,
    createdAt,
    updatedAt: str(value.updatedAt) ?? createdAt,
  };
}

function normalizeHighlight(value: unknown, where: string): Highlight {
  if (!isObject(value) || !str(value.clipId) || typeof value.quote !== 'string') {
    throw new InputError(`${where}: a highlight needs "clipId" and "quote".`);
  }
  return value as unknown as Highlight;
}

function isBackup(value: unknown): value is Json {
  return isObject(value) && value.format === 'gleaner-backup';
}

/** One parsed JSON document: a backup, a list of clips, or one clip. */
export function readClipDocument(value: unknown, where: string, fallbackCreatedAt: string): ClipInput {
  if (isBackup(value)) {
    if (value.version !== 1) throw new InputError(`${where}: this backup is version ${String(value.version)}; this Gleaner reads version 1. Update Gleaner.`);
    const clips = Array.isArray(value.clips) ? value.clips : [];
    const highlights = Array.isArray(value.highlights) ? value.highlights : [];
    const templates = Array.isArray(value.templates) ? value.templates.filter(isObject) : [];
    return {
      clips: clips.map((clip, i) => normalizeClip(clip, `${where} clips[${i}]`, fallbackCreatedAt)),
      highlights: highlights.map((h, i) => normalizeHighlight(h, `${where} highlights[${i}]`)),
      templates: templates as unknown as TemplateRow[],
    };
  }
  if (Array.isArray(value)) {
    return { clips: value.map((clip, i) => normalizeClip(clip, `${where}[${i}]`, fallbackCreatedAt)), highlights: [], templates: [] };
  }
  return { clips: [normalizeClip(value, where, fallbackCreatedAt)], highlights: [], templates: [] };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not valid JSON (${(error as Error).message}). Give clips as JSON, one per line (.jsonl), a list, or a Gleaner backup.`);
  }
}

/** A `.json` or `.jsonl` file's text. `.jsonl`: one JSON value per non-empty line. */
export function readClipFile(text: string, name: string, fallbackCreatedAt: string): ClipInput {
  const source = text.replace(/^\uFEFF/, '');
  if (/\.jsonl$/i.test(name) || /\.ndjson$/i.test(name)) {
    const out: ClipInput = { clips: [], highlights: [], templates: [] };
    source.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${name}:${index + 1}`;
      const doc = readClipDocument(parseJson(line, where), where, fallbackCreatedAt);
      out.clips.push(...doc.clips);
      out.highlights.push(...doc.highlights);
    });
    return out;
  }
  return readClipDocument(parseJson(source, name), name, fallbackCreatedAt);
}

/** Several inputs as one; a paper given twice (same canonical key) is kept once, the later copy winning. */
export function mergeInputs(inputs: readonly ClipInput[]): ClipInput {
  const clips = new Map<string, Clip>();
  for (const input of inputs) for (const clip of input.clips) clips.set(clip.canonicalKey, clip);
  return { clips: [...clips.values()], highlights: inputs.flatMap((i) => i.highlights), templates: inputs.flatMap((i) => i.templates) };
}
