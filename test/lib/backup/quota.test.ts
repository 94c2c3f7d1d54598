import { describe, expect, test } from 'vitest';
import { importBackup } from '@/lib/backup/import';
import { collectBackup } from '@/lib/backup/export';
import { createDispatcher, type BackgroundCalls } from '@/lib/protocol';
import { storeHandlers } from '@/lib/store/service';
import { defaultNotes, saveClip } from '@/lib/store/clips';
import { freshDb, pageClip } from '../../helpers/db';
import { failWritesTo } from './fail-writes';
import { indexedDocs } from '@/lib/search/index-store';

const FULL_DISK = /no room left.*export a backup/;

describe('a full disk', () => {
  test('a save that hits the quota writes nothing, and the caller gets a message that says what to do', async () => {
    const db = freshDb();
    // contents is written after the clip row in the same transaction: the row must be rolled back.
    failWritesTo(db, 'contents');
    const dispatch = createDispatcher<BackgroundCalls>(storeHandlers(db));
    const reply = await dispatch({ call: 'saveClip', args: { page: pageClip(), notes: { tags: ['kept'] } } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(FULL_DISK) });
    expect(await db.clips.count()).toBe(0);
    expect(await indexedDocs(db)).toEqual([]);
  });

  test('an autosave that hits the quota leaves the clip as it was and tells the caller', async () => {
    const db = freshDb();
    const disk = failWritesTo(db, 'searchDelta');
    disk.full = false;
    const { clip } = await saveClip(db, pageClip(), { summary: { ...defaultNotes().summary, tldr: 'before' } });
    disk.full = true;
    const dispatch = createDispatcher<BackgroundCalls>(storeHandlers(db));
    const notes = { ...defaultNotes(), summary: { ...defaultNotes().summary, tldr: 'after' } };
    const reply = await dispatch({ call: 'updateNotes', args: { clipId: clip.id, notes } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(FULL_DISK) });
    expect((await db.clips.get(clip.id))?.summary.tldr).toBe('before');
  });

  test('an import that hits the quota half way leaves the library exactly as it was', async () => {
    const source = freshDb();
    await saveClip(source, pageClip({ url: 'https://a.org/new', canonicalKey: 'url:https://a.org/new' }));
    const backup = await collectBackup(source);

    const db = freshDb();
    failWritesTo(db, 'highlights');
    await saveClip(db, pageClip({ title: 'mine' }), { tags: ['mine'] });
    const before = await collectBackup(db, new Date(0));
    // A file with a highlight: the clips are written first, then the highlight write fails.
    const withHighlight = {
      ...backup,
      counts: { ...backup.counts, highlights: 1 },
      highlights: [
        { id: 'h1', clipId: backup.clips[0]!.id, url: 'https://a.org/new', selectors: [], quote: 'q', note: '', color: 'yellow' as const, createdAt: backup.exportedAt, updatedAt: backup.exportedAt },
      ],
    };
    for (const mode of ['merge', 'replace'] as const) {
      await expect(importBackup(db, withHighlight, mode)).rejects.toThrow(/quota/i);
      expect(await collectBackup(db, new Date(0))).toEqual(before);
      expect(await indexedDocs(db)).toHaveLength(1);
    }
  });
});
