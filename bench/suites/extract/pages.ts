import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { factsAsChecked, loadCorpus, type Facts } from '../../../test/lib/extract/corpus';

/**
 * The pages the extraction bench runs on: the real-page corpus (../shared/fixtures or
 * $GLEANER_CORPUS) and our own fixtures (test/fixtures/extract), plus two generated 10 MB
 * pages for the size target.
 */
export interface BenchPage {
  slug: string;
  url: string;
  /** Time is reported per kind: arxiv-html, blog, arxiv-abs, scholarly. */
  kind: string;
  html: string;
  /** The corpus facts, as the corpus test checks them. */
  facts: Facts;
}

const KIND: Record<string, string> = { 'blog-en': 'blog', 'blog-zh': 'blog', 'arxiv-api': 'arxiv-abs' };

export function benchPages(root: string): BenchPage[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  const pages: BenchPage[] = (loadCorpus() ?? []).map((page) => {
    const html = readFileSync(page.file, 'utf8');
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return { slug: page.slug, url: page.url, kind: KIND[page.kind] ?? page.kind, html, facts: factsAsChecked(page, doc) };
  });
  void window.happyDOM.close();
  const fixtures = join(root, 'test', 'fixtures', 'extract');
  for (const name of readdirSync(fixtures).sort()) {
    const { url } = JSON.parse(readFileSync(join(fixtures, name, 'meta.json'), 'utf8')) as { url: string };
    const kind = name.startsWith('arxiv-abs') ? 'arxiv-abs' : name.startsWith('latexml') ? 'arxiv-html' : name.startsWith('blog') ? 'blog' : 'scholarly';
    pages.push({ slug: `fixture:${name}`, url, kind, html: readFileSync(join(fixtures, name, 'source.html'), 'utf8'), facts: {} });
  }
  return pages;
}

/** A 10 MB blog page: 30,000 paragraphs with links, emphasis and images, under navigation. */
export function hugeBlogPage(bytes = 10_000_000): string {
  const parts: string[] = ['<!DOCTYPE html><html lang="en"><head><title>A very long page</title></head><body>'];
  parts.push('<nav>', Array.from({ length: 200 }, (_, i) => `<a href="/n${i}">Section ${i}</a>`).join(' '), '</nav><main><article><h1>A very long page</h1>');
  let size = parts.join('').length;
  for (let i = 0; size < bytes - 200; i++) {
    const p = `<p>Paragraph ${i}: the quick brown fox <a href="/p/${i}">jumps</a> over the <em>lazy</em> dog, again and again, ${'lorem ipsum dolor sit amet '.repeat(6)}.</p>${i % 50 === 0 ? `<h2>Part ${i / 50}</h2><img src="/img/${i}.png" alt="figure ${i}">` : ''}`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/** A 10 MB LaTeXML paper: the sections of a real one, repeated. */
export function hugeLatexmlPage(source: string, bytes = 10_000_000): string {
  const start = source.indexOf('<section');
  const end = source.lastIndexOf('</section>') + '</section>'.length;
  if (start < 0 || end <= start) return source;
  const body = source.slice(start, end);
  const copies = Math.max(1, Math.ceil((bytes - source.length) / body.length));
  return source.slice(0, end) + body.repeat(copies) + source.slice(end);
}
