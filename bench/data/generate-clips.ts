import type { Highlight } from '../../lib/annotate/types';
import { emptyMetadata, READING_STATUSES, type Clip, type ClipKind, type Summary } from '../../lib/clip/model';
import * as V from './vocabulary';

/**
 * A deterministic library of realistic clips for benchmarks: arXiv papers, scholarly pages and
 * blog posts, with English abstracts, summaries in Chinese, English or both, tags, highlights
 * with notes, and 2–50 KB of Markdown content each. The same (count, seed) always gives the same
 * clips, ids included, in Node and in the browser (no Node APIs here).
 */

export interface GeneratedClip {
  clip: Clip;
  highlights: Highlight[];
}

export interface GenerateOptions {
  seed?: number;
  /** Creation dates spread backwards from here (default 2026-11-25, a Wednesday). */
  end?: Date;
  /** How far back, in days (default three years). */
  spanDays?: number;
}

/** mulberry32: small, fast and good enough to make test data. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number) => rng() < p;

/** The shape of lib/store/ids.ts's ids (time, then 8 base-36 characters), from the seeded stream. */
function seededId(rng: Rng, at: Date): string {
  const tail = Array.from({ length: 8 }, () => Math.floor(rng() * 36).toString(36)).join('');
  return at.getTime().toString(36).padStart(9, '0') + tail;
}

/** The long tail: 6,000 English-like words and 4,000 two-to-four-character Chinese ones. */
function lexicon(seed: number): { en: string[]; zh: string[] } {
  const rng = createRng(seed ^ 0x5eed);
  const en = Array.from({ length: 6000 }, () =>
    Array.from({ length: int(rng, 2, 4) }, () => pick(rng, V.EN_SYLLABLES)).join(''),
  );
  const han = Array.from(V.HAN_CHARS);
  const zh = Array.from({ length: 4000 }, () => Array.from({ length: int(rng, 2, 4) }, () => pick(rng, han)).join(''));
  return { en, zh };
}

type Lexicon = ReturnType<typeof lexicon>;
/** The seeded stream, and the lexicon of the seed, that every part of one clip draws from. */
interface Gen {
  rng: Rng;
  tail: Lexicon;
}

/** Zipf-like: a few tail words are common, most are rare. */
function tailWord({ rng, tail }: Gen, zh: boolean): string {
  const list = zh ? tail.zh : tail.en;
  return list[Math.floor(list.length * rng() ** 2.5)]!;
}

/**
 * Topics are Zipf-like too: the first ones of the list (attention, 知识蒸馏…) come up in a large
 * share of clips, as they do in a real reading list; most of the 120 are rarer.
 */
function topic(rng: Rng, topics: readonly string[]): string {
  return topics[Math.floor(topics.length * rng() ** 1.6)]!;
}

function fill(gen: Gen, pattern: string, zh: boolean): string {
  const { rng } = gen;
  const topics = zh ? V.ZH_TOPICS : V.EN_TOPICS;
  const title = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());
  return pattern
    .replace(/\{a\}/g, () => topic(rng, topics))
    .replace(/\{b\}/g, () => topic(rng, topics))
    .replace(/\{c\}/g, () => topic(rng, topics))
    .replace(/\{A\}/g, () => title(topic(rng, V.EN_TOPICS)))
    .replace(/\{B\}/g, () => title(topic(rng, V.EN_TOPICS)))
    .replace(/\{[mM]\}/g, () => pick(rng, V.EN_METHODS))
    .replace(/\{d\}/g, () => pick(rng, V.DATASETS))
    .replace(/\{n\}/g, () => String(int(rng, 2, 40)))
    .replace(/\{t\}/g, () => tailWord(gen, zh));
}

const EN_TAIL = [' See also {t} and {t}.', ' It relies on {t}.', ' Unlike {t}, it keeps {t} and {t} fixed.'];
const ZH_TAIL = ['这里涉及{t}和{t}。', '参见{t}。', '与{t}不同，{t}保持不变。'];

function sentences(gen: Gen, count: number, zh: boolean): string {
  const { rng } = gen;
  const list = zh ? V.ZH_SENTENCES : V.EN_SENTENCES;
  return Array.from({ length: count }, () => {
    const extra = chance(rng, 0.6) ? pick(rng, zh ? ZH_TAIL : EN_TAIL) : '';
    return fill(gen, pick(rng, list) + extra, zh);
  }).join(zh ? '' : ' ');
}

type Lang = 'zh' | 'en' | 'mixed';

function noteText(gen: Gen, lang: Lang, count: number): string {
  const { rng } = gen;
  if (lang === 'mixed') return `${sentences(gen, Math.ceil(count / 2), true)} ${sentences(gen, Math.max(1, count - 1), false)}`;
  return sentences(gen, count, lang === 'zh');
}

function summary(gen: Gen): Summary {
  const { rng } = gen;
  const lang: Lang = pick(rng, ['zh', 'zh', 'en', 'en', 'mixed'] as const);
  const field = (p: number, n: number) => (chance(rng, p) ? noteText(gen, lang, int(rng, 1, n)) : '');
  return { tldr: field(0.75, 2), problem: field(0.5, 3), method: field(0.5, 4), results: field(0.45, 3), future: field(0.3, 2) };
}

function authors(rng: Rng, kind: ClipKind): string[] {
  if (kind === 'blog') return chance(rng, 0.4) ? [pick(rng, V.ZH_NAMES)] : [`${pick(rng, V.FIRST_NAMES)} ${pick(rng, V.LAST_NAMES)}`];
  return Array.from({ length: int(rng, 1, 12) }, () => `${pick(rng, V.FIRST_NAMES)} ${pick(rng, V.LAST_NAMES)}`);
}

/** Markdown of 2–50 KB: sections, paragraphs, LaTeX, a code block, a table. */
export function markdownBody(gen: Gen, zh: boolean): string {
  const { rng } = gen;
  const target = int(rng, 2_000, 50_000);
  const parts: string[] = [];
  let length = 0;
  let section = 1;
  while (length < target) {
    const block = chance(rng, 0.12)
      ? `## ${section++} ${fill(gen, pick(rng, V.EN_TITLE_PATTERNS), false)}`
      : chance(rng, 0.08)
        ? '$$\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V$$'
        : chance(rng, 0.04)
          ? '```python\nfor step, batch in enumerate(loader):\n    loss = model(**batch).loss\n    loss.backward()\n```'
          : chance(rng, 0.03)
            ? `| Model | ${pick(rng, V.DATASETS)} |\n|---|---|\n| ${pick(rng, V.EN_METHODS)} | ${int(rng, 40, 95)}.${int(rng, 0, 9)} |`
            : sentences(gen, int(rng, 3, 7), zh && chance(rng, 0.7)) + ' We write $O(n^2)$ for the cost.';
    parts.push(block);
    length += block.length + 2;
  }
  return parts.join('\n\n');
}

function highlights(gen: Gen, clipId: string, url: string, body: string, at: string): Highlight[] {
  const { rng } = gen;
  const count = chance(rng, 0.5) ? int(rng, 1, 6) : 0;
  return Array.from({ length: count }, (_, i) => {
    const start = int(rng, 0, Math.max(0, body.length - 200));
    const quote = body.slice(start, start + int(rng, 40, 200)).replace(/\s+/g, ' ').trim();
    const note = chance(rng, 0.4) ? noteText(gen, pick(rng, ['zh', 'en'] as const), 1) : '';
    return {
      id: `${clipId}h${i}`, clipId, url, quote, note, color: 'yellow' as const, createdAt: at, updatedAt: at,
      selectors: [{ type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' }],
    };
  });
}

/** Clips one at a time, oldest first: a library of 10,000 never has to sit in memory whole. */
export function* generateClips(count: number, options: GenerateOptions = {}): Generator<GeneratedClip> {
  const rng = createRng(options.seed ?? 1);
  const gen: Gen = { rng, tail: lexicon(options.seed ?? 1) };
  const end = (options.end ?? new Date('2026-11-25T12:00:00Z')).getTime();
  const span = (options.spanDays ?? 3 * 365) * 86_400_000;
  // The canonical key is unique in the store: draw again on the rare repeat of an arXiv id.
  const arxivIds = new Set<string>();
  const newArxivId = () => {
    for (;;) {
      const candidate = `${int(rng, 18, 26)}${String(int(rng, 1, 12)).padStart(2, '0')}.${String(int(rng, 1, 29999)).padStart(5, '0')}`;
      if (!arxivIds.has(candidate)) {
        arxivIds.add(candidate);
        return candidate;
      }
    }
  };
  for (let i = 0; i < count; i++) {
    const created = new Date(end - span + Math.floor(((i + rng()) / count) * span));
    const kind = pick(rng, ['arxiv', 'arxiv', 'arxiv', 'arxiv', 'arxiv', 'arxiv', 'scholarly', 'blog', 'blog', 'other'] as const);
    const zhPage = kind === 'blog' && chance(rng, 0.5);
    const id = seededId(rng, created);
    const arxivId = kind === 'arxiv' ? newArxivId() : null;
    const url = arxivId ? `https://arxiv.org/abs/${arxivId}` : `https://blog.example.org/${id}`;
    const title = zhPage ? fill(gen, pick(rng, V.ZH_TITLE_PATTERNS), true) : fill(gen, pick(rng, V.EN_TITLE_PATTERNS), false);
    const content = markdownBody(gen, zhPage);
    const stamp = created.toISOString();
    const updated = new Date(created.getTime() + int(rng, 0, 30) * 86_400_000);
    const clip: Clip = {
      ...emptyMetadata(url, title),
      canonicalKey: arxivId ? `arxiv:${arxivId}` : `url:${url}`,
      kind,
      authors: authors(rng, kind),
      abstract: kind === 'blog' || kind === 'other' ? (chance(rng, 0.5) ? sentences(gen, 2, zhPage) : null) : sentences(gen, int(rng, 5, 10), false),
      published: stamp.slice(0, 10),
      arxivId,
      arxivVersion: arxivId ? int(rng, 1, 3) : null,
      primaryCategory: arxivId ? pick(rng, V.CATEGORIES) : null,
      categories: arxivId ? [pick(rng, V.CATEGORIES), pick(rng, V.CATEGORIES)] : [],
      siteName: arxivId ? 'arXiv' : pick(rng, V.SITES),
      lang: zhPage ? 'zh-CN' : 'en',
      content,
      warnings: [],
      summary: summary(gen),
      tags: [...new Set(Array.from({ length: int(rng, 0, 5) }, () => pick(rng, V.TAGS)))],
      status: pick(rng, READING_STATUSES),
      rating: chance(rng, 0.3) ? int(rng, 1, 5) : null,
      id,
      createdAt: stamp,
      updatedAt: updated.toISOString(),
    };
    yield { clip, highlights: highlights(gen, id, url, content, stamp) };
  }
}
