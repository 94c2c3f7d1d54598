import { afterEach, describe, expect, test } from 'vitest';
import { generateClip } from '../../bench/browser/clip-rows';
import { pageApi } from '../../bench/browser/page-api';
import { GleanerDB } from '@/lib/store/db';

describe('the generated library', () => {
  test('is the same on every run, and differs with the seed', () => {
    expect(generateClip(7, { seed: 1, total: 100 })).toEqual(generateClip(7, { seed: 1, total: 100 }));
    expect(generateClip(7, { seed: 2, total: 100 }).title).not.toBe(generateClip(7, { seed: 1, total: 100 }).title);
  });

  test('has unique ids and keys, ids in date order, both languages, and 2–50 KB of Markdown', () => {
    const clips = Array.from({ length: 400 }, (_, i) => generateClip(i, { seed: 3, total: 400 }));
    expect(new Set(clips.map((c) => c.id)).size).toBe(400);
    expect(new Set(clips.map((c) => c.canonicalKey)).size).toBe(400);
    const byId = [...clips].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => c.createdAt);
    expect(byId).toEqual([...byId].sort());
    const zh = clips.filter((c) => c.lang === 'zh-CN').length;
    expect(zh).toBeGreaterThan(120);
    expect(zh).toBeLessThan(280);
    const sizes = clips.map((c) => new TextEncoder().encode(c.content).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1500);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60_000);
    expect(clips.some((c) => c.summary.tldr === '')).toBe(true);
    expect(clips.some((c) => /[\u4e00-\u9fff]/.test(c.summary.method))).toBe(true);
  });
});

describe('the in-page bench API (on fake-indexeddb)', () => {
  afterEach(async () => {
    await new GleanerDB().delete();
  });

  test('seeds rows, contents and search terms, with the target clip where asked', async () => {
    const target = { index: 5, url: 'https://blog.example.org/post', canonicalKey: 'url:https://blog.example.org/post', tldr: 'Target TL;DR' };
    const result = await pageApi.seed({ count: 60, seed: 9, batch: 25, target });
    expect(result.clips).toBe(60);
    expect(result.contentBytes).toBeGreaterThan(60 * 1500);
    expect(await pageApi.counts()).toEqual({ clips: 60, contents: 60, indexed: 60 });
    const db = new GleanerDB();
    const saved = await db.clips.where('canonicalKey').equals(target.canonicalKey).first();
    db.close();
    expect(saved?.summary.tldr).toBe('Target TL;DR');
    expect(saved?.url).toBe(target.url);
  });

  test('the index probe finds what the scan finds, a page at most, and nothing for a word nowhere', async () => {
    await pageApi.seed({ count: 80, seed: 4, batch: 40 });
    for (const query of ['attention', 'state space']) {
      const index = await pageApi.indexSearch(query);
      const scan = await pageApi.scanSearch(query);
      expect(index.matches).toBeGreaterThan(0);
      expect(scan.matches).toBeGreaterThan(0);
      expect(index.shown).toBe(Math.min(20, index.matches));
    }
    expect((await pageApi.indexSearch('xylophone')).matches).toBe(0);
    expect((await pageApi.scanSearch('xylophone')).matches).toBe(0);
  });
});
