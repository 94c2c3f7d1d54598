import TurndownService from 'turndown';
import { expect, test } from 'vitest';
import type { GleanerTurndownOptions } from '@/lib/markdown/options';
import { rawTexRule } from '@/lib/markdown/rules/raw-tex';

function convert(html: string, rawTex: boolean): string {
  const service = new TurndownService();
  rawTexRule(service);
  (service.options as GleanerTurndownOptions).rawTex = rawTex;
  return service.turndown(html);
}

test('on a page that typesets TeX, formulas in text stay unescaped and the rest is escaped', () => {
  expect(convert('<p>Let $x_1 * y_2$ be *big* [ok]</p>', true)).toBe('Let $x_1 * y_2$ be \\*big\\* \\[ok\\]');
});

test('display formulas in text become $$ blocks', () => {
  expect(convert('<div>$$\nq(\\mathbf{x}_t \\vert \\mathbf{x}_{t-1})\n$$</div>', true)).toBe('$$\nq(\\mathbf{x}_t \\vert \\mathbf{x}_{t-1})\n$$');
});

test('elsewhere, dollar signs are ordinary text and get escaped as usual', () => {
  expect(convert('<p>Let $x_1$ be</p>', false)).toBe('Let $x\\_1$ be');
  expect(convert('<p>$5 and $10_a</p>', true)).toBe('$5 and $10\\_a');
});
