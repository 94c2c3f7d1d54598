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

/**
 * Mostly ASCII and common Han characters, which fold alone without a trip through normalize():
 * ASCII only changes case, and U+4E00–U+9FFF has no decompositions.
 */
export function foldWithMap(text: string): FoldedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let offset = 0; offset < text.length; ) {
    const code = text.charCodeAt(offset);
    let width = 1;
    let piece: string;
    if (code < 0x80) piece = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[offset]!;
    else if (code >= 0x4e00 && code <= 0x9fff) piece = text[offset]!;
    else {
      // Code point by code point: a base letter folds the same alone as with its marks after it.
      width = code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length ? 2 : 1;
      piece = fold(text.slice(offset, offset + width));
    }
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(offset + width);
    }
    pieces.push(piece);
    offset += width;
  }
  return { folded: pieces.join(''), starts, ends };
}
