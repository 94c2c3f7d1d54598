import { expect, test } from 'vitest';
import fc from 'fast-check';
import { greatest } from '@/lib/search/candidates';

test('greatest(k) is the head of a full descending sort, for any k', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 300 }), fc.nat(320), (ids, k) => {
      const sorted = [...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
      expect(greatest(ids, k)).toEqual(sorted.slice(0, k));
    }),
  );
});
