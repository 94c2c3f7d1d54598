import { emptyMetadata, emptySummary, type Clip } from '@/lib/clip/model';
import { clipTerms } from '@/lib/search/terms';
import { GleanerDB, type ClipRow } from '@/lib/store/db';
import { generateClip } from './clip-rows';

/**
 * What the bench runs inside an extension page (bundled to one script by bundle.ts and
 * evaluated there): it writes the generated library into the extension's own IndexedDB, and
 * probes how fast a just-opened page can search it. Everything uses the lib/ code the popup uses.
 */

export interface SeedOptions {
  count: number;
  seed: number;
  /** Clips a transaction: big enough to amortize commits, small enough to keep memory flat. */
  batch: number;
  /** The clip the popup will open: this page's URL and key, with a summary filled in. */
  target?: { index: number; url: string; canonicalKey: string; tldr: string };
}

export interface SeedResult {
  ms: number;
  clips: number;
  contentBytes: number;
  /** navigator.storage.estimate().usage after seeding, in bytes. */
  usage: number | null;
}

function clipOf(index: number, options: SeedOptions): Clip {
  const clip = generateClip(index, { seed: options.seed, total: options.count });
  const target = options.target;
  if (target?.index !== index) return clip;
  return { ...clip, kind: 'blog', url: target.url, canonicalKey: target.canonicalKey, summary: { ...clip.summary, tldr: target.tldr } };
}

async function seed(options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const db = new GleanerDB();
  let contentBytes = 0;
  const encoder = new TextEncoder();
  for (let from = 0; from < options.count; from += options.batch) {
    const clips = Array.from({ length: Math.min(options.batch, options.count - from) }, (_, i) => clipOf(from + i, options));
    // The rows the store writes (lib/store/clips.ts writeClip), in bulk: one transaction a batch.
    const rows: ClipRow[] = clips.map(({ content: _content, ...row }) => row);
    for (const clip of clips) contentBytes += encoder.encode(clip.content).length;
    await db.transaction('rw', [db.clips, db.contents, db.searchIndex], async () => {
      await db.clips.bulkPut(rows);
      await db.contents.bulkPut(clips.map((clip) => ({ clipId: clip.id, markdown: clip.content })));
      await db.searchIndex.bulkPut(rows.map((row) => ({ clipId: row.id, terms: clipTerms(row, []) })));
    });
  }
  const ms = performance.now() - started;
  db.close();
  const usage = (await navigator.storage?.estimate?.())?.usage ?? null;
  return { ms, clips: options.count, contentBytes, usage };
}

export interface ProbeResult {
  /** From opening the database to the first page of results. */
  ms: number;
  matches: number;
  shown: number;
}

/** Words of a query as the plain scan looks for them: lower-cased, split on non-letters. */
function queryWords(query: string): string[] {
  return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const BLANK_ROW: ClipRow = {
  ...emptyMetadata(''),
  warnings: [],
  summary: emptySummary(),
  tags: [],
  status: 'to-read',
  rating: null,
  id: '',
  createdAt: '',
  updatedAt: '',
};

/**
 * The index terms of a query: what clipTerms() makes of it as a title, less what it makes of a
 * blank clip. Index and query then go through the same tokenizer (stems, CJK splitting,
 * whatever lib/search/terms.ts does), and the probe keeps reading the index right when it changes.
 */
function queryTerms(query: string): string[] {
  const blank = new Set(clipTerms(BLANK_ROW, []));
  return clipTerms({ ...BLANK_ROW, title: query }, []).filter((term) => !blank.has(term));
}

const PAGE = 20;

/** Search through the term index (prefix match of every query term), newest first, one page. */
async function indexSearch(query: string): Promise<ProbeResult> {
  const started = performance.now();
  const db = new GleanerDB();
  await db.open();
  const sets: Set<string>[] = [];
  for (const term of queryTerms(query)) sets.push(new Set(await db.searchIndex.where('terms').startsWith(term).primaryKeys()));
  const [first, ...rest] = sets;
  const found = [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
  // Ids sort by creation time: the newest page without reading any row first.
  const page = found.sort().reverse().slice(0, PAGE);
  const rows = await db.clips.bulkGet(page);
  const ms = performance.now() - started;
  db.close();
  return { ms, matches: found.length, shown: rows.filter(Boolean).length };
}

/** The baseline: read every clip row and look for the words in the same fields, newest first. */
async function scanSearch(query: string): Promise<ProbeResult> {
  const started = performance.now();
  const db = new GleanerDB();
  await db.open();
  const words = queryWords(query);
  const rows = await db.clips.toArray();
  const hits = rows.filter((row) => {
    const { summary } = row;
    const text = [row.title, row.authors.join(' '), summary.tldr, summary.problem, summary.method, summary.results, summary.future, row.tags.join(' ')]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
  hits.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const shown = hits.slice(0, PAGE).length;
  const ms = performance.now() - started;
  db.close();
  return { ms, matches: hits.length, shown };
}

async function counts(): Promise<{ clips: number; contents: number; searchIndex: number }> {
  const db = new GleanerDB();
  const result = { clips: await db.clips.count(), contents: await db.contents.count(), searchIndex: await db.searchIndex.count() };
  db.close();
  return result;
}

async function clear(): Promise<void> {
  const db = new GleanerDB();
  await db.transaction('rw', [db.clips, db.contents, db.searchIndex, db.drafts, db.highlights], async () => {
    await Promise.all([db.clips.clear(), db.contents.clear(), db.searchIndex.clear(), db.drafts.clear(), db.highlights.clear()]);
  });
  db.close();
}

export const pageApi = { seed, indexSearch, scanSearch, counts, clear };
export type PageApi = typeof pageApi;

(globalThis as { gleanerBench?: PageApi }).gleanerBench = pageApi;
