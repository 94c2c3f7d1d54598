/**
 * Splitting folded text into tokens. Letters and digits make words; everything else separates
 * them. Chinese, Japanese and Korean runs are kept whole as `cjk` tokens: they have no spaces,
 * so terms.ts cuts them into character bigrams instead of words (robust where a dictionary
 * segmenter would cut "知识蒸馏" differently in different browsers).
 */
export interface Token {
  text: string;
  /** Offsets into the folded text. */
  start: number;
  end: number;
  cjk: boolean;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\u3005\u3006]/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** Words longer than this are cut: prefix matching still finds them, and URLs stay cheap. */
export const MAX_WORD_LENGTH = 32;

export function isCjk(char: string): boolean {
  return CJK_CHAR.test(char);
}

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD_RUN)) {
    const run = match[0];
    const start = match.index;
    if (!NON_ASCII.test(run)) {
      pushWord(tokens, run, start);
      continue;
    }
    splitScripts(tokens, run, start);
  }
  return tokens;
}

function pushWord(tokens: Token[], text: string, start: number): void {
  tokens.push({ text: text.slice(0, MAX_WORD_LENGTH), start, end: start + text.length, cjk: false });
}

/** A run such as "gpt模型v2" becomes `gpt`, `模型`, `v2`. */
function splitScripts(tokens: Token[], run: string, start: number): void {
  let pieceStart = 0;
  let pieceCjk: boolean | null = null;
  let offset = 0;
  const flush = (end: number) => {
    if (pieceCjk === null || end === pieceStart) return;
    const text = run.slice(pieceStart, end);
    if (pieceCjk) tokens.push({ text, start: start + pieceStart, end: start + end, cjk: true });
    else pushWord(tokens, text, start + pieceStart);
  };
  for (const char of run) {
    const cjk = isCjk(char);
    if (cjk !== pieceCjk) {
      flush(offset);
      pieceStart = offset;
      pieceCjk = cjk;
    }
    offset += char.length;
  }
  flush(offset);
}
