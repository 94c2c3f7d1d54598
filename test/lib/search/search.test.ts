import { beforeAll, describe, expect, test } from 'vitest';
import { searchClips as search, type SearchOptions, type SearchOutcome } from '@/lib/search/search';
import { compactSearchIndex } from '@/lib/search/rebuild';
import { popularTags } from '@/lib/search/popular-tags';
import { defaultNotes, deleteClip, restoreClip, saveClip, updateNotes } from '@/lib/store/clips';
import { deleteHighlight, putHighlight, updateHighlight } from '@/lib/store/highlights';
import type { Summary } from '@/lib/clip/model';
import type { GleanerDB } from '@/lib/store/db';
import type { Highlight } from '@/lib/annotate/types';
import { freshDb, pageClip } from '../../helpers/db';

/**
 * Every behaviour holds whichever part of the index answers: the delta rows that saves write, or
 * the compacted base (lib/search/index-store.ts). The second pass compacts before each search.
 */
const INDEX_STATES = ['the delta', 'the compacted base'] as const;
let answerFrom: (typeof INDEX_STATES)[number] = 'the delta';

async function searchClips(db: GleanerDB, query: string, options?: SearchOptions): Promise<SearchOutcome> {
  if (answerFrom === 'the compacted base') await compactSearchIndex(db);
  return search(db, query, options);
}

const at = (iso: string) => new Date(iso);
let n = 0;

async function save(db: GleanerDB, title: string, extra: { summary?: Partial<Summary>; tags?: string[]; when?: string; page?: Parameters<typeof pageClip>[0] } = {}) {
  n += 1;
  const url = `https://example.org/${n}`;
  const summary = { ...defaultNotes().summary, ...extra.summary };
  const { clip } = await saveClip(db, pageClip({ url, canonicalKey: `url:${url}`, title, ...extra.page }), { summary, tags: extra.tags ?? [] }, at(extra.when ?? `2026-11-${String(10 + n % 15).padStart(2, '0')}T10:00:00Z`));
  return clip;
}

function titles(outcome: SearchOutcome): string[] {
  if (outcome.kind !== 'results') throw new Error(`expected results, got hint ${outcome.hint}`);
  return outcome.hits.map((h) => h.clip.title);
}

function marked(text: string, ranges: [number, number][]): string[] {
  return ranges.map(([s, e]) => text.slice(s, e));
}

describe.each(INDEX_STATES)('answered from %s', (state) => {
  beforeAll(() => {
    answerFrom = state;
  });

  describe('finding words', () => {
    test('a Chinese word inside a longer run, and a single character', async () => {
      const db = freshDb();
      await save(db, '小模型训练', { summary: { method: '使用知识蒸馏方法压缩教师模型' } });
      await save(db, 'Unrelated', { summary: { method: '强化学习' } });
      expect(titles(await searchClips(db, '蒸馏'))).toEqual(['小模型训练']);
      expect(titles(await searchClips(db, '馏'))).toEqual(['小模型训练']);
      expect(titles(await searchClips(db, '知识蒸馏方法'))).toEqual(['小模型训练']);
      expect(titles(await searchClips(db, '蒸馏学习'))).toEqual([]);
    });

    test('English: any case, accents, inflections and prefixes', async () => {
      const db = freshDb();
      await save(db, 'Distillation of Large Models', { page: { abstract: 'A naïve café approach.' } });
      await save(db, 'Other paper');
      expect(titles(await searchClips(db, 'DISTILLED'))).toEqual(['Distillation of Large Models']);
      expect(titles(await searchClips(db, 'model'))).toEqual(['Distillation of Large Models']);
      expect(titles(await searchClips(db, 'distil'))).toEqual(['Distillation of Large Models']);
      expect(titles(await searchClips(db, 'naive cafe'))).toEqual(['Distillation of Large Models']);
      expect(titles(await searchClips(db, 'distillation paper'))).toEqual([]);
    });

    test('mixed Chinese and English in one query', async () => {
      const db = freshDb();
      await save(db, 'GPT 模型的蒸馏', { summary: { tldr: '把 GPT 蒸馏成小模型' } });
      await save(db, 'GPT scaling');
      expect(titles(await searchClips(db, 'gpt蒸馏'))).toEqual(['GPT 模型的蒸馏']);
    });

    test('every field the issue lists is searched', async () => {
      const db = freshDb();
      const clip = await save(db, 'T', {
        summary: { tldr: 'alpha', problem: 'bravo', method: 'charlie', results: 'delta', future: 'echo' },
        tags: ['foxtrot'],
        page: { authors: ['Grace Hopper'], abstract: 'india', siteName: 'Juliet Blog', arxivId: '2411.01234', kind: 'arxiv' },
      });
      await putHighlight(db, highlightOf(clip.id, 'kilo quote', 'lima note'));
      for (const word of ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'hopper', 'india', 'juliet', '2411.01234', 'kilo', 'lima']) {
        expect(titles(await searchClips(db, word)), word).toEqual(['T']);
      }
    });
  });

  function highlightOf(clipId: string, quote: string, note = '', id = `h-${quote}`): Highlight {
    return { id, clipId, url: 'https://example.org/x', selectors: [], quote, note, color: 'yellow', createdAt: '2026-11-20T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z' };
  }

  describe('ranking', () => {
    test('title and TL;DR first, then summary, then the rest; newest first on ties', async () => {
      const db = freshDb();
      await save(db, 'In abstract', { page: { abstract: 'about mamba' }, when: '2026-11-01T00:00:00Z' });
      await save(db, 'In method', { summary: { method: 'uses mamba' }, when: '2026-11-02T00:00:00Z' });
      await save(db, 'Mamba in title, older', { when: '2026-11-03T00:00:00Z' });
      await save(db, 'In TL;DR, newer', { summary: { tldr: 'Mamba!' }, when: '2026-11-04T00:00:00Z' });
      await save(db, 'In abstract, newer', { page: { abstract: 'Mamba again' }, when: '2026-11-05T00:00:00Z' });
      expect(titles(await searchClips(db, 'mamba'))).toEqual([
        'In TL;DR, newer',
        'Mamba in title, older',
        'In method',
        'In abstract, newer',
        'In abstract',
      ]);
    });

    test('all words are required; the limit caps the hits, not the total', async () => {
      const db = freshDb();
      for (let i = 0; i < 5; i++) await save(db, `state space model ${i}`);
      await save(db, 'state of the art');
      const outcome = await searchClips(db, 'state space', { limit: 2 });
      expect(outcome.kind === 'results' && [outcome.hits.length, outcome.total]).toEqual([2, 5]);
    });
  });

  describe('snippets', () => {
    test('the matched words are marked in the user’s own text, from the best field', async () => {
      const db = freshDb();
      await save(db, 'Efficient Transformers', {
        summary: { tldr: 'Short.', method: '我们用 Knowledge Distillation（知识蒸馏）把教师模型压缩。' },
        page: { abstract: 'Distillation is mentioned here too, but the summary comes first.' },
      });
      const outcome = await searchClips(db, 'distillation 蒸馏');
      if (outcome.kind !== 'results') throw new Error('no results');
      const [hit] = outcome.hits;
      expect(hit?.snippet?.field).toBe('method');
      expect(marked(hit!.snippet!.text, hit!.snippet!.ranges)).toEqual(['Distillation', '蒸馏']);
      expect(marked(hit!.title.text, hit!.title.ranges)).toEqual([]);
      const title = await searchClips(db, 'transformer');
      if (title.kind !== 'results') throw new Error('no results');
      expect(marked(title.hits[0]!.title.text, title.hits[0]!.title.ranges)).toEqual(['Transformers']);
    });

    test('a word found only in a highlight note gives a snippet from that note', async () => {
      const db = freshDb();
      const clip = await save(db, 'Paper');
      await putHighlight(db, highlightOf(clip.id, 'some quote', 'Remember the warmup schedule'));
      const outcome = await searchClips(db, 'warmup');
      if (outcome.kind !== 'results') throw new Error('no results');
      expect(outcome.hits[0]?.snippet?.field).toBe('note');
      expect(marked(outcome.hits[0]!.snippet!.text, outcome.hits[0]!.snippet!.ranges)).toEqual(['warmup']);
    });

    test('a long field is cut around the first match', async () => {
      const db = freshDb();
      const long = `${'filler words '.repeat(60)}the needle is here ${'more filler '.repeat(60)}`;
      await save(db, 'Long', { summary: { results: long } });
      const outcome = await searchClips(db, 'needle');
      if (outcome.kind !== 'results') throw new Error('no results');
      const snippet = outcome.hits[0]!.snippet!;
      expect(snippet.text.length).toBeLessThan(200);
      expect(snippet.text.startsWith('… ')).toBe(true);
      expect(marked(snippet.text, snippet.ranges)).toEqual(['needle']);
    });
  });

  describe('filters', () => {
    test('tag, author, status, kind and saved dates narrow the results', async () => {
      const db = freshDb();
      const a = await save(db, 'Alpha', { tags: ['NLP', 'State Space'], page: { authors: ['Albert Gu'], kind: 'arxiv' }, when: '2026-11-02T10:00:00Z' });
      await save(db, 'Beta', { tags: ['nlp'], page: { authors: ['Tri Dao'], kind: 'blog' }, when: '2026-11-20T10:00:00Z' });
      await save(db, 'Gamma', { tags: ['vision'], page: { authors: ['王小明'], kind: 'other' }, when: '2026-10-20T10:00:00Z' });
      await updateNotes(db, a.id, { ...defaultNotes(), tags: a.tags, status: 'done' }, at('2026-11-02T11:00:00Z'));
      const q = (query: string) => searchClips(db, query, { now: at('2026-11-21T12:00:00Z') }).then(titles);
      expect(await q('tag:nlp')).toEqual(['Beta', 'Alpha']);
      expect(await q('tag:"state space"')).toEqual(['Alpha']);
      expect(await q('tag:NLP tag:vision')).toEqual([]);
      expect(await q('author:gu')).toEqual(['Alpha']);
      expect(await q('author:"tri dao"')).toEqual(['Beta']);
      expect(await q('author:小明')).toEqual(['Gamma']);
      expect(await q('status:done')).toEqual(['Alpha']);
      expect(await q('status:to-read')).toEqual(['Beta', 'Gamma']);
      expect(await q('kind:blog')).toEqual(['Beta']);
      expect(await q('kind:arxiv kind:blog')).toEqual(['Beta', 'Alpha']);
      expect(await q('after:2026-11-01')).toEqual(['Beta', 'Alpha']);
      expect(await q('before:2026-11-01')).toEqual(['Gamma']);
      expect(await q('after:2026-11-01 before:2026-11-10')).toEqual(['Alpha']);
      expect(await q('this week')).toEqual(['Beta']);
      expect(await q('tag:nlp alpha')).toEqual(['Alpha']);
    });

    test('a quoted phrase must occur as written', async () => {
      const db = freshDb();
      await save(db, 'One', { summary: { tldr: 'A state space model for audio' } });
      await save(db, 'Two', { summary: { tldr: 'The model state lives in a space' } });
      expect(titles(await searchClips(db, '"state space"'))).toEqual(['One']);
      expect(titles(await searchClips(db, 'state space'))).toEqual(['Two', 'One']);
    });
  });

  describe('the index stays true', () => {
    test('after saves, autosaves, merges, deletes and restores', async () => {
      const db = freshDb();
      const clip = await save(db, 'Paper', { summary: { tldr: 'about gradients' } });
      expect(titles(await searchClips(db, 'gradients'))).toEqual(['Paper']);
      await updateNotes(db, clip.id, { ...defaultNotes(), summary: { ...defaultNotes().summary, tldr: '关于注意力' } });
      expect(titles(await searchClips(db, 'gradients'))).toEqual([]);
      expect(titles(await searchClips(db, '注意力'))).toEqual(['Paper']);
      await saveClip(db, pageClip({ url: clip.url, canonicalKey: clip.canonicalKey, title: 'Paper v2 renamed' }));
      expect(titles(await searchClips(db, 'renamed'))).toEqual(['Paper v2 renamed']);
      await deleteClip(db, clip.id);
      expect(titles(await searchClips(db, '注意力'))).toEqual([]);
      await restoreClip(db, clip.id);
      expect(titles(await searchClips(db, '注意力'))).toEqual(['Paper v2 renamed']);
    });

    test('after highlights are added, re-noted and deleted', async () => {
      const db = freshDb();
      const clip = await save(db, 'Paper');
      await putHighlight(db, highlightOf(clip.id, 'residual stream', '', 'h1'));
      expect(titles(await searchClips(db, 'residual'))).toEqual(['Paper']);
      await updateHighlight(db, 'h1', { note: '重要的结论' });
      expect(titles(await searchClips(db, '结论'))).toEqual(['Paper']);
      await deleteHighlight(db, 'h1');
      expect(titles(await searchClips(db, 'residual'))).toEqual([]);
      expect(titles(await searchClips(db, '结论'))).toEqual([]);
    });

  });

  describe('popular tags', () => {
    test('the most used tags first, read off the tag index', async () => {
      const db = freshDb();
      await save(db, 'a', { tags: ['nlp', '蒸馏', 'rlhf'] });
      await save(db, 'b', { tags: ['nlp', '蒸馏'] });
      await save(db, 'c', { tags: ['nlp', 'vision'] });
      expect(await popularTags(db, 3)).toEqual(['nlp', '蒸馏', 'rlhf']);
      expect(await popularTags(freshDb())).toEqual([]);
    });
  });

  describe('bad input', () => {
    test('an empty query lists the most recently updated clips', async () => {
      const db = freshDb();
      await save(db, 'Old', { when: '2026-11-01T00:00:00Z' });
      await save(db, 'New', { when: '2026-11-02T00:00:00Z' });
      for (const query of ['', '   ']) {
        const outcome = await searchClips(db, query);
        expect(outcome).toMatchObject({ kind: 'results', mode: 'recent', total: 2 });
        expect(titles(outcome)).toEqual(['New', 'Old']);
      }
    });

    test('stop words or punctuation alone give a hint, not an error or every clip', async () => {
      const db = freshDb();
      await save(db, 'The paper');
      expect(await searchClips(db, 'the of and')).toMatchObject({ kind: 'hint', hint: 'stop-words', ignored: ['the', 'of', 'and'] });
      expect(await searchClips(db, '?!… （）')).toMatchObject({ kind: 'hint', hint: 'no-words' });
      expect(await searchClips(db, 'status:maybe')).toMatchObject({ kind: 'hint', hint: 'bad-filters' });
    });

    test('regex characters are literal', async () => {
      const db = freshDb();
      await save(db, 'Alpha beta');
      await save(db, 'Gamma');
      expect(await searchClips(db, 'a.*')).toMatchObject({ kind: 'hint', hint: 'stop-words' });
      expect(titles(await searchClips(db, 'alph.*'))).toEqual(['Alpha beta']);
      expect(titles(await searchClips(db, '(alpha|gamma)'))).toEqual([]);
      expect(titles(await searchClips(db, '[alpha]'))).toEqual(['Alpha beta']);
      expect(await searchClips(db, '\\')).toMatchObject({ kind: 'hint', hint: 'no-words' });
    });

    test('a 1,000-character paste is searched (capped), with a note', async () => {
      const db = freshDb();
      await save(db, '知识蒸馏', { summary: { tldr: '知识蒸馏是一种模型压缩方法' } });
      const outcome = await searchClips(db, '知识蒸馏是一种模型压缩方法。'.repeat(80));
      expect(outcome).toMatchObject({ kind: 'results', problems: [{ code: 'truncated' }] });
      expect(titles(outcome)).toEqual(['知识蒸馏']);
    });
  });
});
