import fc from 'fast-check';
import type { Clip } from '@/lib/clip/model';
import { HIGHLIGHT_COLORS, type Highlight, type Selector } from '@/lib/annotate/types';
import type { SettingRow, TemplateRow } from '@/lib/store/db';
import type { GleanerDB } from '@/lib/store/db';
import { rebuildWithin } from '@/lib/search/index-store';

/** Generators of valid library rows, with every kind of text (CJK, emoji, lone surrogates, quotes). */

const tricky = fc.constantFrom('', ' padded ', '注意力机制 Transformer', '"quoted" \\ back\nslash', '\u2028\u2029', '\uD83D', '😀', '</script>', '\u0000');
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  tricky,
  fc.tuple(tricky, fc.string({ maxLength: 8 }), tricky).map((parts) => parts.join('')),
);
const maybeText = fc.option(anyText, { nil: null });
const texts = fc.array(anyText, { maxLength: 3 });
export const timestamp = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const offset = fc.nat({ max: 100_000 });

export function clipArb(id: fc.Arbitrary<string>, canonicalKey: fc.Arbitrary<string>): fc.Arbitrary<Clip> {
  return fc.record({
    id,
    url: fc.webUrl(),
    canonicalKey,
    kind: fc.constantFrom('arxiv', 'scholarly', 'blog', 'other'),
    title: anyText,
    authors: texts,
    abstract: maybeText,
    published: maybeText,
    updated: maybeText,
    arxivId: maybeText,
    arxivVersion: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    primaryCategory: maybeText,
    categories: texts,
    comments: maybeText,
    journalRef: maybeText,
    doi: maybeText,
    pdfUrl: maybeText,
    htmlUrl: maybeText,
    absUrl: maybeText,
    siteName: maybeText,
    lang: maybeText,
    leadImage: maybeText,
    warnings: texts,
    summary: fc.record({ tldr: anyText, problem: anyText, method: anyText, results: anyText, future: anyText }),
    tags: texts,
    status: fc.constantFrom('to-read', 'reading', 'done'),
    rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    createdAt: timestamp,
    updatedAt: timestamp,
    content: fc.oneof(anyText, fc.array(anyText, { maxLength: 12 }).map((lines) => lines.join('\n'))),
  });
}

const selectorArb: fc.Arbitrary<Selector> = fc.oneof(
  fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: anyText, prefix: anyText, suffix: anyText }),
  fc.record({ type: fc.constant('TextPositionSelector' as const), start: offset, end: offset }),
  fc.record({
    type: fc.constant('RangeSelector' as const),
    startContainer: anyText,
    startOffset: offset,
    endContainer: anyText,
    endOffset: offset,
  }),
);

export function highlightArb(id: fc.Arbitrary<string>, clipId: fc.Arbitrary<string>): fc.Arbitrary<Highlight> {
  return fc.record({
    id,
    clipId,
    url: fc.webUrl(),
    selectors: fc.array(selectorArb, { maxLength: 3 }),
    quote: anyText,
    note: anyText,
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}

export const templateArb: fc.Arbitrary<TemplateRow> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  name: anyText,
  body: anyText,
  workingBody: anyText,
  updatedAt: timestamp,
});

/** Settings hold JSON; JSON has no -0, so the generator does not either. */
export const settingArb: fc.Arbitrary<SettingRow> = fc.record({
  key: fc.string({ minLength: 1, maxLength: 8 }),
  value: fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown),
});

export interface Library {
  clips: Clip[];
  highlights: Highlight[];
  templates: TemplateRow[];
  settings: SettingRow[];
}

const clipId = fc.stringMatching(/^[0-9a-z]{4,17}$/);
const paperKey = fc.oneof(
  fc.stringMatching(/^[0-9]{4}\.[0-9]{5}$/).map((id) => `arxiv:${id}`),
  fc.webUrl().map((url) => `url:${url}`),
);

/** A consistent library: unique ids and keys, every highlight on one of its clips. */
export const libraryArb: fc.Arbitrary<Library> = fc
  .uniqueArray(clipArb(clipId, paperKey), { maxLength: 6, selector: (clip) => clip.canonicalKey })
  .map((clips) => clips.filter((clip, i) => clips.findIndex((c) => c.id === clip.id) === i))
  .chain((clips) =>
    fc.record({
      clips: fc.constant(clips),
      highlights:
        clips.length === 0
          ? fc.constant([])
          : fc.uniqueArray(highlightArb(fc.uuid(), fc.constantFrom(...clips.map((c) => c.id))), {
              maxLength: 8,
              selector: (h) => h.id,
            }),
      templates: fc.uniqueArray(templateArb, { maxLength: 3, selector: (t) => t.id }),
      settings: fc.uniqueArray(settingArb, { maxLength: 3, selector: (s) => s.key }),
    }),
  );

/** Writes a library's rows as the store holds them, search terms included. */
export async function seed(db: GleanerDB, library: Library): Promise<void> {
  await db.transaction('rw', [db.clips, db.contents, db.highlights, db.searchBase, db.searchDelta, db.searchHighlights, db.templates, db.settings], async () => {
    await db.clips.bulkPut(library.clips.map(({ content: _content, ...row }) => row));
    await db.contents.bulkPut(library.clips.map((clip) => ({ clipId: clip.id, markdown: clip.content })));
    await db.highlights.bulkPut(library.highlights);
    await db.templates.bulkPut(library.templates);
    await db.settings.bulkPut(library.settings);
    await rebuildWithin(db);
  });
}
