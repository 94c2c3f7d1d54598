import { describe, expect, test } from 'vitest';
import { tableRule } from '@/lib/markdown/rules/table';
import { convertWith } from './helpers';

describe('table rule', () => {
  test('a simple table becomes a GFM table with its header row', () => {
    const html = '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
    expect(convertWith(tableRule, html)).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  test('without a header, the first row is the header (GFM needs one)', () => {
    expect(convertWith(tableRule, '<table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table>')).toBe('| x | y |\n| --- | --- |\n| 1 | 2 |');
  });

  test('row and column spans are laid out on a grid', () => {
    const html =
      '<table><tr><th rowspan="2">Model</th><th colspan="2">Score</th></tr><tr><th>dev</th><th>test</th></tr><tr><td>A</td><td>1</td><td>2</td></tr></table>';
    expect(convertWith(tableRule, html)).toBe('| Model | Score |   |\n| --- | --- | --- |\n|   | dev | test |\n| A | 1 | 2 |');
  });

  test('cells stay on one line, pipes escaped, captions kept', () => {
    const html = '<table><caption>Table 1: T</caption><tr><td>a | b</td><td><p>p1</p><p>p2</p></td></tr><tr><td>1</td><td>2</td></tr></table>';
    expect(convertWith(tableRule, html)).toBe('Table 1: T\n\n| a \\| b | p1<br>p2 |\n| --- | --- |\n| 1 | 2 |');
  });

  test('one-column layout tables come out as paragraphs', () => {
    expect(convertWith(tableRule, '<table><tr><td>first</td></tr><tr><td>second</td></tr></table>')).toBe('first\n\nsecond');
  });

  test('a huge table stays one table, every row in order', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<tr><td>r${i}</td><td>${i * 2}</td></tr>`).join('');
    const lines = convertWith(tableRule, `<table><tr><th>k</th><th>v</th></tr>${rows}</table>`).split('\n');
    expect(lines).toHaveLength(502);
    expect(lines[2]).toBe('| r0 | 0 |');
    expect(lines[501]).toBe('| r499 | 998 |');
  });
});
