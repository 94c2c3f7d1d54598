import Dexie from 'dexie';
import type { GleanerDB } from '../store/db';
import type { QueryFilters, QueryUnit } from './query';
import { AUTHOR_PREFIX, tagTerm, TIERS, type Tier } from './terms';

/**
 * From a parsed query to ranked clip ids, reading only index keys: no clip row is loaded here.
 * Every unit is three key-only range reads of the `terms` index (one a tier); filters read the
 * `g:`/`a:` terms and the clips table's own indexes; the sets are intersected in memory.
 */

export interface Candidate {
  id: string;
  score: number;
}

/** A tier-1 match outranks any number (< 100) of tier-2 ones, and so on: tiers decide first. */
const WEIGHT: Record<Tier, number> = { 1: 10_000, 2: 100, 3: 1 };

type Tiers = Map<string, Tier>;

function termKeys(db: GleanerDB, term: string, prefix: boolean): Promise<string[]> {
  const where = db.searchIndex.where('terms');
  const collection = prefix ? where.startsWith(term) : where.equals(term);
  return collection.primaryKeys() as Promise<string[]>;
}

/** The clips holding `term`, each with the best tier it is in. */
async function termTiers(db: GleanerDB, term: string, prefix: boolean): Promise<Tiers> {
  const perTier = await Promise.all(TIERS.map((tier) => termKeys(db, `${tier}:${term}`, prefix)));
  const tiers: Tiers = new Map();
  // Worst tier first, so that a better one overwrites it.
  for (let i = TIERS.length - 1; i >= 0; i--) {
    const tier = TIERS[i]!;
    for (const id of perTier[i]!) tiers.set(id, tier);
  }
  return tiers;
}

/** One character is a prefix: it finds the bigrams it starts and the runs it ends. */
function isOneChar(gram: string): boolean {
  return gram.length === 1 || (gram.length === 2 && gram.codePointAt(0)! > 0xffff);
}

/** A unit's clips: for CJK, those with every bigram, at the worst of the bigrams' tiers. */
async function unitTiers(db: GleanerDB, unit: QueryUnit): Promise<Tiers> {
  if (unit.kind === 'word') return termTiers(db, unit.term, unit.prefix);
  const maps = await Promise.all(unit.grams.map((gram) => termTiers(db, gram, isOneChar(gram))));
  return maps.reduce((acc, next) => {
    const out: Tiers = new Map();
    for (const [id, tier] of acc) {
      const other = next.get(id);
      if (other !== undefined) out.set(id, Math.max(tier, other) as Tier);
    }
    return out;
  });
}

async function authorIds(db: GleanerDB, units: readonly QueryUnit[]): Promise<Set<string>> {
  const sets = await Promise.all(
    units.flatMap((unit) =>
      unit.kind === 'word'
        ? [termKeys(db, AUTHOR_PREFIX + unit.term, unit.prefix)]
        : unit.grams.map((gram) => termKeys(db, AUTHOR_PREFIX + gram, isOneChar(gram))),
    ),
  );
  return intersect(sets.map((ids) => new Set(ids)));
}

async function anyOfIndex(db: GleanerDB, index: 'status' | 'kind', values: readonly string[]): Promise<Set<string>> {
  const lists = await Promise.all(values.map((value) => db.clips.where(index).equals(value).primaryKeys()));
  return new Set(lists.flat());
}

/** One set of ids per filter; the caller intersects them. */
async function filterSets(db: GleanerDB, filters: QueryFilters): Promise<Set<string>[]> {
  const jobs: Promise<Set<string>>[] = [];
  for (const tag of filters.tags) {
    jobs.push(termKeys(db, tagTerm(tag), false).then((ids) => new Set(ids)));
  }
  for (const units of filters.authors) jobs.push(authorIds(db, units));
  if (filters.statuses.length) jobs.push(anyOfIndex(db, 'status', filters.statuses));
  if (filters.kinds.length) jobs.push(anyOfIndex(db, 'kind', filters.kinds));
  const { from, to } = filters.saved;
  if (from || to) {
    const lower = from ? from.toISOString() : Dexie.minKey;
    const upper = to ? to.toISOString() : Dexie.maxKey;
    const ids = db.clips.where('createdAt').between(lower, upper, true, false).primaryKeys() as Promise<string[]>;
    jobs.push(ids.then((list) => new Set(list)));
  }
  return Promise.all(jobs);
}

function intersect(sets: Set<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of smallest!) if (rest.every((set) => set.has(id))) out.add(id);
  return out;
}

/** The candidates, best first, sorted only as far as they are read. */
export interface Ranking {
  total: number;
  /** The best `count` candidates, in order. */
  top(count: number): Candidate[];
}

const byIdDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** The `k` greatest ids, greatest first, without sorting all of them when k is small. */
export function greatest(ids: readonly string[], k: number): string[] {
  if (k >= ids.length / 4) return [...ids].sort(byIdDesc).slice(0, k);
  const best: string[] = [];
  for (const id of ids) {
    if (best.length === k && id <= best[k - 1]!) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (best[mid]! > id) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, id);
    if (best.length > k) best.pop();
  }
  return best;
}

function ranking(buckets: Map<number, string[]>): Ranking {
  const scores = [...buckets.keys()].sort((a, b) => b - a);
  let total = 0;
  for (const ids of buckets.values()) total += ids.length;
  return {
    total,
    top(count) {
      const out: Candidate[] = [];
      for (const score of scores) {
        const need = count - out.length;
        if (need <= 0) break;
        for (const id of greatest(buckets.get(score)!, need)) out.push({ id, score });
      }
      return out;
    },
  };
}

/**
 * Every clip that has all units and passes all filters, best first: by tier score, then newest
 * (ids sort by creation time). Callable only inside a read transaction over searchIndex + clips.
 */
export async function rankCandidates(db: GleanerDB, units: readonly QueryUnit[], filters: QueryFilters): Promise<Ranking> {
  const [unitMaps, filterIdSets] = await Promise.all([
    Promise.all(units.map((unit) => unitTiers(db, unit))),
    filterSets(db, filters),
  ]);
  const buckets = new Map<number, string[]>();
  const add = (id: string, score: number) => {
    const bucket = buckets.get(score);
    if (bucket) bucket.push(id);
    else buckets.set(score, [id]);
  };
  if (unitMaps.length > 0) {
    const [smallest, ...rest] = [...unitMaps].sort((a, b) => a.size - b.size);
    for (const [id, tier] of smallest!) {
      let score = WEIGHT[tier];
      let keep = true;
      for (const map of rest) {
        const other = map.get(id);
        if (other === undefined) {
          keep = false;
          break;
        }
        score += WEIGHT[other];
      }
      if (keep && filterIdSets.every((set) => set.has(id))) add(id, score);
    }
  } else {
    for (const id of intersect(filterIdSets)) add(id, 0);
  }
  return ranking(buckets);
}
