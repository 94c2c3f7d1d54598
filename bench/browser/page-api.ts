import type { Clip } from '@/lib/clip/model';
import { indexedDocs } from '@/lib/search/index-store';
import { rebuildSearchIndex } from '@/lib/search/rebuild';
import { searchClips } from '@/lib/search/search';
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
    await db.transaction('rw', [db.clips, db.contents], async () => {
      await db.clips.bulkPut(rows);
      await db.contents.bulkPut(clips.map((clip) => ({ clipId: clip.id, markdown: clip.content })));
    });
  }
  // The index as a library of this size has it: one base, built as the background rebuilds it.
  await rebuildSearchIndex(db);
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

const PAGE = 20;

/**
 * lib/search's searchClips from a database just opened in this page (so the index is read cold):
 * ranking, the first page of rows and their snippets, without the search UI.
 */
async function indexSearch(query: string): Promise<ProbeResult> {
  const started = performance.now();
  const db = new GleanerDB();
  await db.open();
  const outcome = await searchClips(db, query, { limit: PAGE });
  const ms = performance.now() - started;
  db.close();
  if (outcome.kind !== 'results') throw new Error(`The bench query "${query}" gave the hint "${outcome.hint}", not results.`);
  return { ms, matches: outcome.total, shown: outcome.hits.length };
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

async function counts(): Promise<{ clips: number; contents: number; indexed: number }> {
  const db = new GleanerDB();
  const result = { clips: await db.clips.count(), contents: await db.contents.count(), indexed: (await indexedDocs(db)).length };
  db.close();
  return result;
}

async function clear(): Promise<void> {
  const db = new GleanerDB();
  const tables = [db.clips, db.contents, db.searchBase, db.searchDelta, db.drafts, db.highlights];
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
  db.close();
}

export const pageApi = { seed, indexSearch, scanSearch, counts, clear };
export type PageApi = typeof pageApi;

(globalThis as { gleanerBench?: PageApi }).gleanerBench = pageApi;
