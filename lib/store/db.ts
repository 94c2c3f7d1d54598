import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Clip, Notes } from '../clip/model';
import type { Highlight } from '../annotate/types';
import type { Snapshot } from '../search/snapshot';
import { rebuildWithin, type SearchTables } from '../search/index-store';

/**
 * A clip row is everything but the content: the popup lists and searches clips without loading
 * megabytes of Markdown. The content lives in `contents`, written in the same transaction.
 */
export type ClipRow = Omit<Clip, 'content'>;

export interface ContentRow {
  clipId: string;
  markdown: string;
}

/**
 * The search index (lib/search/index-store.ts): a head row saying which base is current and how
 * far the delta has moved, and the base snapshot itself.
 */
export interface SearchHeadRow {
  key: 'head';
  /** The TERMS_VERSION that made the base; another one is rebuilt, not read. */
  version: number;
  /** Names the current base; a new one on every compaction or rebuild. */
  gen: string;
  /** Bumped by every write of the delta, so readers know when to read it again. */
  deltaSeq: number;
  docs: number;
}

export interface SearchBodyRow {
  key: 'body';
  gen: string;
  snapshot: Snapshot;
}

export type SearchBaseRow = SearchHeadRow | SearchBodyRow;

/**
 * The text of a clip's highlights, for result snippets: one row a clip that has highlights, so
 * that a page of results reads them in one request (a read of the highlights index per clip
 * cost 0.3–0.5 ms each in Chromium). Derived, rewritten with the highlights.
 */
export interface SearchHighlightsRow {
  clipId: string;
  texts: { quote: string; note: string }[];
}

/** A clip's search terms since the base was written; `terms: null` once it was deleted. */
export interface SearchDeltaRow {
  clipId: string;
  createdAt: number;
  terms: string[] | null;
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
  // A plain Table: EntityTable's insert type does not distribute over the union of row kinds.
  searchBase!: Table<SearchBaseRow, string>;
  searchDelta!: EntityTable<SearchDeltaRow, 'clipId'>;
  searchHighlights!: EntityTable<SearchHighlightsRow, 'clipId'>;
  trash!: EntityTable<TrashRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  templates!: EntityTable<TemplateRow, 'id'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    // No liveQuery cache: its optimistic updates help only writes made in the same page (ours come
    // from the background), and in its default 'cloned' mode it copies what it hands out, the
    // 3 MB search snapshot included. lib/search keeps the one cache it needs (index-store.ts).
    super(name, { cache: 'disabled', ...options });
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
    // v2: the multi-entry `searchIndex` (2 million index entries for 10,000 clips, 16 s to
    // rebuild in Chromium) gives way to a snapshot plus delta (lib/search/index-store.ts).
    this.version(2)
      .stores({ searchIndex: null, searchBase: 'key', searchDelta: 'clipId', searchHighlights: 'clipId' })
      .upgrade(async (tx) => {
        const tables = ['clips', 'highlights', 'searchBase', 'searchDelta', 'searchHighlights'] as const;
        await rebuildWithin(Object.fromEntries(tables.map((name) => [name, tx.table(name)])) as unknown as SearchTables);
        // v1 kept the terms' version in settings; the head row holds it now.
        await tx.table('settings').delete('searchTermsVersion');
      });
  }
}
