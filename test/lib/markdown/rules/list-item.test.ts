import { expect, test } from 'vitest';
import { listItemRule } from '@/lib/markdown/rules/list-item';
import { convertWith } from './helpers';

test('bullets and numbers take one space; continuation lines stay inside the item', () => {
  expect(convertWith(listItemRule, '<ul><li>a</li><li>b</li></ul>')).toBe('- a\n- b');
  expect(convertWith(listItemRule, '<ol start="9"><li>x</li><li><p>y</p><p>z</p></li></ol>')).toBe('9. x\n10. y\n    \n    z');
  expect(convertWith(listItemRule, '<ul><li>a<br></li><li>b</li></ul>')).toBe('- a\n- b');
});
