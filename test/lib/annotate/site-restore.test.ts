import { expect, test } from 'vitest';
import { isDeclaredSite, originPattern, withSite } from '@/lib/annotate/site-restore';

test('a page gives the match pattern of its origin, without port, path or query', () => {
  expect(originPattern('https://lilianweng.github.io/posts/2021-07-11-diffusion-models/?x=1#y')).toBe('https://lilianweng.github.io/*');
  expect(originPattern('http://127.0.0.1:8080/paper.html')).toBe('http://127.0.0.1/*');
  expect(originPattern('file:///home/me/paper.html')).toBeNull();
  expect(originPattern('chrome://extensions')).toBeNull();
  expect(originPattern('not a url')).toBeNull();
});

test('arXiv, where the annotator is declared, needs nothing turned on', () => {
  expect(isDeclaredSite('https://arxiv.org/html/2401.13565v2')).toBe(true);
  expect(isDeclaredSite('https://export.arxiv.org/abs/1706.03762')).toBe(true);
  expect(isDeclaredSite('https://notarxiv.org/abs/1706.03762')).toBe(false);
  expect(isDeclaredSite('https://arxiv.org.evil.example/abs/1')).toBe(false);
});

test('the site list gains and loses patterns, sorted, without duplicates', () => {
  const sites = withSite(['https://b.example/*'], 'https://a.example/*', true);
  expect(sites).toEqual(['https://a.example/*', 'https://b.example/*']);
  expect(withSite(sites, 'https://a.example/*', true)).toEqual(sites);
  expect(withSite(sites, 'https://b.example/*', false)).toEqual(['https://a.example/*']);
});
