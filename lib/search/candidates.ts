import type { Segment } from './index-store';
import type { QueryFilters, QueryUnit } from './query';
import { collectTiers, termRange, type Snapshot, type Tier } from './snapshot';
import { AUTHOR_PREFIX, KIND_PREFIX, STATUS_PREFIX, tagTerm } from './terms';

/**
 * From a parsed query to ranked clip ids, in memory over the loaded index (index-store.ts): each
 * unit and filter fills one byte a document from the posting lists, then one pass over the
 * documents, newest first, keeps those that have every unit and pass every filter.
 */

export interface Candidate {
  id: string;
  score: number;
}

/** A tier-1 match outranks any number (< 100) of tier-2 ones, and so on: tiers decide first. */
const WEIGHT: Record<Tier, number> = { 1: 10_000, 2: 100, 3: 1 };

/** Per document, the best tier of any term in the range, 0 where none is. */
function lookup(snapshot: Snapshot, text: string, prefix: boolean, into?: Uint8Array): Uint8Array {
  const tiers = into ?? new Uint8Array(snapshot.ids.length);
  const [from, to] = termRange(snapshot, text, prefix);
  collectTiers(snapshot, from, to, tiers);
  return tiers;
}

/** One character is a prefix: it finds the bigrams it starts and the runs it ends. */
function isOneChar(gram: string): boolean {
  return gram.length === 1 || (gram.length === 2 && gram.codePointAt(0)! > 0xffff);
}

/** Documents holding every array's entry; for tiers, the worst of them (for CJK: every bigram). */
function allOf(arrays: Uint8Array[]): Uint8Array {
  const [first, ...rest] = arrays;
  for (const other of rest) {
    for (let doc = 0; doc < first!.length; doc++) {
      const a = first![doc]!;
      const b = other[doc]!;
      first![doc] = a === 0 || b === 0 ? 0 : Math.max(a, b);
    }
  }
  return first!;
}

function unitTiers(snapshot: Snapshot, unit: QueryUnit, namespace = ''): Uint8Array {
  if (unit.kind === 'word') return lookup(snapshot, namespace + unit.term, unit.prefix);
  return allOf(unit.grams.map((gram) => lookup(snapshot, namespace + gram, isOneChar(gram))));
}

/** One array per filter, non-zero where a document passes; the caller requires all of them. */
function filterArrays(snapshot: Snapshot, filters: QueryFilters): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const tag of filters.tags) out.push(lookup(snapshot, tagTerm(tag), false));
  for (const units of filters.authors) out.push(allOf(units.map((unit) => unitTiers(snapshot, unit, AUTHOR_PREFIX))));
  const anyOf = (prefix: string, values: readonly string[]) => {
    const passes = new Uint8Array(snapshot.ids.length);
    for (const value of values) lookup(snapshot, prefix + value, false, passes);
    return passes;
  };
  if (filters.statuses.length) out.push(anyOf(STATUS_PREFIX, filters.statuses));
  if (filters.kinds.length) out.push(anyOf(KIND_PREFIX, filters.kinds));
  const { from, to } = filters.saved;
  if (from || to) {
    const lower = from ? from.getTime() : -Infinity;
    const upper = to ? to.getTime() : Infinity;
    out.push(Uint8Array.from(snapshot.created, (at) => (at >= lower && at < upper ? 1 : 0)));
  }
  return out;
}

/** A segment's hits by score; each list holds document numbers, newest (highest) first. */
type Buckets = Map<number, number[]>;

function segmentBuckets({ snapshot, skip }: Segment, units: readonly QueryUnit[], filters: QueryFilters): Buckets {
  const tiers = units.map((unit) => unitTiers(snapshot, unit));
  const passes = filterArrays(snapshot, filters);
  const buckets: Buckets = new Map();
  next: for (let doc = snapshot.ids.length - 1; doc >= 0; doc--) {
    if (skip?.[doc]) continue;
    let score = 0;
    for (const array of tiers) {
      const tier = array[doc]! as Tier | 0;
      if (tier === 0) continue next;
      score += WEIGHT[tier];
    }
    for (const array of passes) if (array[doc] === 0) continue next;
    const bucket = buckets.get(score);
    if (bucket) bucket.push(doc);
    else buckets.set(score, [doc]);
  }
  return buckets;
}

/** The candidates, best first, sorted only as far as they are read. */
export interface Ranking {
  total: number;
  /** The best `count` candidates, in order. */
  top(count: number): Candidate[];
}

/**
 * Every clip that has all units and passes all filters, best first: by tier score, then newest
 * (ids sort by creation time). A query with neither units nor filters matches nothing.
 */
export function rankCandidates(segments: readonly Segment[], units: readonly QueryUnit[], filters: QueryFilters): Ranking {
  const perSegment = segments.map((segment) => segmentBuckets(segment, units, filters));
  const scores = [...new Set(perSegment.flatMap((buckets) => [...buckets.keys()]))].sort((a, b) => b - a);
  let total = 0;
  for (const buckets of perSegment) for (const list of buckets.values()) total += list.length;
  return {
    total,
    top(count) {
      const out: Candidate[] = [];
      for (const score of scores) {
        // Each segment's list is newest first; merge them by id (the delta is small).
        const heads = segments.map(() => 0);
        const lists = perSegment.map((buckets) => buckets.get(score) ?? []);
        while (out.length < count) {
          let best = -1;
          let bestId = '';
          lists.forEach((list, s) => {
            if (heads[s]! >= list.length) return;
            const id = segments[s]!.snapshot.ids[list[heads[s]!]!]!;
            if (best < 0 || id > bestId) {
              best = s;
              bestId = id;
            }
          });
          if (best < 0) break;
          heads[best]! += 1;
          out.push({ id: bestId, score });
        }
        if (out.length >= count) break;
      }
      return out;
    },
  };
}
