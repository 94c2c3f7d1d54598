/**
 * Folding: the one normal form that both the index and the query go through, so "Café", "CAFE"
 * and "cafe" meet, and so do full-width "ＧＰＴ" and "GPT" or "ガ" and "カ".
 *
 * NFKD splits compatibility forms and accents; the marks are dropped; NFC then puts Hangul
 * syllables back together (NFKD turns them into jamo, which would make poor bigrams).
 */
const MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
}

/**
 * Folded text with, for each of its UTF-16 units, the span of the original text it came from:
 * what the snippet needs to highlight the user's own words after matching folded ones.
 */
export interface FoldedText {
  folded: string;
  /** Original offset where folded unit i starts. */
  starts: number[];
  /** Original offset where folded unit i ends. */
  ends: number[];
}

const PLAIN = /^[a-z0-9 ]$/;

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  // Code point by code point: a base letter folds the same alone as with its marks after it.
  for (const char of text) {
    const end = offset + char.length;
    const piece = PLAIN.test(char) ? char : fold(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    folded += piece;
    offset = end;
  }
  return { folded, starts, ends };
}
