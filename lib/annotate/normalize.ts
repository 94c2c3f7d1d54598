/**
 * The one text normalization of anchoring: runs of whitespace become one space and invisible
 * format characters (soft hyphens, zero-width spaces and joiners) vanish. Quotes are stored in
 * this form and page text is read in this form, so re-indented HTML, `&nbsp;` versus space or a
 * soft hyphen added by a publisher do not count as edits.
 *
 * Two implementations of the same rule: a fast one for whole strings (regular expressions) and a
 * character walk for mapping offsets inside one text node. `test/lib/annotate/normalize.test.ts`
 * checks that they agree.
 */

const IGNORABLE = /[\u00ad\u200b-\u200d\u2060]/g;
const IGNORABLE_CHAR = /^[\u00ad\u200b-\u200d\u2060]$/;
const SPACE_RUN = /\s+/g;
const SPACE_CHAR = /^\s$/;

/**
 * Normalizes `data` as it appears after text that ended in a space (`afterSpace`) or not: a
 * leading whitespace run is dropped when the text before already ended in one.
 */
export function normalizeChunk(data: string, afterSpace: boolean): string {
  const collapsed = data.replace(IGNORABLE, '').replace(SPACE_RUN, ' ');
  return afterSpace && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
}

/** Normalizes a standalone string (a quote, a prefix): collapsed, and trimmed when asked. */
export function normalizeText(text: string, trim = false): string {
  const collapsed = normalizeChunk(text, false);
  return trim ? collapsed.trim() : collapsed;
}

/**
 * How many normalized characters `data.slice(0, upto)` yields (the same rule as normalizeChunk).
 */
export function normalizedLength(data: string, upto: number, afterSpace: boolean): number {
  let count = 0;
  let space = afterSpace;
  for (let i = 0; i < upto && i < data.length; i += 1) {
    const char = data[i]!;
    if (IGNORABLE_CHAR.test(char)) continue;
    if (SPACE_CHAR.test(char)) {
      if (!space) count += 1;
      space = true;
    } else {
      count += 1;
      space = false;
    }
  }
  return count;
}

/**
 * The offset in `data` where normalized character `target` begins (side `start`) or where
 * normalized character `target - 1` ends (side `end`). Clamped to the data's length.
 */
export function rawOffset(data: string, target: number, afterSpace: boolean, side: 'start' | 'end'): number {
  if (target <= 0 && side === 'end') return 0;
  let count = 0;
  let space = afterSpace;
  for (let i = 0; i < data.length; i += 1) {
    const char = data[i]!;
    if (IGNORABLE_CHAR.test(char)) continue;
    const emits = SPACE_CHAR.test(char) ? !space : true;
    space = SPACE_CHAR.test(char);
    if (!emits) continue;
    if (side === 'start' && count === target) return i;
    count += 1;
    if (side === 'end' && count === target) return i + 1;
  }
  return data.length;
}
