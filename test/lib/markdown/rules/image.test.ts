import { describe, expect, test } from 'vitest';
import { imageRule } from '@/lib/markdown/rules/image';
import { convertWith } from './helpers';

describe('image rule', () => {
  const base = 'https://blog.example.org/posts/a/';

  test('resolves relative sources against the page, not the document', () => {
    expect(convertWith(imageRule, '<img src="fig.png" alt="A figure">', base)).toBe('![A figure](https://blog.example.org/posts/a/fig.png)');
    expect(convertWith(imageRule, '<img src="/x/y.png">', base)).toBe('![](https://blog.example.org/x/y.png)');
  });

  test('takes the lazy-loaded source behind a spacer src', () => {
    const html = '<img src="data:image/gif;base64,R0lGOD" data-src="https://mmbiz.qpic.cn/a/640?wx_fmt=png" alt="">';
    expect(convertWith(imageRule, html, base)).toBe('![](https://mmbiz.qpic.cn/a/640?wx_fmt=png)');
    expect(convertWith(imageRule, '<img data-original="o.jpg">', base)).toBe('![](https://blog.example.org/posts/a/o.jpg)');
    expect(convertWith(imageRule, '<img srcset="s1.jpg 1x, s2.jpg 2x">', base)).toBe('![](https://blog.example.org/posts/a/s1.jpg)');
  });

  test('drops images with no usable address', () => {
    expect(convertWith(imageRule, '<p>a<img src="">b<img src="data:image/png;base64,AAAA"></p>', base)).toBe('ab');
  });

  test('escapes brackets in alt text, encodes parentheses and keeps the title', () => {
    expect(convertWith(imageRule, '<img src="a (1).png" alt="x [y]" title="T &quot;q&quot;">', base)).toBe(
      '![x \\[y\\]](https://blog.example.org/posts/a/a%20%281%29.png "T \\"q\\"")',
    );
  });
});
