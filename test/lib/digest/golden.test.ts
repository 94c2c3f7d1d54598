import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDigest, type DigestOptions } from '@/lib/digest/build';
import { readClipFile } from '@/lib/digest/input';
import { filterClips, sortByClipped } from '@/lib/digest/select';
import { lintDigest } from '@/lib/digest/lint';
import { clipToNote } from '@/lib/export/clip-note';
import { bibliography } from '@/lib/export/bibtex';

/**
 * Golden files: the fixture library (test/fixtures/digest/library.json, a Gleaner backup of 12
 * clips in Chinese and English) through the built-in templates, byte for byte.
 * Regenerate with `UPDATE_FIXTURES=1 npx vitest run test/lib/digest/golden.test.ts` and review
 * the diff before committing it.
 */

const DIR = path.join(__dirname, '../../fixtures/digest');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const library = readClipFile(readFileSync(path.join(DIR, 'library.json'), 'utf8'), 'library.json', '2026-11-01T00:00:00Z');
const week = { year: 2026, week: 47 };
const timeZone = 'Asia/Shanghai';
const chosen = sortByClipped(filterClips(library.clips, { kind: 'week', week }, timeZone));
const base: DigestOptions = { lang: 'en', timeZone, now: new Date('2026-11-22T12:00:00Z'), period: { kind: 'week', week } };

function golden(name: string, actual: string): void {
  const file = path.join(DIR, 'expected', name);
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const variants: [string, Partial<DigestOptions>][] = [
  ['w47-en.md', { lang: 'en' }],
  ['w47-zh.md', { lang: 'zh' }],
  ['w47-en-grouped.md', { lang: 'en', groupByTopic: true, missingSummary: 'mark', frontMatter: { draft: true } }],
  ['w47-zh-grouped.md', { lang: 'zh', groupByTopic: true, missingSummary: 'mark', frontMatter: { draft: false } }],
];

describe('golden digests of 2026-W47 (Asia/Shanghai)', () => {
  test('the week holds the ten clips clipped Monday to Sunday in Shanghai, not by UTC', () => {
    const titles = chosen.map((clip) => clip.title);
    expect(titles).toHaveLength(10);
    expect(titles[0]).toMatch(/^Q\*/); // Sunday 16:30 UTC is Monday 00:30 in Shanghai
    expect(titles).not.toContain('Attention Is All You Need'); // the week before
    expect(titles.some((t) => t.startsWith('C-Eval'))).toBe(false); // Monday 01:30 of the next week
  });

  test.each(variants)('%s', (name, options) => {
    const outcome = buildDigest(chosen, library.highlights, { ...base, ...options });
    if (!outcome.ok) throw new Error(outcome.error.message);
    golden(name, outcome.digest.markdown);
    expect(outcome.digest.fileName).toBe('2026-W47-paper-digest.md');
  });

  test.each(variants)('%s reads like a post a person wrote', (name, options) => {
    const outcome = buildDigest(chosen, library.highlights, { ...base, ...options });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(lintDigest(outcome.digest.markdown)).toEqual([]);
    expect(outcome.digest.markdown).not.toMatch(/\bnull\b|\bundefined\b/);
    expect(outcome.digest.markdown).not.toMatch(/\n\n\n/);
  });
});

describe('golden single-clip exports', () => {
  const dpo = library.clips.find((clip) => clip.arxivId === '2305.18290')!;
  const mamba = library.clips.find((clip) => clip.arxivId === '2312.00752')!;
  const of = (id: string) => library.highlights.filter((h) => h.clipId === id);

  test('note-en.md', () => golden('note-en.md', clipToNote(dpo, of(dpo.id), 'en')));
  test('note-zh.md', () => golden('note-zh.md', clipToNote(mamba, of(mamba.id), 'zh')));
  test('w47.bib', () => golden('w47.bib', bibliography(chosen)));
});
