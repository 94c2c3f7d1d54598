import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildSnapshot, collectTiers, snapshotDocs, splitTerm, termAt, termRange, type SearchDoc } from '@/lib/search/snapshot';

/**
 * The snapshot against the plainest model of it: for every document, the set of its terms. Terms
 * are drawn from a small alphabet (ASCII, CJK, an astral character) so that prefixes collide.
 */
const textArb = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', '蒸', '馏', '𠀋', 'z'), minLength: 1, maxLength: 4 });
const termArb = fc.oneof(
  fc.tuple(fc.constantFrom('1', '2', '3'), textArb).map(([tier, text]) => `${tier}:${text}`),
  textArb.map((text) => `g:${text}`),
  textArb.map((text) => `a:${text}`),
);
const docsArb = fc.uniqueArray(
  fc.record({
    clipId: fc.string({ unit: fc.constantFrom('0', '5', 'a', 'k', 'z'), minLength: 1, maxLength: 6 }),
    createdAt: fc.integer({ min: 0, max: 2 ** 42 }),
    terms: fc.uniqueArray(termArb, { maxLength: 12, selector: (term) => splitTerm(term)[0] }),
  }),
  { maxLength: 40, selector: (doc) => doc.clipId },
);

const sortDocs = (docs: SearchDoc[]) =>
  [...docs].sort((a, b) => (a.clipId < b.clipId ? -1 : 1)).map((doc) => ({ ...doc, terms: [...doc.terms].sort() }));

/** Brute force: best tier per document among its terms whose text passes `match`. */
function expectedTiers(docs: SearchDoc[], match: (text: string) => boolean): number[] {
  return sortDocs(docs).map((doc) => {
    const tiers = doc.terms.map(splitTerm).filter(([text]) => match(text)).map(([, tier]) => tier);
    return tiers.length ? Math.min(...tiers) : 0;
  });
}

describe('the search snapshot', () => {
  test('gives back exactly the documents it was built from', () => {
    fc.assert(
      fc.property(docsArb, (docs) => {
        expect(sortDocs(snapshotDocs(buildSnapshot(docs)))).toEqual(sortDocs(docs));
      }),
    );
  });

  test('finds every document holding a term, or a term starting with a prefix, at its best tier', () => {
    fc.assert(
      fc.property(docsArb, textArb, fc.boolean(), (docs, probe, prefix) => {
        const snapshot = buildSnapshot(docs);
        const [from, to] = termRange(snapshot, probe, prefix);
        for (let i = from; i < to; i++) expect(prefix ? termAt(snapshot, i).startsWith(probe) : termAt(snapshot, i) === probe).toBe(true);
        const tiers = new Uint8Array(snapshot.ids.length);
        collectTiers(snapshot, from, to, tiers);
        expect([...tiers]).toEqual(expectedTiers(docs, (text) => (prefix ? text.startsWith(probe) : text === probe)));
      }),
    );
  });

  test('numbers documents by clip id, so the highest is the newest clip', () => {
    const snapshot = buildSnapshot([
      { clipId: 'mb2', createdAt: 2, terms: ['1:x'] },
      { clipId: 'ma1', createdAt: 1, terms: ['3:x'] },
      { clipId: 'mc3', createdAt: 3, terms: ['2:x'] },
    ]);
    expect(snapshot.ids).toEqual(['ma1', 'mb2', 'mc3']);
    expect([...snapshot.created]).toEqual([1, 2, 3]);
    const tiers = new Uint8Array(3);
    collectTiers(snapshot, ...termRange(snapshot, 'x', false), tiers);
    expect([...tiers]).toEqual([3, 1, 2]);
  });

  test('a text stored twice in one clip keeps its best tier', () => {
    const snapshot = buildSnapshot([{ clipId: 'a', createdAt: 0, terms: ['3:mamba', '1:mamba'] }]);
    expect(snapshotDocs(snapshot)[0]!.terms).toEqual(['1:mamba']);
  });

  test('long gaps between documents survive the varint encoding', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({ clipId: String(i).padStart(5, '0'), createdAt: i, terms: i % 1499 === 0 ? ['2:rare'] : ['3:common'] }));
    const snapshot = buildSnapshot(docs);
    const tiers = new Uint8Array(docs.length);
    collectTiers(snapshot, ...termRange(snapshot, 'rare', false), tiers);
    expect([...tiers.keys()].filter((doc) => tiers[doc])).toEqual([0, 1499, 2998]);
  });
});
