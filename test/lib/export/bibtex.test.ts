import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bibliography, bibtexBaseKey, bibtexEntry, bibtexKeys, escapeTex } from '@/lib/export/bibtex';
import { makeClip } from '../../fixtures/digest/make-clip';

const attention = makeClip({
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
  arxivId: '1706.03762',
  published: '2017-06-12',
  primaryCategory: 'cs.CL',
  doi: '10.48550/arXiv.1706.03762',
});

describe('bibtexEntry', () => {
  test('a preprint is @misc with eprint, archivePrefix and primaryClass (an arXiv DOI changes nothing)', () => {
    expect(bibtexEntry(attention, bibtexBaseKey(attention))).toBe(
      [
        '@misc{vaswani2017attention,',
        '  title = {{Attention Is All You Need}},',
        '  author = {Ashish Vaswani and Noam Shazeer and Niki Parmar},',
        '  year = {2017},',
        '  eprint = {1706.03762},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.CL},',
        '  url = {https://arxiv.org/abs/1706.03762}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('a journal reference or a publisher DOI makes an @article', () => {
    const published = makeClip({ ...attention, journalRef: 'NeurIPS 2017 & more', doi: null });
    expect(bibtexEntry(published, 'k')).toMatch(/^@article\{k,\n[\s\S]*  journal = \{NeurIPS 2017 \\& more\},/);
    const withDoi = makeClip({ arxivId: null, title: 'Deep learning', authors: ['Yann LeCun'], doi: '10.1038/nature14539', siteName: 'Nature', published: '2015-05-27', kind: 'scholarly' });
    const entry = bibtexEntry(withDoi, 'lecun2015deep');
    expect(entry).toMatch(/^@article\{lecun2015deep,/);
    expect(entry).toContain('  journal = {Nature},');
    expect(entry).toContain('  doi = {10.1038/nature14539},');
    expect(entry).not.toContain('eprint');
  });

  test('TeX specials are escaped, math kept, CJK names braced', () => {
    const clip = makeClip({ title: '100% of $O(n^{2})$ cost_ & #1 {x} ~ ^', authors: ['张三', 'Research and Development Team'] });
    const entry = bibtexEntry(clip, 'k');
    expect(entry).toContain('title = {{100\\% of $O(n^{2})$ cost\\_ \\& \\#1 \\{x\\} \\~{} \\^{}}}');
    expect(entry).toContain('author = {{张三} and {Research and Development Team}}');
  });

  test('escaped fields always have balanced braces', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let depth = 0;
        for (const char of escapeTex(text).replace(/\\[{}]/g, '')) {
          depth += char === '{' ? 1 : char === '}' ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});

describe('keys', () => {
  test('are readable and stable', () => {
    expect(bibtexBaseKey(attention)).toBe('vaswani2017attention');
    expect(bibtexBaseKey(makeClip({ title: 'The Łódź Study of Öl', authors: ['Paweł Łukasiewicz'], published: '2020-01-01' }))).toBe('lukasiewicz2020lodz');
    expect(bibtexBaseKey(makeClip({ title: '大模型推理综述', authors: ['张三'], arxivId: '2411.01234' }))).toBe('arxiv241101234');
    expect(bibtexBaseKey(makeClip({ title: 'Old one', authors: [], arxivId: 'hep-th/9901001' }))).toBe('arxivhepth9901001');
  });

  test('clashes get letters by canonical key, whatever the order of the digest', () => {
    const a = makeClip({ title: 'Scaling laws', authors: ['J. Kaplan'], arxivId: '2001.08361', published: '2020-01-23' });
    const b = makeClip({ title: 'Scaling laws for transfer', authors: ['D. Kaplan'], arxivId: '2102.01293', published: '2020-02-02' });
    const c = makeClip({ title: 'Other', authors: ['X'], arxivId: '2101.00001' });
    expect(bibtexKeys([a, b, c])).toEqual(['kaplan2020scalinga', 'kaplan2020scalingb', 'x2024other']);
    expect(bibtexKeys([c, b, a])).toEqual(['x2024other', 'kaplan2020scalingb', 'kaplan2020scalinga']);
  });

  test('keys in a bibliography are always unique', () => {
    const clipArb = fc.record({ last: fc.constantFrom('Li', 'Wang', 'Li', ''), word: fc.constantFrom('Attention', 'Scaling', '注意力'), id: fc.integer({ min: 1000, max: 9999 }) });
    fc.assert(
      fc.property(fc.uniqueArray(clipArb, { selector: (c) => c.id, maxLength: 40 }), (specs) => {
        const clips = specs.map((s) => makeClip({ title: s.word, authors: s.last ? [`A ${s.last}`] : [], arxivId: `2401.${s.id}`, published: '2024-01-01' }));
        const keys = bibtexKeys(clips);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  test('bibliography joins entries with one blank line', () => {
    const text = bibliography([attention, makeClip({ arxivId: '2401.00001', title: 'Second' })]);
    expect(text.match(/^@/gm)).toHaveLength(2);
    expect(text).toContain('}\n\n@misc{');
  });
});
