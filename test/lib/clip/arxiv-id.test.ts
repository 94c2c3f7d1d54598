import { describe, expect, test } from 'vitest';
import { arxivRefFromUrl, parseArxivId } from '@/lib/clip/arxiv-id';
import { canonicalKey, canonicalKeyFromUrl, normalizeUrl } from '@/lib/clip/canonical';

describe('arXiv ids', () => {
  test.each([
    ['1706.03762', { id: '1706.03762', version: null }],
    ['1706.03762v7', { id: '1706.03762', version: 7 }],
    ['arXiv:2304.09157v2', { id: '2304.09157', version: 2 }],
    ['hep-th/9901001', { id: 'hep-th/9901001', version: null }],
    ['math.GT/0309136v1', { id: 'math.GT/0309136', version: 1 }],
    ['cs/0212040', { id: 'cs/0212040', version: null }],
  ])('parses %s', (text, expected) => {
    expect(parseArxivId(text)).toEqual(expected);
  });

  test.each(['', 'hello', '17060.3762', '1706.037', 'hep-th/99010'])('rejects %j', (text) => {
    expect(parseArxivId(text)).toBeNull();
  });

  test.each([
    ['https://arxiv.org/abs/1706.03762v7', '1706.03762', 7],
    ['https://arxiv.org/pdf/1706.03762', '1706.03762', null],
    ['https://arxiv.org/pdf/1706.03762v2.pdf', '1706.03762', 2],
    ['https://arxiv.org/html/2402.01692v1/', '2402.01692', 1],
    ['https://arxiv.org/html/2402.01692v1/x1.png', '2402.01692', 1],
    ['https://ar5iv.labs.arxiv.org/html/1706.03762', '1706.03762', null],
    ['https://export.arxiv.org/abs/hep-th/9901001v3', 'hep-th/9901001', 3],
    ['http://www.arxiv.org/abs/cs/0212040', 'cs/0212040', null],
  ])('reads the paper of %s', (url, id, version) => {
    expect(arxivRefFromUrl(url)).toEqual({ id, version });
  });

  test.each(['https://arxiv.org/list/cs.CL/recent', 'https://example.org/abs/1706.03762', 'not a url'])(
    'finds no paper in %s',
    (url) => {
      expect(arxivRefFromUrl(url)).toBeNull();
    },
  );
});

describe('canonical keys', () => {
  test('every URL of one arXiv paper gives one key', () => {
    const keys = new Set(
      [
        'https://arxiv.org/abs/1706.03762',
        'https://arxiv.org/abs/1706.03762v2',
        'https://arxiv.org/pdf/1706.03762v7',
        'https://arxiv.org/html/1706.03762v7',
        'https://ar5iv.labs.arxiv.org/html/1706.03762',
      ].map(canonicalKeyFromUrl),
    );
    expect([...keys]).toEqual(['arxiv:1706.03762']);
  });

  test('tracking parameters, fragments, www and trailing slashes do not split a page', () => {
    expect(normalizeUrl('http://www.example.org/post/?utm_source=x&b=2&a=1#top')).toBe('https://example.org/post?a=1&b=2');
  });

  test('a DOI names a paper found on a non-arXiv page; arXiv DataCite DOIs name the preprint', () => {
    expect(canonicalKey({ url: 'https://aclanthology.org/x/', arxivId: null, doi: '10.18653/V1/2021.X' })).toBe('doi:10.18653/v1/2021.x');
    expect(canonicalKey({ url: 'https://example.org', arxivId: null, doi: '10.48550/arXiv.1706.03762' })).toBe('arxiv:1706.03762');
  });
});
