import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileTemplate, describeTemplateError, renderTemplate } from '@/lib/digest/engine';

const render = (source: string, scope: object, timeZone = 'UTC', locale = 'en-US') => {
  const result = renderTemplate(source, scope, timeZone, locale);
  if (!result.ok) throw new Error(describeTemplateError(result.error));
  return result.text;
};

describe('compileTemplate', () => {
  test('a broken template reports its line and column', () => {
    const result = compileTemplate('# {{ title }}\n\n{% for clip in clips %}\n{{ clip.title }}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line: 3, column: 1 });
    expect(result.error.message).toMatch(/not closed/);
    expect(result.error.excerpt).toContain('>> 3|');
    expect(describeTemplateError(result.error)).toMatch(/^Line 3, column 1: tag \{% for clip in clips %\} not closed$/);
  });

  test('an unknown filter is an error (a typo should say so), with its position', () => {
    const result = compileTemplate('ok\n  {{ clip.title | upcaes }}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ line: 2, column: 3, message: 'undefined filter: upcaes' });
  });

  test('templates cannot read files', () => {
    const result = renderTemplate("{% include '/etc/passwd' %}", {}, 'UTC', 'en-US');
    expect(result.ok).toBe(false);
  });
});

describe('rendering', () => {
  test('missing variables render as nothing, never "undefined"', () => {
    expect(render('[{{ clip.nope }}|{{ nothing.at.all }}]', { clip: {} })).toBe('[|]');
  });

  test('prototype properties are not reachable', () => {
    expect(render('{{ clip.constructor }}{{ clip.__proto__ }}', { clip: {} })).toBe('');
  });

  test('date: instants in the user zone; calendar dates stay on their day everywhere', () => {
    const scope = { instant: '2026-11-22T17:30:00Z', day: '2026-11-16' };
    const template = '{{ instant | date: "%Y-%m-%d %H:%M" }} / {{ day | date: "%Y-%m-%d" }}';
    expect(render(template, scope, 'Asia/Shanghai')).toBe('2026-11-23 01:30 / 2026-11-16');
    expect(render(template, scope, 'America/Los_Angeles')).toBe('2026-11-22 09:30 / 2026-11-16');
    expect(render('{{ day | date: "%B %-d" }}', scope, 'UTC', 'en-US')).toBe('November 16');
    expect(render('{{ missing | date: "%Y" }}', scope)).toBe('');
  });

  test('our filters: et_al and and_list follow the digest language', () => {
    const authors = ['A', 'B', 'C', 'D'];
    expect(render('{{ a | et_al }} / {{ a | et_al: 1 }} / {{ t | and_list }}', { a: authors, t: ['x', 'y', 'z'], lang: 'en' })).toBe('A, B, C et al. / A et al. / x, y and z');
    expect(render('{{ a | et_al }} / {{ t | and_list }}', { a: authors, t: ['x', 'y', 'z'], lang: 'zh' })).toBe('A、B、C 等 / x、y和z');
  });

  test('our filters: blockquote, escape_md, oneline, absolute_url, upcase_first', () => {
    expect(render('{{ q | blockquote }}', { q: 'one\n\ntwo' })).toBe('> one\n>\n> two');
    expect(render('{{ t | escape_md }}', { t: 'Q*: <think> [x] snake_case _a_ $O(n_1)$' })).toBe('Q\\*: \\<think\\> \\[x\\] snake_case \\_a\\_ $O(n_1)$');
    expect(render('{{ t | oneline }}', { t: ' a\n  b\tc ' })).toBe('a b c');
    expect(render('{{ u | absolute_url }}|{{ v | absolute_url }}|{{ w | absolute_url }}', { u: 'https://a.org/x', v: '/relative', w: 'javascript:alert(1)' })).toBe('https://a.org/x||');
    expect(render('{{ t | upcase_first }}', { t: 'nLP tasks' })).toBe('NLP tasks');
  });
});

describe('CSP', () => {
  test('the LiquidJS browser build the extension bundles neither evals nor builds functions', () => {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('liquidjs/package.json');
    const browserEntry = JSON.parse(readFileSync(pkg, 'utf8')).browser['./dist/liquid.node.mjs'] as string;
    const source = readFileSync(path.join(path.dirname(pkg), browserEntry), 'utf8');
    expect(source.length).toBeGreaterThan(10_000);
    expect(source).not.toMatch(/new Function|\beval\(|Function\(['"]/);
  });
});
