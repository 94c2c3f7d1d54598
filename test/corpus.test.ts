import { describe, expect, test } from 'vitest';
import { clipDocument } from '@/lib/extract';
import { checkFacts, corpusDir, loadCorpus, readPage, type CorpusPage } from './lib/extract/corpus';
import { parseHtml } from './lib/extract/parse';

/**
 * Every real page of the corpus (../shared/fixtures or $GLEANER_CORPUS) through the extractor,
 * every fact of its expected.json checked (the corpus README defines the keys).
 *
 * One documented disagreement: `latexFormulasAtLeast` on LaTeXML pages counts `<math>`
 * elements, while Gleaner writes one display formula per equation row — an `align` row is
 * split by LaTeXML into one `<math>` per cell (`lhs` | `= rhs`), and Gleaner joins the cells
 * back into the formula the author wrote. For those pages the fact is checked as "every
 * `<math>` of the page made it into a formula": formulas + cells merged into rows ≥ the fact.
 */
const pages = loadCorpus();

/** `<math>` elements that Gleaner joins with a sibling cell of the same equation row. */
function mergedEquationCells(doc: Document): number {
  let merged = 0;
  for (const row of Array.from(doc.querySelectorAll('table[class*="ltx_equation"] tr'))) {
    const maths = row.getElementsByTagName('math').length;
    if (maths > 1) merged += maths - 1;
  }
  return merged;
}

function check(page: CorpusPage): string[] {
  const doc = parseHtml(readPage(page));
  const clip = clipDocument(doc, page.url);
  const { latexFormulasAtLeast, ...facts } = page.facts;
  const failures = checkFacts(clip, facts);
  if (latexFormulasAtLeast !== undefined) {
    const allowance = page.kind === 'arxiv-html' ? mergedEquationCells(doc) : 0;
    failures.push(...checkFacts(clip, { latexFormulasAtLeast: latexFormulasAtLeast - allowance }).map((f) => `${f} (${allowance} cells merged into equation rows)`));
  }
  return failures;
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
