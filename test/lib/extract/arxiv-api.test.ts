import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { arxivApiUrl, clipFromArxivAtom } from '@/lib/extract';
import { corpusDir } from './corpus';

const API_DIR = join(corpusDir(), '..', 'fixtures-api');
const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

test('the API URL asks for one paper, versioned or latest', () => {
  expect(arxivApiUrl({ id: '1706.03762', version: 7 })).toBe('https://export.arxiv.org/api/query?id_list=1706.03762v7&max_results=1');
  expect(arxivApiUrl({ id: 'hep-th/9901001', version: null })).toBe('https://export.arxiv.org/api/query?id_list=hep-th%2F9901001&max_results=1');
});

test('an error response gives null', () => {
  const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_x</id><title>Error</title></entry></feed>';
  expect(clipFromArxivAtom(xml, 'https://arxiv.org/pdf/1234.5678', parseXml)).toBeNull();
});

describe.skipIf(!existsSync(API_DIR))('real arXiv API responses', () => {
  const read = (name: string) => readFileSync(join(API_DIR, name), 'utf8');

  test('a versioned paper with DOI, comment, journal ref and cross-lists', () => {
    const clip = clipFromArxivAtom(read('arxiv-api-idlist-1111.2011v2-2016.xml'), 'https://arxiv.org/pdf/1111.2011v2', parseXml)!;
    expect(clip).toMatchObject({
      canonicalKey: 'arxiv:1111.2011',
      kind: 'arxiv',
      url: 'https://arxiv.org/pdf/1111.2011v2',
      title: 'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit',
      authors: ['James M. Murray', 'Adrian Del Maestro', 'Zlatko Tesanovic'],
      arxivId: '1111.2011',
      arxivVersion: 2,
      published: '2011-11-08',
      updated: '2012-04-02',
      primaryCategory: 'cond-mat.str-el',
      categories: ['cond-mat.str-el', 'cond-mat.stat-mech'],
      doi: '10.1103/PhysRevB.85.115117',
      comments: '8 pages, 3 figures. Published version',
      journalRef: 'Phys. Rev. B 85, 115117 (2012)',
      pdfUrl: 'https://arxiv.org/pdf/1111.2011v2',
      absUrl: 'https://arxiv.org/abs/1111.2011v2',
    });
    expect(clip.abstract).toMatch(/^Theoretical description of anisotropic systems/);
    expect(clip.content).toContain('## Abstract');
  });

  test('an old-style id from an unversioned PDF URL', () => {
    const clip = clipFromArxivAtom(read('arxiv-api-idlist-astro-ph-0601001-2026.xml'), 'https://arxiv.org/pdf/astro-ph/0601001', parseXml)!;
    expect(clip).toMatchObject({ arxivId: 'astro-ph/0601001', arxivVersion: 1, primaryCategory: 'astro-ph', published: '2006-01-02', doi: null });
    expect(clip.authors).toEqual(['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski']);
    expect(clip.content).toContain('V\\_max<17.5');
  });

  test('a search response: the entry of the URL\u2019s paper is picked, or none', () => {
    const xml = read('arxiv-api-search-testing-m10-2026.xml');
    expect(clipFromArxivAtom(xml, 'https://arxiv.org/pdf/2405.13786', parseXml)?.title).toBe('Towards Explainable Test Case Prioritisation with Learning-to-Rank Models');
    expect(clipFromArxivAtom(xml, 'https://arxiv.org/pdf/9999.99999', parseXml)).toBeNull();
  });
});
