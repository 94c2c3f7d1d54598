import { describe, expect, test } from 'vitest';
import { liveQuery, type DBCoreTransaction } from 'dexie';
import { searchClips, type SearchOutcome } from '@/lib/search/search';
import { compactSearchIndex, ensureSearchIndex, rebuildSearchIndex } from '@/lib/search/rebuild';
import { COMPACT_AT, indexedDocs, writeSearchDocs } from '@/lib/search/index-store';
import { clipTerms, TERMS_VERSION } from '@/lib/search/terms';
import { indexUpkeep } from '@/lib/search/upkeep';
import { deleteClip, restoreClip, saveClip, updateNotes } from '@/lib/store/clips';
import { putHighlight } from '@/lib/store/highlights';
import { GleanerDB, type ClipRow, type SearchHeadRow } from '@/lib/store/db';
import type { Highlight } from '@/lib/annotate/types';
import { freshDb, pageClip } from '../../helpers/db';
import { expectedIndexDoc } from '../../helpers/search-index';

let n = 0;
async function save(db: GleanerDB, title: string, minute = n): Promise<ClipRow> {
  n += 1;
  const url = `https://example.org/${n}`;
  const when = new Date(Date.UTC(2026, 0, 1) + minute * 60_000);
  return (await saveClip(db, pageClip({ url, canonicalKey: `url:${url}`, title }), {}, when)).clip;
}

function titles(outcome: SearchOutcome): string[] {
  if (outcome.kind !== 'results') throw new Error(`expected results, got hint ${outcome.hint}`);
  return outcome.hits.map((hit) => hit.clip.title);
}

const highlight = (clipId: string, quote: string, id: string): Highlight => ({
  id, clipId, url: 'https://example.org/', selectors: [], quote, note: '', color: 'yellow', createdAt: '', updatedAt: '',
});

async function head(db: GleanerDB): Promise<SearchHeadRow> {
  return (await db.searchBase.get('head')) as SearchHeadRow;
}

describe('the stored search index', () => {
  test('a save writes one delta row; compaction folds the delta into the base and empties it', async () => {
    const db = freshDb();
    const clip = await save(db, 'Mamba selective state spaces');
    expect(await db.searchDelta.toArray()).toEqual([{ clipId: clip.id, createdAt: Date.parse(clip.createdAt), terms: clipTerms(clip, []) }]);
    const before = await head(db);
    await compactSearchIndex(db);
    expect(await db.searchDelta.count()).toBe(0);
    expect((await head(db)).gen).not.toBe(before.gen);
    expect(await indexedDocs(db)).toEqual([expectedIndexDoc(clip)]);
    expect(titles(await searchClips(db, 'selective'))).toEqual(['Mamba selective state spaces']);
  });

  test('a clip changed or deleted after compaction is answered from the delta, never from its old base row', async () => {
    const db = freshDb();
    const kept = await save(db, 'Kept paper about routers');
    const edited = await save(db, 'Edited paper about routers');
    const gone = await save(db, 'Deleted paper about routers');
    await compactSearchIndex(db);
    await updateNotes(db, edited.id, { summary: { tldr: '蒸馏', problem: '', method: '', results: '', future: '' }, tags: [], status: 'done', rating: null });
    await deleteClip(db, gone.id);
    expect(titles(await searchClips(db, 'routers'))).toEqual(['Edited paper about routers', 'Kept paper about routers']);
    expect(titles(await searchClips(db, 'status:to-read routers'))).toEqual(['Kept paper about routers']);
    expect(titles(await searchClips(db, 'status:done 蒸馏'))).toEqual(['Edited paper about routers']);
    expect(await searchClips(db, 'routers')).toMatchObject({ kind: 'results', total: 2 });
    expect(await restoreClip(db, gone.id)).toBe(true);
    expect(titles(await searchClips(db, 'deleted routers'))).toEqual(['Deleted paper about routers']);
    expect((await indexedDocs(db)).map((doc) => doc.clipId)).toEqual([kept.id, edited.id, gone.id].sort());
  });

  test('ties stay newest first across the base and the delta, by creation, not by when a clip was last written', async () => {
    const db = freshDb();
    const old = await save(db, 'Sparse attention (old)', 1);
    await save(db, 'Sparse attention (middle)', 2);
    await compactSearchIndex(db);
    await save(db, 'Sparse attention (new)', 3);
    await updateNotes(db, old.id, { summary: { tldr: '', problem: 'x', method: '', results: '', future: '' }, tags: [], status: 'to-read', rating: null });
    expect(titles(await searchClips(db, 'sparse'))).toEqual(['Sparse attention (new)', 'Sparse attention (middle)', 'Sparse attention (old)']);
  });

  test('a search in one page sees what another page wrote a moment ago, and only re-reads the base when it changed', async () => {
    const db = freshDb();
    await save(db, 'First clip on transformers');
    await compactSearchIndex(db);
    expect(titles(await searchClips(db, 'transformers'))).toEqual(['First clip on transformers']);
    const other = new GleanerDB(db.name); // the background, writing while the popup searches
    await save(other, 'Second clip on transformers');
    expect(titles(await searchClips(db, 'transformers'))).toEqual(['Second clip on transformers', 'First clip on transformers']);
    await compactSearchIndex(other);
    await save(other, 'Third clip on transformers');
    expect(titles(await searchClips(db, 'transformers'))).toHaveLength(3);
    other.close();
  });

  test('repeated searches stay inside their one read transaction, also under liveQuery (the cached path)', async () => {
    const db = freshDb();
    const seen: DBCoreTransaction[] = [];
    db.use({
      stack: 'dbcore',
      name: 'record-transactions',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            get: (req) => (seen.push(req.trans), table.get(req)),
            getMany: (req) => (seen.push(req.trans), table.getMany(req)),
            query: (req) => (seen.push(req.trans), table.query(req)),
          };
        },
      }),
    });
    await save(db, 'Retrieval augmented generation');
    const live = () =>
      new Promise<SearchOutcome>((resolve, reject) => {
        const subscription = liveQuery(() => searchClips(db, 'retrieval')).subscribe({
          next: (outcome) => (resolve(outcome), setTimeout(() => subscription.unsubscribe())),
          error: reject,
        });
      });
    for (let i = 0; i < 3; i++) {
      seen.length = 0;
      expect(titles(await live())).toEqual(['Retrieval augmented generation']);
      expect(new Set(seen).size).toBe(1);
    }
  });

  test('a damaged index is made true again by a rebuild, ghosts of gone clips dropped', async () => {
    const db = freshDb();
    const clip = await save(db, 'Sparse mixture of experts');
    await writeSearchDocs(db, [{ clipId: clip.id, createdAt: 0, terms: [] }, { clipId: 'ghost', createdAt: 0, terms: ['1:sparse'] }]);
    expect(titles(await searchClips(db, 'sparse'))).toEqual([]);
    expect(await rebuildSearchIndex(db)).toEqual({ clips: 1 });
    expect(await db.searchDelta.count()).toBe(0);
    expect(await indexedDocs(db)).toEqual([expectedIndexDoc(clip)]);
    expect(titles(await searchClips(db, 'sparse'))).toEqual(['Sparse mixture of experts']);
    expect(await ensureSearchIndex(db)).toBe('none');
  });

  test('an index made by another version of the terms is not read, says so, and is rebuilt once', async () => {
    const db = freshDb();
    const clip = await save(db, 'Mamba');
    await putHighlight(db, highlight(clip.id, 'hardware-aware scan', 'h1'));
    await db.searchBase.put({ ...(await head(db)), version: TERMS_VERSION - 1 });
    expect(await searchClips(db, 'mamba')).toMatchObject({ kind: 'hint', hint: 'indexing' });
    expect(await ensureSearchIndex(db)).toBe('rebuilt');
    expect((await head(db)).version).toBe(TERMS_VERSION);
    expect(titles(await searchClips(db, 'hardware'))).toEqual(['Mamba']);
    expect(await ensureSearchIndex(db)).toBe('none');
  });

  test(`upkeep compacts once the delta holds ${COMPACT_AT} clips, after writes settle`, async () => {
    const db = freshDb();
    for (let i = 0; i < COMPACT_AT - 1; i++) await save(db, `paper ${i} on routing`, i);
    expect(await ensureSearchIndex(db)).toBe('none');
    await save(db, 'one more on routing', COMPACT_AT);
    let settled: () => void = () => {};
    const done = new Promise<void>((resolve) => (settled = resolve));
    const upkeep = indexUpkeep(db, 5);
    const watch = setInterval(() => void db.searchDelta.count().then((count) => count === 0 && settled()), 5);
    upkeep.poke();
    upkeep.poke();
    await done;
    clearInterval(watch);
    const outcome = await searchClips(db, 'routing', { limit: 3 });
    expect(outcome).toMatchObject({ kind: 'results', total: COMPACT_AT });
    expect(titles(outcome)).toEqual(['one more on routing', `paper ${COMPACT_AT - 2} on routing`, `paper ${COMPACT_AT - 3} on routing`]);
  });
});
