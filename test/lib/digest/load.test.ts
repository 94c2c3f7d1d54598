import { describe, expect, test } from 'vitest';
import { loadClips } from '@/lib/digest/load';
import { saveClip } from '@/lib/store/clips';
import { freshDb, pageClip } from '../../helpers/db';

const summary = (tldr: string) => ({ tldr, problem: '', method: '', results: '', future: '' });

describe('loadClips with a search', () => {
  test('uses the library search: Chinese without spaces, stems, filters; stop words alone find nothing', async () => {
    const db = freshDb();
    const a = await saveClip(db, pageClip({ url: 'https://a.org/1', canonicalKey: 'url:a1', title: 'Distilling step by step' }), { summary: summary('一种知识蒸馏方法'), tags: ['kd'] });
    await saveClip(db, pageClip({ url: 'https://a.org/2', canonicalKey: 'url:a2', title: 'State space models' }), { summary: summary('选择性扫描'), tags: ['ssm'] });
    const ids = async (query: string) => (await loadClips(db, { kind: 'search', query }, 'UTC')).map((clip) => clip.id);
    expect(await ids('蒸馏')).toEqual([a.clip.id]);
    expect(await ids('distilled')).toEqual([a.clip.id]);
    expect(await ids('tag:kd')).toEqual([a.clip.id]);
    expect(await ids('蒸馏 tag:ssm')).toEqual([]);
    expect(await ids('the of')).toEqual([]);
    expect(await ids('')).toHaveLength(2);
  });
});
