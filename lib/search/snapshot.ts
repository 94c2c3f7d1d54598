/**
 * The search index as one compact, immutable value: a sorted term dictionary and, per term, a
 * posting list of (document, tier) pairs packed as varints in one Uint8Array.
 *
 * Why not an IndexedDB multi-entry index: in Chromium each index entry costs about 2.5 µs to read
 * and every row write re-indexes all ~200 terms of a clip, so 10,000 clips (2 million entries)
 * took 16 s to rebuild and 20–40 ms to answer a common word. Stored as one value, the same index
 * is about 3 MB that IndexedDB reads as a memcpy, and a query walks typed arrays (bench/: search).
 *
 * Documents are numbered by the sort order of their clip ids, which sort by creation time, so a
 * higher number is a newer clip and "newest first" needs no other data.
 */

/** What the index knows of one clip: its terms as `clipTerms` makes them, and when it was clipped. */
export interface SearchDoc {
  clipId: string;
  /** Milliseconds since the epoch, for the date filters. */
  createdAt: number;
  /** `<tier>:<text>` word terms, or namespaced filter terms (`a:…`, `g:…`, `s:…`, `k:…`). */
  terms: readonly string[];
}

export interface Snapshot {
  /** Clip id of each document, ascending. */
  ids: string[];
  created: Float64Array;
  /** All term texts, sorted, concatenated; term i is dict[dictStarts[i], dictStarts[i + 1]). */
  dict: string;
  dictStarts: Uint32Array;
  /** Term i's postings are postings[postStarts[i], postStarts[i + 1]). */
  postStarts: Uint32Array;
  /** Per posting, varint(gap * 4 + tier), the gap counted from the previous document (from -1). */
  postings: Uint8Array;
}

export type Tier = 1 | 2 | 3;

const WORD_TERM = /^[123]:/;

/**
 * A stored term's text and tier. Filter terms have no tier of their own; they take 3 so that
 * every posting has one and a tier of 0 can mean "absent" in the arrays queries fill.
 */
export function splitTerm(term: string): [text: string, tier: Tier] {
  return WORD_TERM.test(term) ? [term.slice(2), Number(term[0]) as Tier] : [term, 3];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function emptySnapshot(): Snapshot {
  return buildSnapshot([]);
}

export function buildSnapshot(docs: readonly SearchDoc[]): Snapshot {
  const sorted = [...docs].sort((a, b) => byString(a.clipId, b.clipId));
  const lists = new Map<string, number[]>();
  let entries = 0;
  sorted.forEach((doc, n) => {
    for (const term of doc.terms) {
      const [text, tier] = splitTerm(term);
      const list = lists.get(text);
      if (!list) {
        lists.set(text, [n * 4 + tier]);
        entries += 1;
        continue;
      }
      const last = list[list.length - 1]!;
      // The same text twice in one clip keeps its best (lowest) tier.
      if (last >> 2 === n) list[list.length - 1] = n * 4 + Math.min(last & 3, tier);
      else {
        list.push(n * 4 + tier);
        entries += 1;
      }
    }
  });
  const terms = [...lists.keys()].sort(byString);
  const dictStarts = new Uint32Array(terms.length + 1);
  const postStarts = new Uint32Array(terms.length + 1);
  // A varint of gap * 4 + tier is at most 5 bytes for any gap below 2^29.
  let postings = new Uint8Array(Math.max(16, entries * 2));
  let offset = 0;
  let dictLength = 0;
  terms.forEach((text, i) => {
    dictStarts[i] = dictLength;
    dictLength += text.length;
    postStarts[i] = offset;
    const list = lists.get(text)!;
    if (postings.length - offset < list.length * 5) {
      const grown = new Uint8Array(Math.max(postings.length * 2, offset + list.length * 5));
      grown.set(postings.subarray(0, offset));
      postings = grown;
    }
    let previous = -1;
    for (const entry of list) {
      const doc = entry >> 2;
      let value = (doc - previous) * 4 + (entry & 3);
      previous = doc;
      while (value > 127) {
        postings[offset++] = (value & 127) | 128;
        value >>>= 7;
      }
      postings[offset++] = value;
    }
  });
  dictStarts[terms.length] = dictLength;
  postStarts[terms.length] = offset;
  return {
    ids: sorted.map((doc) => doc.clipId),
    created: Float64Array.from(sorted, (doc) => doc.createdAt),
    dict: terms.join(''),
    dictStarts,
    postStarts,
    postings: postings.slice(0, offset),
  };
}

export function termCount(snapshot: Snapshot): number {
  return snapshot.dictStarts.length - 1;
}

export function termAt(snapshot: Snapshot, i: number): string {
  return snapshot.dict.slice(snapshot.dictStarts[i], snapshot.dictStarts[i + 1]);
}

/** The first term index whose text is not below `text`. */
function lowerBound(snapshot: Snapshot, text: string): number {
  let lo = 0;
  let hi = termCount(snapshot);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (termAt(snapshot, mid) < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The term indexes [from, to) holding `text` exactly, or every term starting with it. U+FFFF
 * sorts after every UTF-16 unit a term can hold (surrogates included), so it bounds a prefix.
 */
export function termRange(snapshot: Snapshot, text: string, prefix: boolean): [number, number] {
  const from = lowerBound(snapshot, text);
  if (!prefix) return from < termCount(snapshot) && termAt(snapshot, from) === text ? [from, from + 1] : [from, from];
  return [from, lowerBound(snapshot, `${text}\uffff`)];
}

/**
 * Marks in `tiers` (one slot a document, 0 = absent) every document holding a term of
 * [from, to), keeping the best tier a document reaches.
 */
export function collectTiers(snapshot: Snapshot, from: number, to: number, tiers: Uint8Array): void {
  const { postings, postStarts } = snapshot;
  for (let term = from; term < to; term++) {
    let p = postStarts[term]!;
    const end = postStarts[term + 1]!;
    let doc = -1;
    while (p < end) {
      let byte = postings[p++]!;
      let value = byte & 127;
      let shift = 7;
      while (byte & 128) {
        byte = postings[p++]!;
        value |= (byte & 127) << shift;
        shift += 7;
      }
      doc += value >>> 2;
      const tier = value & 3;
      const seen = tiers[doc]!;
      if (seen === 0 || tier < seen) tiers[doc] = tier;
    }
  }
}

/** The documents back, each with its terms as stored: what a compaction rebuilds from. */
export function snapshotDocs(snapshot: Snapshot): SearchDoc[] {
  const terms: string[][] = snapshot.ids.map(() => []);
  const { postings, postStarts } = snapshot;
  for (let t = 0; t < termCount(snapshot); t++) {
    const text = termAt(snapshot, t);
    const filter = !isWordText(text);
    let p = postStarts[t]!;
    let doc = -1;
    while (p < postStarts[t + 1]!) {
      let byte = postings[p++]!;
      let value = byte & 127;
      for (let shift = 7; byte & 128; shift += 7) {
        byte = postings[p++]!;
        value |= (byte & 127) << shift;
      }
      doc += value >>> 2;
      terms[doc]!.push(filter ? text : `${value & 3}:${text}`);
    }
  }
  return snapshot.ids.map((clipId, doc) => ({ clipId, createdAt: snapshot.created[doc]!, terms: terms[doc]! }));
}

/** Filter terms are namespaced with a colon; word texts never hold one (tokenize.ts). */
function isWordText(text: string): boolean {
  return !text.includes(':');
}
