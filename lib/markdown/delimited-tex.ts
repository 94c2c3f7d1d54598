import type { MathMode } from './placeholders';

/**
 * Raw TeX in text, as pages typeset by MathJax or KaTeX in the browser serve it: `$…$`,
 * `$$…$$`, `\(…\)`, `\[…\]`. Single dollars follow Pandoc's rule (no space just inside the
 * dollars, no digit right after the closing one), so "$5 and $10" stays text.
 */
export type TexSegment = { text: string } | { tex: string; mode: MathMode };

export function hasDelimitedTex(text: string): boolean {
  return /\$|\\\(|\\\[/.test(text);
}

export function splitDelimitedTex(text: string): TexSegment[] {
  const segments: TexSegment[] = [];
  let plain = '';
  let i = 0;
  const flush = () => {
    if (plain) segments.push({ text: plain });
    plain = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    const found = matchAt(text, i);
    if (found) {
      flush();
      segments.push({ tex: found.tex, mode: found.mode });
      i = found.end;
      continue;
    }
    plain += ch;
    i += 1;
  }
  flush();
  return segments;
}

function matchAt(text: string, i: number): { tex: string; mode: MathMode; end: number } | null {
  if (text.startsWith('$$', i)) return closed(text, i + 2, '$$', 'display');
  if (text.startsWith('\\[', i)) return closed(text, i + 2, '\\]', 'display');
  if (text.startsWith('\\(', i)) return closed(text, i + 2, '\\)', 'inline');
  if (text[i] === '$') return singleDollar(text, i);
  return null;
}

function closed(text: string, start: number, close: string, mode: MathMode) {
  const end = text.indexOf(close, start);
  if (end < 0) return null;
  const tex = text.slice(start, end).trim();
  if (!tex) return null;
  return { tex, mode, end: end + close.length };
}

function singleDollar(text: string, i: number) {
  const first = text[i + 1];
  if (first === undefined || /\s/.test(first)) return null;
  for (let j = i + 1; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '\\') {
      j += 1;
      continue;
    }
    if (ch === '\n' && text[j + 1] === '\n') return null;
    if (ch !== '$') continue;
    if (/\s/.test(text[j - 1]!) || /\d/.test(text[j + 1] ?? '')) return null;
    return { tex: text.slice(i + 1, j), mode: 'inline' as const, end: j + 1 };
  }
  return null;
}
