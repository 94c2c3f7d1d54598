import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clipDocument } from '@/lib/extract';
import { parseHtml } from './parse';

/**
 * Our own small pages (test/fixtures/extract/<case>/source.html + meta.json), one edge case a
 * folder. The expected clip is `expected.json` (metadata and warnings) and `expected.md` (the
 * content); `UPDATE_FIXTURES=1 npx vitest run test/lib/extract/fixtures.test.ts` rewrites them,
 * and the diff is reviewed like code.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

describe('extraction fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    test(name, () => {
      const folder = join(DIR, name);
      const html = readFileSync(join(folder, 'source.html'), 'utf8');
      const { url } = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as { url: string };
      const doc = parseHtml(html);
      const { content, ...metadata } = clipDocument(doc, url);
      const jsonFile = join(folder, 'expected.json');
      const mdFile = join(folder, 'expected.md');
      if (UPDATE || !existsSync(jsonFile)) {
        writeFileSync(jsonFile, `${JSON.stringify(metadata, null, 2)}\n`);
        writeFileSync(mdFile, `${content}\n`);
      }
      expect(metadata).toEqual(JSON.parse(readFileSync(jsonFile, 'utf8')));
      expect(`${content}\n`).toBe(readFileSync(mdFile, 'utf8'));
    });
  }
});
