import { describe, expect, test } from 'vitest';
import { tidyMarkdown } from '@/lib/digest/tidy';
import { lintDigest } from '@/lib/digest/lint';

describe('tidyMarkdown', () => {
  test('one blank line at most, none at the start, one newline at the end', () => {
    expect(tidyMarkdown('\n\n# T\n  \n\n\nText  \nmore\n\n\n')).toBe('# T\n\nText  \nmore\n');
  });

  test('fenced code keeps its blank lines', () => {
    const code = '```python\na = 1\n\n\nb = 2\n```';
    expect(tidyMarkdown(`x\n\n\n${code}\n\n\ny`)).toBe(`x\n\n${code}\n\ny\n`);
    expect(tidyMarkdown('~~~~\n\n\n~~~\n\n\n~~~~\n\n\nz')).toBe('~~~~\n\n\n~~~\n\n\n~~~~\n\nz\n');
  });
});

describe('lintDigest', () => {
  test('a clean post has no problems', () => {
    expect(lintDigest('---\ntitle: "x"\n---\n\n# T\n\nIntro with [a link](https://arxiv.org/abs/1).\n\n## 1. A\n\n### Sub\n\nText\n')).toEqual([]);
  });

  test('finds undefined, empty headings, doubled blank lines, relative and empty links', () => {
    const problems = lintDigest('# T\n\nundefined\n\n\n## Empty\n\n## Next\n\n[rel](/x) [](https://a.org) <./y>\n\n##\n');
    expect(problems.map((p) => [p.kind, p.line])).toEqual([
      ['undefined', 3],
      ['double-blank', 5],
      ['empty-heading', 6],
      ['relative-link', 10],
      ['empty-link', 10],
      ['relative-link', 10],
      ['empty-heading', 12],
    ]);
  });

  test('ignores code blocks', () => {
    expect(lintDigest('# T\n\n```\nundefined\n\n\n[x](y)\n```\n')).toEqual([]);
  });
});
