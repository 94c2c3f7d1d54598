import { describe, expect, test } from 'vitest';
import { mathRule } from '@/lib/markdown/rules/math';
import { mathPlaceholderHtml } from '@/lib/markdown/placeholders';
import { convertWith } from './helpers';

describe('math rule', () => {
  test('inline TeX is written as is, never escaped', () => {
    const html = `<p>Let ${mathPlaceholderHtml('x_{t-1} \\sim q(\\mathbf{x})', 'inline')} be noisy.</p>`;
    expect(convertWith(mathRule, html)).toBe('Let $x_{t-1} \\sim q(\\mathbf{x})$ be noisy.');
  });

  test('display TeX becomes a $$ block on lines of its own', () => {
    const html = `<p>so${mathPlaceholderHtml('a\n= b', 'display')}hence</p>`;
    expect(convertWith(mathRule, html)).toBe('so\n\n$$\na\n= b\n$$\n\nhence');
  });

  test('inline TeX is put on one line and unpadded (renderers reject `$ x $`)', () => {
    expect(convertWith(mathRule, `<p>${mathPlaceholderHtml('  a +\n b ', 'inline')}</p>`)).toBe('$a + b$');
  });

  test('markup in the TeX survives the HTML round trip', () => {
    expect(convertWith(mathRule, `<p>${mathPlaceholderHtml('a<b & c>"d"', 'inline')}</p>`)).toBe('$a<b & c>"d"$');
  });

  test('an empty formula writes nothing', () => {
    expect(convertWith(mathRule, `<p>x${mathPlaceholderHtml(' ', 'display')}</p>`)).toBe('x');
  });
});
