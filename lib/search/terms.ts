import type { Highlight } from '../annotate/types';
import type { ClipRow } from '../store/db';
import { fold } from './fold';
import { isStopWord } from './stop-words';
import { tokenize, type Token } from './tokenize';

/**
 * The search terms of a clip, stored in its `searchIndex` row (a multi-entry index), rewritten in
 * the same transaction as every write of the clip or its highlights.
 *
 * A term is `<tier>:<text>`, the tier saying where the text occurs at best, so that one index
 * answers both "which clips" and "how well": 1 = title or TL;DR, 2 = the other summary fields,
 * 3 = the rest (authors, abstract, tags, highlights and their notes, site, arXiv id, DOI,
 * categories). A text is stored once, at its best tier. Four more namespaces serve the filters:
 * `a:` author name terms (`author:`), `g:` whole tags (`tag:`), `s:` the reading status and `k:`
 * the kind. Word texts never hold a colon (tokenize.ts), so the namespaces cannot meet a word.
 *
 * English words are stored as written (folded: lower case, no accents); queries match them by
 * prefix of their stem (stem.ts). Chinese/Japanese/Korean runs are stored as character bigrams
 * plus the run's last character, so any substring of two or more characters is found by its
 * bigrams and a single character by the terms starting with it.
 *
 * The clip's Markdown content is deliberately not indexed: see "Search" in docs/ARCHITECTURE.md.
 */

/**
 * Bumped whenever the terms or the stored index change shape (snapshot.ts); an index stored by
 * another version is rebuilt by the background and, until then, not read.
 */
export const TERMS_VERSION = 3;

export type Tier = 1 | 2 | 3;
export const TIERS: readonly Tier[] = [1, 2, 3];

/** A clip with a novel's worth of highlight notes stays cheap to index and to store. */
export const MAX_TERMS = 1500;

export const AUTHOR_PREFIX = 'a:';
export const TAG_PREFIX = 'g:';
export const STATUS_PREFIX = 's:';
export const KIND_PREFIX = 'k:';

/** The index terms of one token, without tier: a word, or a CJK run's bigrams and last char. */
export function tokenTerms(token: Token, keepStopWords = false): string[] {
  if (token.cjk) return cjkTerms(token.text);
  if (token.text.length < 2 || (!keepStopWords && isStopWord(token.text))) return [];
  return [token.text];
}

export function cjkTerms(run: string): string[] {
  const chars = Array.from(run);
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  const last = chars[chars.length - 1];
  if (last) terms.push(last);
  return terms;
}

export function textTerms(text: string, keepStopWords = false): string[] {
  if (!text) return [];
  return tokenize(fold(text)).flatMap((token) => tokenTerms(token, keepStopWords));
}

function tierTexts(clip: ClipRow, highlights: readonly Highlight[]): [Tier, string][] {
  const { summary } = clip;
  return [
    [1, clip.title],
    [1, summary.tldr],
    [2, summary.problem],
    [2, summary.method],
    [2, summary.results],
    [2, summary.future],
    [3, clip.authors.join(' ; ')],
    [3, clip.tags.join(' ; ')],
    [3, clip.abstract ?? ''],
    ...highlights.map((h): [Tier, string] => [3, `${h.quote} ; ${h.note}`]),
    [3, [clip.siteName, clip.arxivId, clip.doi, ...clip.categories].filter(Boolean).join(' ; ')],
  ];
}

export function clipTerms(clip: ClipRow, highlights: readonly Highlight[]): string[] {
  // Insertion order is tier order, so the first tier a text is seen in is its best one.
  const best = new Map<string, Tier>();
  for (const [tier, text] of tierTexts(clip, highlights)) {
    for (const term of textTerms(text)) {
      if (!best.has(term)) best.set(term, tier);
    }
  }
  const terms: string[] = [];
  for (const [term, tier] of best) {
    if (terms.length >= MAX_TERMS) break;
    terms.push(`${tier}:${term}`);
  }
  const authors = new Set(clip.authors.flatMap((name) => textTerms(name, true)));
  for (const term of authors) terms.push(AUTHOR_PREFIX + term);
  const tags = new Set(clip.tags.map(tagTerm).filter(Boolean));
  for (const term of tags) terms.push(term);
  terms.push(STATUS_PREFIX + clip.status, KIND_PREFIX + clip.kind);
  return terms;
}

/** The `g:` term of a whole tag, as stored and as looked up by `tag:`. */
export function tagTerm(tag: string): string {
  const folded = fold(tag).trim().replace(/\s+/g, ' ');
  return folded ? TAG_PREFIX + folded : '';
}
