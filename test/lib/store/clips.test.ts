import { describe, expect, test } from 'vitest';
import { allTags, deleteClip, findClip, getClip, listRecent, purgeTrash, restoreClip, saveClip, saveDraft, updateNotes } from '@/lib/store/clips';
import { defaultNotes } from '@/lib/store/clips';
import { freshDb, pageClip } from '../../helpers/db';
import { indexedDocs } from '@/lib/search/index-store';

const at = (iso: string) => new Date(iso);

describe('saving clips', () => {
  test('a new page becomes a clip with empty notes; its content lives apart from the row', async () => {
    const db = freshDb();
    const { clip, created } = await saveClip(db, pageClip({ content: '# Body' }), {}, at('2026-11-20T10:00:00Z'));
    expect(created).toBe(true);
    expect(clip).not.toHaveProperty('content');
    expect(clip.createdAt).toBe('2026-11-20T10:00:00.000Z');
    expect((await getClip(db, clip.id))?.content).toBe('# Body');
    expect((await db.searchDelta.get(clip.id))?.terms).toContain('1:post'); // title terms are tier 1 (lib/search/terms.ts)
  });

  test('saving the same paper again merges and never empties a summary', async () => {
    const db = freshDb();
    const first = await saveClip(db, pageClip(), { summary: { ...defaultNotes().summary, problem: 'Long contexts are slow.' }, tags: ['attention'] });
    const second = await saveClip(db, pageClip({ title: 'A post, revised' }), { summary: { ...defaultNotes().summary, method: 'Sparse.' }, tags: ['Attention', 'efficiency'] });
    expect(second.created).toBe(false);
    expect(second.clip.id).toBe(first.clip.id);
    expect(second.clip.title).toBe('A post, revised');
    expect(second.clip.summary.problem).toBe('Long contexts are slow.');
    expect(second.clip.summary.method).toBe('Sparse.');
    expect(second.clip.tags).toEqual(['attention', 'efficiency']);
    expect(await db.clips.count()).toBe(1);
  });

  test('a draft typed before saving is folded into the clip and then removed', async () => {
    const db = freshDb();
    const notes = { ...defaultNotes(), summary: { ...defaultNotes().summary, tldr: '先读这篇' } };
    await saveDraft(db, { key: 'url:https://example.org/post', url: 'https://example.org/post', title: 'A post', notes });
    const { clip } = await saveClip(db, pageClip());
    expect(clip.summary.tldr).toBe('先读这篇');
    expect(await db.drafts.count()).toBe(0);
  });

  test('autosave stores notes exactly, including a field the user emptied', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, pageClip(), { summary: { ...defaultNotes().summary, tldr: 'old' } });
    const updated = await updateNotes(db, clip.id, { ...defaultNotes(), tags: ['蒸馏'] });
    expect(updated?.summary.tldr).toBe('');
    expect(await allTags(db)).toEqual(['蒸馏']);
    expect(await updateNotes(db, 'missing', defaultNotes())).toBeNull();
  });
});

describe('finding and listing', () => {
  test('lists newest first and finds a clip by key or by the address it came from', async () => {
    const db = freshDb();
    await saveClip(db, pageClip({ url: 'https://a.org/1', canonicalKey: 'url:https://a.org/1', title: 'one' }), {}, at('2026-11-01T00:00:00Z'));
    await saveClip(db, pageClip({ url: 'https://a.org/2', canonicalKey: 'doi:10.1/x', title: 'two' }), {}, at('2026-11-02T00:00:00Z'));
    expect((await listRecent(db)).map((c) => c.title)).toEqual(['two', 'one']);
    expect((await findClip(db, { canonicalKey: 'url:https://a.org/2', url: 'https://a.org/2' }))?.title).toBe('two');
    expect(await findClip(db, { canonicalKey: 'url:https://a.org/3' })).toBeNull();
  });
});

describe('deleting', () => {
  test('a deleted clip leaves no trace in the library and comes back whole on undo', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, pageClip({ content: 'body' }), { tags: ['x'] });
    expect(await deleteClip(db, clip.id)).toBe(true);
    expect(await db.clips.count()).toBe(0);
    expect(await db.contents.count()).toBe(0);
    expect(await indexedDocs(db)).toEqual([]);
    expect(await restoreClip(db, clip.id)).toBe(true);
    const back = await getClip(db, clip.id);
    expect(back?.content).toBe('body');
    expect(back?.tags).toEqual(['x']);
    expect(await restoreClip(db, clip.id)).toBe(false);
  });
});

test('the trash forgets only what was deleted before the cut-off', async () => {
  const db = freshDb();
  const old = await saveClip(db, pageClip({ url: 'https://a.org/old', canonicalKey: 'url:https://a.org/old' }));
  const recent = await saveClip(db, pageClip({ url: 'https://a.org/new', canonicalKey: 'url:https://a.org/new' }));
  await deleteClip(db, old.clip.id, at('2026-10-01T00:00:00Z'));
  await deleteClip(db, recent.clip.id, at('2026-11-20T00:00:00Z'));
  expect(await purgeTrash(db, at('2026-11-01T00:00:00Z'))).toBe(1);
  expect(await restoreClip(db, old.clip.id)).toBe(false);
  expect(await restoreClip(db, recent.clip.id)).toBe(true);
});
