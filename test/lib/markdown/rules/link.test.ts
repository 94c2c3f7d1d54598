import { describe, expect, test } from 'vitest';
import { linkRule, linkTarget } from '@/lib/markdown/rules/link';
import { convertWith } from './helpers';

describe('link rule', () => {
  const base = 'https://example.org/a/b.html';

  test('resolves relative links and keeps in-page fragments', () => {
    expect(convertWith(linkRule, '<a href="../c">up</a> <a href="#bib.bib3">3</a>', base)).toBe('[up](https://example.org/c) [3](#bib.bib3)');
  });

  test('javascript: links keep their text; empty links vanish', () => {
    expect(convertWith(linkRule, '<p><a href="javascript:void(0)">click</a><a href="/x"> </a></p>', base)).toBe('click');
  });

  test('unwraps redirect wrappers and drops injected keyword-search links', () => {
    expect(linkTarget('https://link.zhihu.com/?target=https%3A//arxiv.org/abs/1706.03762')).toBe('https://arxiv.org/abs/1706.03762');
    expect(linkTarget('https://so.csdn.net/so/search?q=GPT&spm=1001')).toBeNull();
    expect(linkTarget('https://www.zhihu.com/search?q=ChatGPT&search_source=Entity')).toBeNull();
    expect(linkTarget('https://www.zhihu.com/question/1')).toBe('https://www.zhihu.com/question/1');
    expect(convertWith(linkRule, '<p>用 <a href="https://so.csdn.net/so/search?q=GPT">GPT</a> 写</p>', base)).toBe('用 GPT 写');
  });
});
