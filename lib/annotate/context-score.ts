/**
 * How well the text around a candidate match agrees with a quote's stored prefix and suffix.
 * Context is what tells "the model" in the abstract from "the model" in section 4, and what keeps
 * a fuzzy match from landing on a near-identical sentence elsewhere.
 */

/**
 * Edit distance between `pattern` and the best-matching start of `text` (text[0..j) for any j):
 * one row of the classic table, O(pattern × text), for strings of a few dozen characters.
 */
export function leadingDistance(pattern: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i += 1) {
    const next = [i];
    const char = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j += 1) {
      const substitution = row[j - 1]! + (char === text.charCodeAt(j - 1) ? 0 : 1);
      next.push(Math.min(substitution, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.min(...row);
}

function reversed(text: string): string {
  return Array.from(text).reverse().join('');
}

/** Extra characters read around a candidate, so that a few inserted ones do not cost much. */
const SLACK = 8;

/**
 * Similarity in [0, 1] of the text before `start` to `prefix` (1 = identical). An empty stored
 * prefix means the quote began the page: it agrees only with a candidate that does too.
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix === '') return start === 0 ? 1 : 0.5;
  const before = text.slice(Math.max(0, start - prefix.length - SLACK), start);
  return 1 - leadingDistance(reversed(prefix), reversed(before)) / prefix.length;
}

/** Similarity in [0, 1] of the text after `end` to `suffix`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix === '') return end === text.length ? 1 : 0.5;
  const after = text.slice(end, end + suffix.length + SLACK);
  return 1 - leadingDistance(suffix, after) / suffix.length;
}
