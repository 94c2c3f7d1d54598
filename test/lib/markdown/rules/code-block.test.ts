import { describe, expect, test } from 'vitest';
import { codeBlockRule, fenceFor } from '@/lib/markdown/rules/code-block';
import { convertWith } from './helpers';

describe('code block rule', () => {
  test.each([
    ['<pre><code class="language-python">x = 1</code></pre>', 'python'],
    ['<pre class="lang-rust"><code>x = 1</code></pre>', 'rust'],
    ['<div class="highlight highlight-source-js"><pre>x = 1</pre></div>', 'js'],
    ['<pre class="brush: cpp">x = 1</pre>', 'cpp'],
    ['<pre data-lang="Go"><code>x = 1</code></pre>', 'go'],
    ['<pre><code class="hljs nohighlight">x = 1</code></pre>', ''],
    ['<pre><code>x = 1</code></pre>', ''],
  ])('reads the language of %s', (html, language) => {
    expect(convertWith(codeBlockRule, html)).toBe(`\`\`\`${language}\nx = 1\n\`\`\``);
  });

  test('keeps code verbatim: no Markdown escaping, <br> as newlines, gutters dropped', () => {
    const html = '<pre><code class="language-python">a_b = *c*<br>  # [x]</code><ul class="pre-numbering"><li>1</li><li>2</li></ul></pre>';
    expect(convertWith(codeBlockRule, html)).toBe('```python\na_b = *c*\n  # [x]\n```');
  });

  test('one line a block for highlighters that wrap lines in divs', () => {
    expect(convertWith(codeBlockRule, '<pre><code><div>a</div><div>b</div></code></pre>')).toBe('```\na\nb\n```');
  });

  test('the fence is longer than any backtick run in the code', () => {
    expect(fenceFor('x ```` y', '```')).toBe('`````');
    expect(convertWith(codeBlockRule, '<pre>a ``` b</pre>')).toBe('````\na ``` b\n````');
  });

  test('an empty block is dropped', () => {
    expect(convertWith(codeBlockRule, '<p>a</p><pre>  </pre>')).toBe('a');
  });
});
