import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Extension pages render clipped HTML and user Markdown, both untrusted. The one way to turn them
 * into markup is lib/render/safe-html.ts (DOMPurify). This scan fails when code in components/ or
 * entrypoints/ writes markup any other way, naming the file and line.
 */

const ROOT = path.join(import.meta.dirname, '../..');
const SCANNED = ['components', 'entrypoints'];

const SINKS: { pattern: RegExp; why: string }[] = [
  { pattern: /\.(inner|outer)HTML\s*\+?=(?!=)/, why: 'assigns markup' },
  { pattern: /\binsertAdjacentHTML\s*\(/, why: 'inserts markup' },
  { pattern: /\bdocument\.write(ln)?\s*\(/, why: 'writes markup' },
  { pattern: /\bcreateContextualFragment\s*\(/, why: 'parses markup into the page' },
  { pattern: /\bsrcdoc\b/, why: 'renders markup in a frame' },
  { pattern: /\bsetHTMLUnsafe\s*\(/, why: 'assigns markup' },
];
/**
 * Preact's escape hatch is allowed around the sanitizer's output: either the call itself
 * (`__html: markdownToSafeHtml(md)`), or a name (`__html: html`, `__html: preview.html`) that the
 * same file binds to a sanitizer call (`const html = … markdownToSafeHtml(…)`, `html: sanitizeHtml(…)`).
 */
const SANITIZER = '(sanitizeHtml|markdownToSafeHtml)\\(';
const HTML_PROP = /dangerouslySetInnerHTML=\{\{\s*__html:\s*([^}]*?)\s*\}\}/;

function sanitizedValue(expression: string, source: string): boolean {
  if (new RegExp(`^${SANITIZER}`).test(expression)) return true;
  const name = /^[\w$.?]+$/.test(expression) ? expression.split(/\??\./).pop() : null;
  return !!name && new RegExp(`\\b${name.replace('$', '\\$')}\\s*[:=][^;\\n]*\\b${SANITIZER}`).test(source);
}

function findUnsafeHtml(source: string): { line: number; why: string }[] {
  const found: { line: number; why: string }[] = [];
  source.split('\n').forEach((text, index) => {
    for (const sink of SINKS) if (sink.pattern.test(text)) found.push({ line: index + 1, why: sink.why });
    if (/dangerouslySetInnerHTML/.test(text)) {
      const expression = HTML_PROP.exec(text)?.[1] ?? '';
      if (!sanitizedValue(expression, source)) {
        found.push({ line: index + 1, why: 'dangerouslySetInnerHTML with a value not made by sanitizeHtml()/markdownToSafeHtml()' });
      }
    }
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mts|html)$/.test(entry.name) ? [full] : [];
  });
}

describe('untrusted HTML in extension pages', () => {
  test('the scan recognises unsafe sinks and the sanctioned form', () => {
    expect(findUnsafeHtml('el.innerHTML = clip.content;')).toHaveLength(1);
    expect(findUnsafeHtml('el.innerHTML += x')).toHaveLength(1);
    expect(findUnsafeHtml('node.insertAdjacentHTML("beforeend", s)')).toHaveLength(1);
    expect(findUnsafeHtml('<div dangerouslySetInnerHTML={{ __html: clip.content }} />')).toHaveLength(1);
    expect(findUnsafeHtml('<iframe srcdoc={html} />')).toHaveLength(1);
    expect(findUnsafeHtml('<div dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(clip.content) }} />')).toEqual([]);
    const memo = 'const html = useMemo(() => (digest ? markdownToSafeHtml(digest.body) : ""), [digest]);\n<article dangerouslySetInnerHTML={{ __html: html }} />';
    expect(findUnsafeHtml(memo)).toEqual([]);
    const field = 'return { html: markdownToSafeHtml(body), error: null };\n{preview?.html && <article dangerouslySetInnerHTML={{ __html: preview.html }} />}';
    expect(findUnsafeHtml(field)).toEqual([]);
    expect(findUnsafeHtml('const html = clip.content;\n<article dangerouslySetInnerHTML={{ __html: html }} />')).toHaveLength(1);
    expect(findUnsafeHtml('<article dangerouslySetInnerHTML={{ __html: `<b>${title}</b>` }} />')).toHaveLength(1);
    expect(findUnsafeHtml('const html = document.documentElement.outerHTML;')).toEqual([]);
    expect(findUnsafeHtml('if (a.innerHTML === b) {}')).toEqual([]);
  });

  test('components/ and entrypoints/ write markup only through lib/render/safe-html.ts', () => {
    const problems = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
      findUnsafeHtml(readFileSync(file, 'utf8')).map(({ line, why }) => `${path.relative(ROOT, file)}:${line}: ${why}`),
    );
    expect(problems).toEqual([]);
  });
});
