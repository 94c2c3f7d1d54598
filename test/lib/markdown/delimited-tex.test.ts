import { expect, test } from 'vitest';
import { splitDelimitedTex } from '@/lib/markdown/delimited-tex';

test('finds $…$, $$…$$, \\(…\\) and \\[…\\]', () => {
  expect(splitDelimitedTex('a $x_1$ b $$y$$ c \\(z\\) d \\[w\\]')).toEqual([
    { text: 'a ' }, { tex: 'x_1', mode: 'inline' }, { text: ' b ' }, { tex: 'y', mode: 'display' },
    { text: ' c ' }, { tex: 'z', mode: 'inline' }, { text: ' d ' }, { tex: 'w', mode: 'display' },
  ]);
});

test('prices and escaped dollars are text (Pandoc rule)', () => {
  expect(splitDelimitedTex('$5 and $10')).toEqual([{ text: '$5 and $10' }]);
  expect(splitDelimitedTex('costs \\$3, $x$')).toEqual([{ text: 'costs $3, ' }, { tex: 'x', mode: 'inline' }]);
  expect(splitDelimitedTex('open $ x$ never closes $')).toEqual([{ text: 'open $ x$ never closes $' }]);
});

test('a formula does not run across a blank line', () => {
  expect(splitDelimitedTex('$a\n\nb$')).toEqual([{ text: '$a\n\nb$' }]);
});
