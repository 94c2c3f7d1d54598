import type { Clip } from '../clip/model';

/**
 * BibTeX citations. Preprints follow arXiv's own export (`@misc` with `eprint`, `archivePrefix`,
 * `primaryClass`); a paper with a journal reference or a publisher DOI is an `@article`. arXiv's
 * own DataCite DOIs (10.48550/arXiv.…) do not make a preprint an article.
 *
 * Keys are Google Scholar's `lastname` + `year` + `firstword` (`vaswani2017attention`): readable,
 * and the same clip gives the same key on every run. Within one bibliography, clashing keys all
 * get a letter (`…a`, `…b`) in an order fixed by the clips' canonical keys, not by their order in
 * the digest, so reordering a digest never renames a citation.
 */

export type BibClip = Pick<
  Clip,
  'title' | 'authors' | 'published' | 'arxivId' | 'primaryCategory' | 'journalRef' | 'doi' | 'url' | 'absUrl' | 'kind' | 'siteName' | 'canonicalKey' | 'createdAt'
>;

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward', 'is', 'are', 'via', 'from', 'at', 'by', 'do', 'does', 'can', 'what', 'how', 'why', 'when']);
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII letters and digits only: `Ł`→`l`, `é`→`e`; CJK is dropped. */
function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (char) => FOLD[char] ?? '')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

function lastName(author: string): string {
  const name = author.includes(',') ? author.split(',')[0]! : (author.trim().split(/\s+/).pop() ?? '');
  return ascii(name);
}

export function bibYear(clip: Pick<BibClip, 'published' | 'arxivId' | 'createdAt'>): string | null {
  if (clip.published && /^\d{4}/.test(clip.published)) return clip.published.slice(0, 4);
  const modern = clip.arxivId && /^(\d{2})(\d{2})\.\d{4,5}$/.exec(clip.arxivId);
  if (modern) return `20${modern[1]}`;
  const legacy = clip.arxivId && /\/(\d{2})\d{5}$/.exec(clip.arxivId);
  if (legacy) return `${Number(legacy[1]) > 90 ? '19' : '20'}${legacy[1]}`;
  return clip.createdAt && /^\d{4}/.test(clip.createdAt) ? clip.createdAt.slice(0, 4) : null;
}

/** FNV-1a, 32 bits: a short stable fingerprint for keys that have no readable parts. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/** The key of one clip, before clashes in a bibliography are resolved. */
export function bibtexBaseKey(clip: BibClip): string {
  const author = clip.authors[0] ? lastName(clip.authors[0]) : '';
  const year = bibYear(clip) ?? '';
  const word = clip.title.split(/[\s\-–—:,.;!?()[\]{}"'“”‘’/]+/).map(ascii).find((w) => w && !STOP_WORDS.has(w)) ?? '';
  if (author) return `${author}${year}${word}`;
  if (clip.arxivId) return `arxiv${ascii(clip.arxivId)}`;
  return `${word || 'ref'}${year}${fingerprint(clip.canonicalKey)}`;
}

function letters(index: number): string {
  let out = '';
  let n = index;
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** Keys for a bibliography, in the order of `clips`, unique among themselves. */
export function bibtexKeys(clips: readonly BibClip[]): string[] {
  const bases = clips.map(bibtexBaseKey);
  const groups = new Map<string, number[]>();
  bases.forEach((base, index) => groups.set(base, [...(groups.get(base) ?? []), index]));
  const keys = [...bases];
  for (const [base, members] of groups) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => (clips[a]!.canonicalKey < clips[b]!.canonicalKey ? -1 : clips[a]!.canonicalKey > clips[b]!.canonicalKey ? 1 : a - b));
    ordered.forEach((member, rank) => (keys[member] = `${base}${letters(rank)}`));
  }
  // A suffixed key can still meet another clip's base key (`…scaling` + `a` = `…scalinga`).
  const seen = new Set<string>();
  return keys.map((key, index) => {
    let unique = key;
    for (let n = 0; seen.has(unique); n += 1) unique = `${key}-${fingerprint(`${clips[index]!.canonicalKey}${n}`)}`;
    seen.add(unique);
    return unique;
  });
}

const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}',
};

function escapeTexPlain(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (char) => TEX_SPECIAL[char]!);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text.replace(/\\[{}]/g, '')) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** TeX-escaped text; `$…$` math with balanced braces is kept as written. */
export function escapeTex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(\$[^$]+\$)/)
    .map((part, index) => (index % 2 === 1 && balanced(part) ? part : escapeTexPlain(part)))
    .join('');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** `A and B and C`; a name BibTeX would split wrongly (CJK, or holding "and") is braced. */
function authorField(authors: readonly string[]): string {
  return authors
    .map((name) => {
      const escaped = escapeTex(name);
      return CJK.test(name) || /\band\b/i.test(name) ? `{${escaped}}` : escaped;
    })
    .join(' and ');
}

function isArxivDoi(doi: string): boolean {
  return /^10\.48550\//i.test(doi);
}

export function bibtexEntry(clip: BibClip, key: string): string {
  const publisherDoi = clip.doi && !isArxivDoi(clip.doi) ? clip.doi : null;
  const type = clip.journalRef || publisherDoi ? 'article' : 'misc';
  const url = clip.arxivId ? `https://arxiv.org/abs/${clip.arxivId}` : (clip.absUrl ?? clip.url);
  const fields: [string, string | null][] = [
    ['title', `{${escapeTex(clip.title)}}`],
    ['author', clip.authors.length ? authorField(clip.authors) : null],
    ['journal', clip.journalRef ? escapeTex(clip.journalRef) : publisherDoi && clip.siteName ? escapeTex(clip.siteName) : null],
    ['year', bibYear(clip)],
    ['doi', publisherDoi],
    ['eprint', clip.arxivId],
    ['archivePrefix', clip.arxivId ? 'arXiv' : null],
    ['primaryClass', clip.arxivId ? clip.primaryCategory : null],
    ['howpublished', !clip.arxivId && type === 'misc' && clip.siteName ? escapeTex(clip.siteName) : null],
    // URLs are left as written: BibTeX styles read `url` verbatim (url/hyperref packages).
    ['url', url.replace(/[{}]/g, encodeURIComponent)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

/** A `.bib` file: one entry per clip, keys unique. */
export function bibliography(clips: readonly BibClip[]): string {
  const keys = bibtexKeys(clips);
  return clips.map((clip, index) => bibtexEntry(clip, keys[index]!)).join('\n');
}
