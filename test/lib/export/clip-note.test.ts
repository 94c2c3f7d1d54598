import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { clipToNote } from '@/lib/export/clip-note';
import { parseClipNote } from '@/lib/export/parse-clip-note';
import { splitFrontMatter } from '@/lib/export/yaml-read';
import { trimBlankLines } from '@/lib/export/note-format';
import { makeClip } from '../../fixtures/digest/make-clip';

const clip = makeClip({
  title: 'Chain-of-Thought: "Reasoning" in #LLMs',
  authors: ['Jason Wei', '王小明'],
  arxivId: '2201.11903',
  arxivVersion: 6,
  primaryCategory: 'cs.CL',
  categories: ['cs.CL', 'cs.AI'],
  published: '2022-01-28',
  tags: ['reasoning', '提示'],
  status: 'done',
  rating: 5,
  abstract: 'We explore how generating a chain of thought improves reasoning.',
  content: '# Introduction\n\nLarge language models…\n\n## Method\n\nWe prompt with exemplars.',
  summary: { tldr: 'Few-shot CoT prompts unlock multi-step reasoning.', method: 'Exemplars with rationales.\n\n## Method\nnot a heading of ours' },
});

describe('clipToNote', () => {
  test('writes front matter, a preamble and one section per filled field', () => {
    const note = clipToNote(clip, [{ quote: 'chain of thought\nemerges with scale', note: '> not a quote\nreally' }]);
    expect(note).toBe(
      [
        '---',
        'title: "Chain-of-Thought: \\"Reasoning\\" in #LLMs"',
        'authors:',
        '  - "Jason Wei"',
        '  - "王小明"',
        'url: "https://arxiv.org/abs/2201.11903"',
        'canonicalKey: "arxiv:2201.11903"',
        'kind: "arxiv"',
        'arxivId: "2201.11903"',
        'arxivVersion: 6',
        'primaryCategory: "cs.CL"',
        'categories:',
        '  - "cs.CL"',
        '  - "cs.AI"',
        'published: "2022-01-28"',
        'tags:',
        '  - "reasoning"',
        '  - "提示"',
        'status: "done"',
        'rating: 5',
        'created: "2026-11-17T08:00:00.000Z"',
        'updated: "2026-11-17T08:00:00.000Z"',
        'gleaner: 1',
        '---',
        '',
        '# Chain-of-Thought: "Reasoning" in #LLMs',
        '',
        'Jason Wei, 王小明 · <https://arxiv.org/abs/2201.11903>',
        '',
        '## TL;DR',
        '',
        'Few-shot CoT prompts unlock multi-step reasoning.',
        '',
        '## Method',
        '',
        'Exemplars with rationales.',
        '',
        '\\## Method',
        'not a heading of ours',
        '',
        '## Highlights',
        '',
        '> chain of thought',
        '> emerges with scale',
        '',
        '\\> not a quote',
        'really',
        '',
        '## Abstract',
        '',
        'We explore how generating a chain of thought improves reasoning.',
        '',
        '## Content',
        '',
        '# Introduction',
        '',
        'Large language models…',
        '',
        '## Method',
        '',
        'We prompt with exemplars.',
        '',
      ].join('\n'),
    );
  });

  test('its front matter is valid YAML holding the clip fields', () => {
    const yaml = splitFrontMatter(clipToNote(clip, []))!.yaml;
    expect(parseYaml(yaml)).toMatchObject({ title: clip.title, authors: clip.authors, arxivVersion: 6, rating: 5, gleaner: 1 });
  });

  test('Chinese headings', () => {
    const note = clipToNote(clip, [], 'zh');
    expect(note).toContain('## 一句话总结\n');
    expect(note).toContain('## 方法\n');
    expect(note).toContain('## 正文\n');
  });
});

describe('parseClipNote', () => {
  test('reads back what clipToNote wrote', () => {
    for (const lang of ['en', 'zh'] as const) {
      const parsed = parseClipNote(clipToNote(clip, [{ quote: 'q1', note: '' }, { quote: 'q2', note: 'n2' }], lang))!;
      expect(parsed.page).toMatchObject({ title: clip.title, authors: clip.authors, url: clip.url, arxivId: '2201.11903', arxivVersion: 6, categories: clip.categories, published: '2022-01-28', abstract: clip.abstract, content: clip.content });
      expect(parsed.notes).toEqual({ summary: clip.summary, tags: clip.tags, status: 'done', rating: 5 });
      expect(parsed.highlights).toEqual([{ quote: 'q1', note: '' }, { quote: 'q2', note: 'n2' }]);
      expect(parsed.createdAt).toBe(clip.createdAt);
    }
  });

  test('is null for Markdown that is not a Gleaner note', () => {
    expect(parseClipNote('# Just notes\n')).toBeNull();
    expect(parseClipNote('---\ntitle: Hugo post\n---\nbody')).toBeNull();
    expect(parseClipNote('---\ngleaner: 1\n---\n')).toBeNull();
  });

  test('reads a note a person edited in Obsidian: plain YAML, flow lists, CRLF, English aliases', () => {
    const edited = [
      '---',
      'title: Mamba: Linear-Time Sequence Modeling',
      'authors: [Albert Gu, Tri Dao]',
      'url: https://arxiv.org/abs/2312.00752',
      'arxivId: 2312.00752',
      'tags:',
      '- ssm',
      '- "long context"',
      'rating: 9',
      'status: someday',
      'gleaner: 1',
      '---',
      '## TLDR',
      'Selective SSMs.',
      '## Future work',
      'Scale up.',
      '## Key quotes',
      '> selection mechanism',
      'my note',
    ].join('\r\n');
    const parsed = parseClipNote(edited)!;
    expect(parsed.page).toMatchObject({ title: 'Mamba: Linear-Time Sequence Modeling', authors: ['Albert Gu', 'Tri Dao'], arxivId: '2312.00752', canonicalKey: 'arxiv:2312.00752', kind: 'arxiv' });
    expect(parsed.notes).toMatchObject({ tags: ['ssm', 'long context'], rating: null, status: 'to-read' });
    expect(parsed.notes.summary).toMatchObject({ tldr: 'Selective SSMs.', future: 'Scale up.' });
    expect(parsed.highlights).toEqual([{ quote: 'selection mechanism', note: 'my note' }]);
  });

  test('a note that starts with an escaped heading keeps its backslash (found by the round trip)', () => {
    const note = clipToNote(makeClip({ title: 'a' }), [{ quote: 'a', note: '\\## Method' }], 'en');
    expect(parseClipNote(note)!.highlights).toEqual([{ quote: 'a', note: '\\## Method' }]);
  });

  test('round trip: any clip text survives clipToNote → parseClipNote', () => {
    const piece = fc.constantFrom('a', 'Z', '中文', ' ', '  ', '\n', '\n\n', '#', '## ', '## Method', '## 方法', '\\', '>', '> ', '- ', '*', '`', '"', ':', '---', '$x^2$', '\t');
    const block = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
    const word = fc.array(fc.constantFrom('a', 'B', '中', ' ', ':', '"', '#', '-', "'", '\\', '[', '1'), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')).filter((s) => s.trim() !== '');
    const quote = block.map((q) => q.split('\n').filter((line) => line.trim() !== '').join('\n'));
    fc.assert(
      fc.property(
        fc.record({ title: word, tldr: block, problem: block, method: block, results: block, future: block, content: block, abstract: block }),
        fc.array(word, { maxLength: 3 }),
        fc.array(fc.record({ quote: quote.filter((q) => q.trim() !== ''), note: block }), { maxLength: 3 }),
        fc.constantFrom('en' as const, 'zh' as const),
        (fields, tags, highlights, lang) => {
          const original = makeClip({
            title: fields.title,
            tags,
            abstract: fields.abstract,
            content: fields.content,
            summary: { tldr: fields.tldr, problem: fields.problem, method: fields.method, results: fields.results, future: fields.future },
          });
          const parsed = parseClipNote(clipToNote(original, highlights, lang))!;
          expect(parsed.page.title).toBe(original.title);
          expect(parsed.notes.tags).toEqual(tags);
          for (const key of ['tldr', 'problem', 'method', 'results', 'future'] as const) {
            expect(parsed.notes.summary[key]).toBe(trimBlankLines(original.summary[key]));
          }
          expect(parsed.page.content).toBe(trimBlankLines(fields.content));
          expect(parsed.page.abstract ?? '').toBe(trimBlankLines(fields.abstract));
          expect(parsed.highlights).toEqual(highlights.map((h) => ({ quote: trimBlankLines(h.quote), note: trimBlankLines(h.note) })));
        },
      ),
      { numRuns: 300 },
    );
  });
});
