import { describe, expect, test } from 'vitest';
import { leadingDistance, prefixSimilarity, suffixSimilarity } from '@/lib/annotate/context-score';
import { exactMatch, fuzzyMatchIn, fuzzyWindows, NEAR } from '@/lib/annotate/match-quote';

describe('context similarity', () => {
  test('leadingDistance aligns a pattern with the start of a text', () => {
    expect(leadingDistance('routing', 'routing tokens')).toBe(0);
    expect(leadingDistance('routing', 'rooting tokens')).toBe(1);
    expect(leadingDistance('routing', 'xrouting')).toBe(1);
    expect(leadingDistance('abc', '')).toBe(3);
  });

  test('prefix and suffix are compared where they belong, against the text next to the match', () => {
    const text = 'the gate keeps every expert in use, which matters';
    const start = text.indexOf('every expert');
    const end = start + 'every expert'.length;
    expect(prefixSimilarity(text, start, 'the gate keeps ')).toBe(1);
    expect(prefixSimilarity(text, start, 'a router drops ')).toBeLessThan(0.5);
    expect(suffixSimilarity(text, end, ' in use, which')).toBe(1);
    // A stored empty context means the quote began or ended the page.
    expect(prefixSimilarity(text, 0, '')).toBe(1);
    expect(prefixSimilarity(text, start, '')).toBe(0.5);
  });
});

describe('what counts as a match', () => {
  const text = 'In short, the model works. ' + 'Filler sentence about nothing in particular. '.repeat(200) + 'As Table 2 shows, the model works well on code.';

  test('a short exact quote needs its context; a long one stands on its own', () => {
    const short = { exact: 'the model works', prefix: 'In short, ', suffix: '. Filler', hint: null };
    expect(exactMatch(text, short)?.start).toBe(10);
    const moved = { exact: 'the model works', prefix: 'Nothing alike here: ', suffix: ' and more.', hint: null };
    expect(exactMatch(text, moved)).toBeNull();
    const long = { exact: 'As Table 2 shows, the model works well on code.', prefix: 'unrelated context', suffix: ' gone', hint: null };
    expect(exactMatch(text, long)?.start).toBe(text.indexOf('As Table 2'));
  });

  test('near-only exact search ignores copies far from the hint', () => {
    const query = { exact: 'the model works', prefix: 'Table 2 shows, ', suffix: ' well on code.', hint: 0 };
    expect(text.indexOf('As Table 2')).toBeGreaterThan(NEAR);
    expect(exactMatch(text, query, true)).toBeNull();
    expect(exactMatch(text, query)?.start).toBe(text.lastIndexOf('the model works'));
  });

  test('a fuzzy match needs similar text and context', () => {
    const query = { exact: 'As Table 2 shows, the model work well on code', prefix: 'ing about nothing in particular. ', suffix: '.', hint: text.length - 60 };
    const { near } = fuzzyWindows(text, query);
    expect(fuzzyMatchIn(text, query, near!.from, near!.to)?.errors).toBe(1);
    const wrongContext = { ...query, prefix: 'Completely different words here. ', suffix: ' and then something else' };
    expect(fuzzyMatchIn(text, wrongContext, near!.from, near!.to)).toBeNull();
    const tooShort = { exact: 'the modl', prefix: '', suffix: '', hint: 0 };
    expect(fuzzyMatchIn(text, tooShort, 0, text.length)).toBeNull();
  });

  test('search windows cover the whole text with overlap, the one around the hint first', () => {
    const query = { exact: 'x'.repeat(100), prefix: '', suffix: '', hint: 5000 };
    const { near, chunks } = fuzzyWindows('y'.repeat(200_000), query, 65_536);
    expect(near).toEqual({ from: 5000 - NEAR, to: 5000 + 100 + NEAR });
    expect(chunks[0]!.from).toBe(0);
    expect(chunks.at(-1)!.to).toBe(200_000);
    for (let index = 1; index < chunks.length; index += 1) expect(chunks[index]!.from).toBeLessThan(chunks[index - 1]!.to - 100);
  });
});
