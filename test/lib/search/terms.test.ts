import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap } from '@/lib/search/fold';
import { tokenize } from '@/lib/search/tokenize';
import { stem } from '@/lib/search/stem';
import { clipTerms, MAX_TERMS, textTerms } from '@/lib/search/terms';
import { defaultNotes } from '@/lib/store/clips';
import type { ClipRow } from '@/lib/store/db';
import type { Highlight } from '@/lib/annotate/types';
import { emptyMetadata } from '@/lib/clip/model';

function row(overrides: Partial<ClipRow> = {}): ClipRow {
  return {
    ...emptyMetadata('https://example.org/a', 'A title'),
    ...defaultNotes(),
    warnings: [],
    id: 'id1',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

function highlight(quote: string, note = ''): Highlight {
  return { id: 'h1', clipId: 'id1', url: 'https://example.org/a', selectors: [], quote, note, color: 'yellow', createdAt: '', updatedAt: '' };
}

describe('folding', () => {
  test('case, accents and full-width forms fold away; Hangul stays whole', () => {
    expect(fold('Café NAÏVE Ｇｐｔ')).toBe('cafe naive gpt');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('한국어')).toBe('한국어');
    expect(fold('ガイド')).toBe('カイト');
  });

  test('the map points every folded unit back to the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { folded, starts, ends } = foldWithMap(text);
        expect(starts).toHaveLength(folded.length);
        for (let i = 0; i < folded.length; i++) {
          expect(starts[i]).toBeGreaterThanOrEqual(0);
          expect(ends[i]).toBeLessThanOrEqual(text.length);
          expect(starts[i]!).toBeLessThan(ends[i]!);
        }
      }),
    );
    const { folded, starts, ends } = foldWithMap('Ｅｆｆｉｃｉｅｎｔ Café');
    expect(folded).toBe('efficient cafe');
    expect([starts[10], ends[13]]).toEqual([10, 14]);
  });
});

describe('tokenizing', () => {
  test('words split on punctuation; CJK runs are cut from the Latin around them', () => {
    const tokens = tokenize(fold('GPT模型v2: state-space (S4) 知识蒸馏方法'));
    expect(tokens.map((t) => [t.text, t.cjk])).toEqual([
      ['gpt', false], ['模型', true], ['v2', false], ['state', false], ['space', false], ['s4', false], ['知识蒸馏方法', true],
    ]);
    expect(tokens[1]).toMatchObject({ start: 3, end: 5 });
  });

  test('regex characters are separators, not syntax', () => {
    expect(tokenize('a.*b [x] (y|z) \\d+ $^').map((t) => t.text)).toEqual(['a', 'b', 'x', 'y', 'z', 'd']);
  });

  test('Japanese katakana with the long-vowel mark stays one run', () => {
    expect(tokenize(fold('トランスフォーマーの研究')).map((t) => t.text)).toEqual(['トランスフォーマーの研究']);
  });
});

describe('stemming (queries only)', () => {
  test.each([
    ['models', 'model'], ['distilled', 'distill'], ['distillation', 'distill'], ['training', 'train'],
    ['approaches', 'approach'], ['studies', 'stud'], ['analysis', 'analysis'], ['string', 'string'],
    ['llms', 'llm'], ['gpt4', 'gpt4'], ['class', 'class'], ['corpus', 'corpus'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('clip terms', () => {
  test('CJK text gives bigrams and each run’s last character', () => {
    expect(textTerms('知识蒸馏方法')).toEqual(['知识', '识蒸', '蒸馏', '馏方', '方法', '法']);
    expect(textTerms('蒸')).toEqual(['蒸']);
  });

  test('English stop words and single letters are not terms', () => {
    expect(textTerms('The attention is all you need, a b c')).toEqual(['attention', 'need']);
  });

  test('each term is stored once, at the best tier it occurs in', () => {
    const terms = clipTerms(
      row({
        title: 'Sparse Attention',
        summary: { ...defaultNotes().summary, tldr: '稀疏注意力', method: 'sparse kernels', results: 'faster' },
        abstract: 'We study attention kernels.',
        authors: ['Ada Lovelace', '王小明'],
        tags: ['State Space', 'efficiency'],
        arxivId: '2401.01234',
      }),
      [highlight('a quoted passage', 'my note')],
    );
    expect(terms).toContain('1:attention');
    expect(terms).not.toContain('3:attention');
    expect(terms).toContain('1:稀疏');
    expect(terms).toContain('2:kernels');
    expect(terms).toContain('2:faster');
    expect(terms).toContain('3:study');
    expect(terms).toContain('3:quoted');
    expect(terms).toContain('3:note');
    expect(terms).toContain('3:2401');
    expect(terms).toContain('a:lovelace');
    expect(terms).toContain('a:王小');
    expect(terms).toContain('g:state space');
    expect(terms).toContain('g:efficiency');
    expect(new Set(terms).size).toBe(terms.length);
  });

  test('a clip with enormous notes stays under the cap, keeping its best tiers', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    const terms = clipTerms(row({ title: 'Title words here' }), [highlight(words)]);
    expect(terms.filter((t) => /^\d:/.test(t))).toHaveLength(MAX_TERMS);
    expect(terms).toContain('1:title');
  });
});
