import { expect, test } from 'vitest';
import { footnoteRule } from '@/lib/markdown/rules/footnote';
import { convertWith } from './helpers';

test('footnote references and definitions become GFM footnotes', () => {
  const html = '<p>Text<sup data-gleaner-fnref="1">1</sup>.</p><section><div data-gleaner-fndef="1"><p>First line.</p><p>Second.</p></div></section>';
  expect(convertWith(footnoteRule, html)).toBe('Text[^1].\n\n[^1]: First line.\n    \n    Second.');
});
