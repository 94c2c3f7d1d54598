import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Clip, Notes } from '../clip/model';
import type { Highlight } from '../annotate/types';

/**
 * A clip row is everything but the content: the popup lists and searches clips without loading
 * megabytes of Markdown. The content lives in `contents`, written in the same transaction.
 */
export type ClipRow = Omit<Clip, 'content'>;

export interface ContentRow {
  clipId: string;
  markdown: string;
}

/** One row per clip: the search terms of its fields, kept current in the clip's write transaction. */
export interface SearchRow {
  clipId: string;
  terms: string[];
}

/** A deleted clip kept for undo (and purged after a while). */
export interface TrashRow {
  id: string;
  deletedAt: string;
  clip: Clip;
  highlights: Highlight[];
}

/** Notes typed on a page that was never saved, keyed by the page's canonical key. */
export interface DraftRow {
  key: string;
  url: string;
  title: string;
  notes: Notes;
  updatedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface TemplateRow {
  id: string;
  name: string;
  /** What the user last typed, even when it does not compile. */
  body: string;
  /** The last body that compiled; digests use this one. */
  workingBody: string;
  updatedAt: string;
}

export const DB_NAME = 'gleaner';

export class GleanerDB extends Dexie {
  clips!: EntityTable<ClipRow, 'id'>;
  contents!: EntityTable<ContentRow, 'clipId'>;
  highlights!: EntityTable<Highlight, 'id'>;
  searchIndex!: EntityTable<SearchRow, 'clipId'>;
  trash!: EntityTable<TrashRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  templates!: EntityTable<TemplateRow, 'id'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Schema versions: see docs/ARCHITECTURE.md. Never edit a released version's line; add
    // version(n + 1) with the new stores and an upgrade() that moves the data, plus a test that
    // opens a database written by version n.
    this.version(1).stores({
      clips: 'id, &canonicalKey, url, updatedAt, createdAt, *tags, status, kind',
      contents: 'clipId',
      highlights: 'id, clipId, createdAt',
      searchIndex: 'clipId, *terms',
      trash: 'id, deletedAt',
      drafts: 'key, updatedAt',
      settings: 'key',
      templates: 'id',
    });
  }
}
