import { describe, expect, test } from 'vitest';
import { clipDocument } from '@/lib/extract';
import { checkFacts, corpusDir, factsAsChecked, loadCorpus, readPage, type CorpusPage } from './lib/extract/corpus';
import { parseHtml } from './lib/extract/parse';

/**
 * Every real page of the corpus (../shared/fixtures or $GLEANER_CORPUS) through the extractor,
 * every fact of its expected.json checked (the corpus README defines the keys).
 *
 * One documented disagreement (see `factsAsChecked`): `latexFormulasAtLeast` on LaTeXML pages
 * counts `<math>` elements, while Gleaner writes one display formula per equation row, joining
 * the cells LaTeXML splits an `align` row into; there the fact is checked as "every `<math>`
 * made it into a formula".
 */
const pages = loadCorpus();

function check(page: CorpusPage): string[] {
  const doc = parseHtml(readPage(page));
  const clip = clipDocument(doc, page.url);
  return checkFacts(clip, factsAsChecked(page, doc));
}

describe.skipIf(pages === null)('real-page corpus', () => {
  for (const page of pages ?? []) {
    test(`${page.slug} (${page.kind})`, () => {
      expect(check(page)).toEqual([]);
    });
  }
});

test.runIf(pages === null)('real-page corpus is absent', () => {
  console.warn(`Corpus test skipped: no real pages at ${corpusDir()} (set GLEANER_CORPUS to a folder of <slug>/{page.html,expected.json}).`);
});
