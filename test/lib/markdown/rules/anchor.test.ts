import { expect, test } from 'vitest';
import { anchorRule } from '@/lib/markdown/rules/anchor';
import { convertWith } from './helpers';

test('a marked link target becomes an HTML anchor before its text', () => {
  const html = '<ol><li><span data-gleaner-anchor="bib.bib1">\u200b</span>A. Author. Title.</li></ol>';
  expect(convertWith(anchorRule, html)).toBe('1.  <a id="bib.bib1"></a>A. Author. Title.');
  expect(convertWith(anchorRule, '<p><span data-gleaner-anchor="a&quot;b">x</span></p>')).toBe('<a id="a&quot;b"></a>x');
});
