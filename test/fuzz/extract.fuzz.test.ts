/**
 * @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clipDocument } from '@/lib/extract';
import { mutated, randomHtml } from './html-arbitraries';

/**
 * Fuzzing extraction: random and mutated real HTML into clipDocument. It must never throw, must
 * always give Markdown as a string, and must finish (the run count bounds the work; the test's
 * timeout only catches a hang, it is no speed check).
 *
 * Reproducible by default (a fixed seed); FUZZ_SEED and FUZZ_RUNS explore further, e.g.
 * `FUZZ_RUNS=2000 FUZZ_SEED=$RANDOM npx vitest run test/fuzz`; FUZZ_PATH replays one failure.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const PATH = process.env.FUZZ_PATH;
const HANG = 120_000;

const ROOT = path.join(import.meta.dirname, '../..');
const CORPUS = process.env.GLEANER_CORPUS ?? path.join(ROOT, '..', 'shared', 'fixtures');
const OWN_PAGES = path.join(ROOT, 'test', 'fixtures', 'pages');

function realPages(): { name: string; html: string }[] {
  const shared = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((slug) => existsSync(path.join(CORPUS, slug, 'page.html'))).map((slug) => ({ name: slug, file: path.join(CORPUS, slug, 'page.html') }))
    : [];
  const own = readdirSync(OWN_PAGES).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, file: path.join(OWN_PAGES, f) }));
  return [...shared, ...own].map(({ name, file }) => ({ name, html: readFileSync(file, 'utf8') }));
}

/** Reports a failing input by its size and head: real pages are too long to print whole. */
function describeInput(html: string): string {
  return `${html.length} chars: ${JSON.stringify(html.slice(0, 300))}…`;
}

/** Failures this fuzzer found once, now fixed in lib/extract: kept as plain regression checks. */
const FOUND_BY_FUZZING: { name: string; html: string }[] = [
  {
    name: 'text inside a table row (kept by happy-dom\'s parser, fostered out by browsers)',
    html: `<article><p>${'Sparse attention keeps a local window. '.repeat(20)}</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td>x<td>2</td></tr></table></article>`,
  },
  {
    name: 'a tree thousands of levels deep (a script can build one; happy-dom\'s parser keeps it)',
    html: `<!doctype html><title>deep</title>${'<div>'.repeat(10_000)}<p>bottom</p>`,
  },
];

/** happy-dom's own parser sometimes throws on broken markup (a browser's never does): such input never reaches extraction, so it is skipped. */
function parse(html: string): Document {
  let doc: Document | null = null;
  try {
    doc = new DOMParser().parseFromString(html, 'text/html');
  } catch {
    // fc.pre below
  }
  fc.pre(doc !== null);
  return doc!;
}

function clipDocumentOf(html: string) {
  return clipDocument(parse(html), 'https://example.org/fuzz');
}

function errorHead(error: unknown): string {
  return error instanceof Error ? (error.stack ?? String(error)).split('\n').slice(0, 8).join('\n') : String(error);
}

function expectWellFormedClip(html: string): void {
  const clip = clipDocumentOf(html);
  expect(typeof clip.content).toBe('string');
  expect(typeof clip.title).toBe('string');
  expect(typeof clip.canonicalKey).toBe('string');
  expect(clip.warnings.every((w) => typeof w === 'string')).toBe(true);
}

const pages = realPages();
if (!existsSync(CORPUS)) console.warn(`Fuzz: ${CORPUS} is absent; mutating only this repository's own test pages.`);

describe('extraction under fuzzing', () => {
  test('random documents', () => {
    fc.assert(fc.property(randomHtml, (html) => expectWellFormedClip(html)), { seed: SEED, numRuns: RUNS * 2, endOnFailure: true });
  }, HANG);

  test(`mutated real pages (${pages.length} pages)`, () => {
    const input = fc.constantFrom(...pages).chain((page) => mutated(page.html).map((html) => ({ name: page.name, html })));
    // No shrinking (endOnFailure): shrinking a 20 kB page takes minutes; the seed replays it.
    const details = fc.check(fc.property(input, ({ html }) => expectWellFormedClip(html)), { seed: SEED, numRuns: RUNS, endOnFailure: true, path: PATH });
    if (details.failed) {
      const [failing] = details.counterexample ?? [];
      throw new Error(`extraction failed on a mutation of ${failing?.name} (seed ${SEED}, path ${details.counterexamplePath}), ${failing ? describeInput(failing.html) : ''}: ${errorHead(details.errorInstance)}`);
    }
  }, HANG);

  test.each(FOUND_BY_FUZZING)('found by fuzzing: $name', ({ html }) => expectWellFormedClip(html));
});
