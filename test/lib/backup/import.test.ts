import { describe, expect, test } from 'vitest';
import { collectBackup } from '@/lib/backup/export';
import { importBackup, previewImport } from '@/lib/backup/import';
import type { BackupFile } from '@/lib/backup/format';
import type { Highlight } from '@/lib/annotate/types';
import { getClip, saveClip } from '@/lib/store/clips';
import { putHighlight } from '@/lib/store/highlights';
import { freshDb, pageClip } from '../../helpers/db';
import { ensureSearchIndex, searchClips } from '@/lib/search';
import { SEARCH_TERMS_VERSION_KEY } from '@/lib/store/settings';

/** The ids a search finds: the index is only right if the imported words find the clip. */
async function foundIds(db: Parameters<typeof searchClips>[0], query: string): Promise<string[]> {
  const outcome = await searchClips(db, query);
  return outcome.kind === 'results' ? outcome.hits.map((hit) => hit.clip.id) : [];
}

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

function highlight(id: string, clipId: string, updatedAt: Date, note = ''): Highlight {
  const stamp = updatedAt.toISOString();
  return { id, clipId, url: 'https://a.org', selectors: [], quote: 'q', note, color: 'yellow', createdAt: stamp, updatedAt: stamp };
}

function paper(n: number) {
  return pageClip({ url: `https://a.org/${n}`, canonicalKey: `url:https://a.org/${n}`, title: `paper ${n}` });
}

async function backupOf(build: (db: ReturnType<typeof freshDb>) => Promise<void>): Promise<BackupFile> {
  const db = freshDb();
  await build(db);
  return collectBackup(db);
}

describe('importing', () => {
  test('the preview counts what merge would add, take and keep', async () => {
    const file = await backupOf(async (db) => {
      await saveClip(db, paper(1), {}, day(10)); // newer than the library's
      await saveClip(db, paper(2), {}, day(1)); // older
      await saveClip(db, paper(3), {}, day(5)); // new to the library
    });
    const db = freshDb();
    await saveClip(db, paper(1), {}, day(2));
    await saveClip(db, paper(2), {}, day(2));
    await saveClip(db, paper(4), {}, day(2));
    expect(await previewImport(db, file)).toEqual({
      clips: 3, highlights: 0, templates: 0, settings: 0,
      newClips: 1, newerClips: 1, olderClips: 1, libraryClips: 3, removedByReplace: 1,
    });
  });

  test('a newer clip from the file keeps the library id, and its highlights follow it', async () => {
    let fileClipId = '';
    const file = await backupOf(async (db) => {
      const { clip } = await saveClip(db, paper(1), { tags: ['from-file'] }, day(10));
      fileClipId = clip.id;
      await putHighlight(db, highlight('h-file', clip.id, day(10), 'from the file'));
    });
    const db = freshDb();
    const { clip: mine } = await saveClip(db, paper(1), { tags: ['mine'] }, day(2));
    expect(mine.id).not.toBe(fileClipId);
    const result = await importBackup(db, file, 'merge');
    expect(result).toMatchObject({ added: 0, updated: 1, kept: 0, highlights: 1 });
    expect((await getClip(db, mine.id))?.tags).toEqual(['from-file']);
    expect(await db.clips.count()).toBe(1);
    expect((await db.highlights.get('h-file'))?.clipId).toBe(mine.id);
    expect(await foundIds(db, 'tag:from-file')).toEqual([mine.id]);
  });

  test('a file clip whose id belongs to another paper of yours gets a new id, never overwriting it', async () => {
    const db = freshDb();
    const { clip: mine } = await saveClip(db, paper(1), {}, day(1));
    const file = await backupOf(async (other) => {
      await saveClip(other, paper(2), {}, day(9));
    });
    const clash: BackupFile = {
      ...file,
      clips: [{ ...file.clips[0]!, id: mine.id }],
      counts: { ...file.counts, highlights: 1 },
      highlights: [highlight('h', mine.id, day(9))],
    };
    await importBackup(db, clash, 'merge', day(20));
    const clips = await db.clips.toArray();
    expect(clips.map((c) => c.title).sort()).toEqual(['paper 1', 'paper 2']);
    expect((await db.clips.get(mine.id))?.title).toBe('paper 1');
    const moved = clips.find((c) => c.title === 'paper 2')!;
    expect(moved.id).not.toBe(mine.id);
    expect((await db.highlights.get('h'))?.clipId).toBe(moved.id);
  });

  test('highlights whose clip is nowhere are counted and left out; those of a library clip are merged', async () => {
    const db = freshDb();
    const { clip: mine } = await saveClip(db, paper(1), {}, day(1));
    const file = await backupOf(async () => undefined);
    const withHighlights: BackupFile = {
      ...file,
      counts: { ...file.counts, highlights: 2 },
      highlights: [highlight('on-mine', mine.id, day(3), '补充'), highlight('lost', 'no-such-clip', day(3))],
    };
    expect(await importBackup(db, withHighlights, 'merge')).toMatchObject({ highlights: 1, orphanHighlights: 1 });
    expect(await db.highlights.get('lost')).toBeUndefined();
    expect(await foundIds(db, '补充')).toEqual([mine.id]);
    // Replace: the library clip is gone, so its highlight has no clip either.
    expect(await importBackup(db, withHighlights, 'replace')).toMatchObject({ highlights: 0, orphanHighlights: 2 });
  });

  test('merge keeps this browser\u2019s settings and the newer template; replace takes the file\u2019s', async () => {
    const file = await backupOf(async (db) => {
      await db.settings.bulkPut([{ key: 'locale', value: 'zh_CN' }, { key: 'digestDay', value: 1 }]);
      await db.templates.bulkPut([
        { id: 'weekly', name: 'Weekly', body: 'file', workingBody: 'file', updatedAt: day(10).toISOString() },
        { id: 'old', name: 'Old', body: 'file', workingBody: 'file', updatedAt: day(1).toISOString() },
      ]);
    });
    const db = freshDb();
    await db.settings.put({ key: 'locale', value: 'en' });
    await db.templates.bulkPut([
      { id: 'weekly', name: 'Weekly', body: 'mine', workingBody: 'mine', updatedAt: day(5).toISOString() },
      { id: 'old', name: 'Old', body: 'mine', workingBody: 'mine', updatedAt: day(5).toISOString() },
    ]);
    expect(await importBackup(db, file, 'merge')).toMatchObject({ templates: 1, settings: 1 });
    expect(await db.settings.toArray()).toEqual([{ key: 'digestDay', value: 1 }, { key: 'locale', value: 'en' }]);
    expect((await db.templates.toArray()).map((t) => t.body)).toEqual(['mine', 'file']);

    await importBackup(db, file, 'replace');
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'zh_CN' });
    expect((await db.templates.toArray()).map((t) => t.body)).toEqual(['file', 'file']);
  });

  test('drafts of unsaved pages are not touched by a replace', async () => {
    const db = freshDb();
    await db.drafts.put({ key: 'url:x', url: 'x', title: 'x', notes: { summary: { tldr: 'draft', problem: '', method: '', results: '', future: '' }, tags: [], status: 'to-read', rating: null }, updatedAt: day(1).toISOString() });
    await importBackup(db, await backupOf(async () => undefined), 'replace');
    expect(await db.drafts.count()).toBe(1);
  });

  test('the search index\u2019s bookkeeping is neither exported nor taken or cleared by an import', async () => {
    const file = await backupOf(async (db) => {
      await ensureSearchIndex(db);
      await db.settings.put({ key: 'locale', value: 'zh_CN' });
    });
    expect(file.settings.map((s) => s.key)).toEqual(['locale']);
    const db = freshDb();
    await ensureSearchIndex(db);
    const version = await db.settings.get(SEARCH_TERMS_VERSION_KEY);
    const stale = { ...file, settings: [...file.settings, { key: SEARCH_TERMS_VERSION_KEY, value: -1 }] };
    await importBackup(db, stale, 'replace');
    expect(await db.settings.get(SEARCH_TERMS_VERSION_KEY)).toEqual(version);
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'zh_CN' });
  });
});
