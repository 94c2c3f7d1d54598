import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageClip } from '@/lib/clip/model';

/**
 * The real-page corpus (../shared/fixtures, or $GLEANER_CORPUS): loading it and checking a clip
 * against the facts of its expected.json, as the corpus README defines each key. Shared by the
 * corpus test and the extraction benchmark.
 */
export interface Facts {
  titleIncludes?: string | string[];
  bylineIncludes?: string;
  authors?: string[];
  lang?: string;
  contentIncludes?: string[];
  contentExcludes?: string[];
  abstractIncludes?: string;
  latexFormulasAtLeast?: number;
  arxivId?: string;
  version?: number;
  published?: string;
  updated?: string;
  primaryCategory?: string;
  categoriesInclude?: string[];
  doi?: string;
  pdfUrlIncludes?: string;
  siteNameIncludes?: string;
  kind?: string;
}

export interface CorpusPage {
  slug: string;
  url: string;
  /** The corpus's page kind: arxiv-abs, arxiv-html, arxiv-api, scholarly, blog-en, blog-zh. */
  kind: string;
  facts: Facts;
  file: string;
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export function corpusDir(): string {
  return process.env['GLEANER_CORPUS'] ?? join(REPO_ROOT, '..', 'shared', 'fixtures');
}

/** The corpus pages, or null when the folder is absent. */
export function loadCorpus(dir = corpusDir()): CorpusPage[] | null {
  if (!existsSync(dir)) return null;
  const pages: CorpusPage[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const expectedFile = join(dir, slug, 'expected.json');
    const file = join(dir, slug, 'page.html');
    if (!existsSync(expectedFile) || !existsSync(file)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { url: string; kind: string; facts?: Facts };
    pages.push({ slug, url: expected.url, kind: expected.kind, facts: expected.facts ?? {}, file });
  }
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** `$…$` and `$$…$$` formulas in Markdown, code left out. */
export function countFormulas(markdown: string): number {
  const prose = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]+`/g, '');
  const display = prose.match(/\$\$[\s\S]+?\$\$/g) ?? [];
  const rest = prose.replace(/\$\$[\s\S]+?\$\$/g, ' ');
  const inline = rest.match(/(?<![\\$])\$(?=\S)[^$\n]+?(?<=\S)\$(?!\d)/g) ?? [];
  return display.length + inline.length;
}

/** Every fact the clip gets wrong, as a sentence; empty when all hold. */
export function checkFacts(clip: PageClip, facts: Facts): string[] {
  const failures: string[] = [];
  const fail = (message: string) => failures.push(message);
  if (facts.titleIncludes !== undefined) {
    const options = Array.isArray(facts.titleIncludes) ? facts.titleIncludes : [facts.titleIncludes];
    if (!options.some((part) => clip.title.includes(part))) fail(`title ${JSON.stringify(clip.title)} lacks ${JSON.stringify(options)}`);
  }
  if (facts.bylineIncludes !== undefined && !clip.authors.some((name) => name.includes(facts.bylineIncludes!))) {
    fail(`authors ${JSON.stringify(clip.authors.slice(0, 5))} lack ${facts.bylineIncludes}`);
  }
  if (facts.authors !== undefined && JSON.stringify(clip.authors) !== JSON.stringify(facts.authors)) {
    fail(`authors ${JSON.stringify(clip.authors)} ≠ ${JSON.stringify(facts.authors)}`);
  }
  if (facts.lang !== undefined && (clip.lang ?? '').slice(0, 2).toLowerCase() !== facts.lang.slice(0, 2).toLowerCase()) {
    fail(`lang ${clip.lang} ≠ ${facts.lang}`);
  }
  const content = squash(clip.content);
  for (const part of facts.contentIncludes ?? []) if (!content.includes(squash(part))) fail(`content lacks ${JSON.stringify(part)}`);
  for (const part of facts.contentExcludes ?? []) if (content.includes(squash(part))) fail(`content contains ${JSON.stringify(part)}`);
  if (facts.abstractIncludes !== undefined && !squash(clip.abstract ?? '').includes(squash(facts.abstractIncludes))) {
    fail(`abstract lacks ${JSON.stringify(facts.abstractIncludes)}`);
  }
  if (facts.latexFormulasAtLeast !== undefined) {
    const count = countFormulas(clip.content);
    if (count < facts.latexFormulasAtLeast) fail(`${count} formulas < ${facts.latexFormulasAtLeast}`);
  }
  const equal = (name: string, actual: unknown, expected: unknown) => {
    if (expected !== undefined && actual !== expected) fail(`${name} ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  };
  equal('arxivId', clip.arxivId, facts.arxivId);
  equal('version', clip.arxivVersion, facts.version);
  equal('published', clip.published, facts.published);
  equal('updated', clip.updated, facts.updated);
  equal('primaryCategory', clip.primaryCategory, facts.primaryCategory);
  equal('doi', clip.doi, facts.doi);
  equal('kind', clip.kind, facts.kind);
  for (const category of facts.categoriesInclude ?? []) if (!clip.categories.includes(category)) fail(`categories lack ${category}`);
  if (facts.pdfUrlIncludes !== undefined && !(clip.pdfUrl ?? '').includes(facts.pdfUrlIncludes)) fail(`pdfUrl ${clip.pdfUrl} lacks ${facts.pdfUrlIncludes}`);
  if (facts.siteNameIncludes !== undefined && !(clip.siteName ?? '').includes(facts.siteNameIncludes)) fail(`siteName ${clip.siteName} lacks ${facts.siteNameIncludes}`);
  return failures;
}

export function readPage(page: CorpusPage): string {
  return readFileSync(page.file, 'utf8');
}

/**
 * `<math>` elements that Gleaner joins with a sibling cell of the same equation row: LaTeXML
 * splits an `align` row into one `<math>` per cell (`lhs` | `= rhs`), Gleaner writes the row as
 * the one formula the author wrote.
 */
export function mergedEquationCells(doc: Document): number {
  let merged = 0;
  for (const row of Array.from(doc.querySelectorAll('table[class*="ltx_equation"] tr'))) {
    const maths = row.getElementsByTagName('math').length;
    if (maths > 1) merged += maths - 1;
  }
  return merged;
}

/**
 * The facts as checked. One documented disagreement with the corpus: `latexFormulasAtLeast` on
 * LaTeXML pages counts `<math>` elements; it is checked as "every `<math>` of the page made it
 * into a formula", i.e. less the cells merged into equation rows.
 */
export function factsAsChecked(page: CorpusPage, doc: Document): Facts {
  const facts = { ...page.facts };
  if (facts.latexFormulasAtLeast !== undefined && page.kind === 'arxiv-html') facts.latexFormulasAtLeast -= mergedEquationCells(doc);
  return facts;
}
