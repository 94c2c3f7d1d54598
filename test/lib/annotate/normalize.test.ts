import { expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeChunk, normalizedLength, normalizeText, rawOffset } from '@/lib/annotate/normalize';

// Text made of the characters normalization cares about, and a few it must keep.
const tricky = fc.string({ unit: fc.constantFrom('a', 'b', '中', ' ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '\u3000', '😀') });

test('whitespace runs become one space; invisible format characters vanish', () => {
  expect(normalizeText('  Sparse\n\t routing\u00a0\u00a0offers\u00ad a\u200b way  ', true)).toBe('Sparse routing offers a way');
  expect(normalizeChunk('  leading', true)).toBe('leading');
  expect(normalizeChunk('  leading', false)).toBe(' leading');
});

test('the character walk agrees with the fast normalization, at every offset', () => {
  fc.assert(
    fc.property(tricky, fc.boolean(), (data, afterSpace) => {
      const normalized = normalizeChunk(data, afterSpace);
      expect(normalizedLength(data, data.length, afterSpace)).toBe(normalized.length);
      for (let upto = 0; upto <= data.length; upto += 1) {
        expect(normalizedLength(data, upto, afterSpace)).toBe(normalizeChunk(data.slice(0, upto), afterSpace).length);
      }
    }),
  );
});

test('rawOffset finds where each normalized character comes from', () => {
  fc.assert(
    fc.property(tricky, fc.boolean(), (data, afterSpace) => {
      const normalized = normalizeChunk(data, afterSpace);
      for (let target = 0; target < normalized.length; target += 1) {
        const start = rawOffset(data, target, afterSpace, 'start');
        const end = rawOffset(data, target + 1, afterSpace, 'end');
        // The raw slice that yields normalized character `target` normalizes back to it.
        expect(normalizedLength(data, start, afterSpace)).toBe(target);
        expect(normalizedLength(data, end, afterSpace)).toBe(target + 1);
        expect(end).toBeGreaterThan(start);
      }
    }),
  );
});
