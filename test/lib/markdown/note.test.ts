import { expect, test } from 'vitest';
import { emptyMetadata, type PageClip } from '@/lib/clip/model';
import { clipToMarkdownNote, frontMatter, yamlString } from '@/lib/markdown/note';

const clip = (overrides: Partial<PageClip>): PageClip => ({ ...emptyMetadata('https://example.org/a'), content: 'Body.', warnings: [], ...overrides });

/** A front-matter line's value, read back as YAML reads a double-quoted scalar (JSON escapes). */
function valueOf(yaml: string, key: string): unknown {
  const line = yaml.split('\n').find((l) => l.startsWith(`${key}: `));
  return line ? JSON.parse(line.slice(key.length + 2)) : undefined;
}

test.each([
  'Attention: Is All You Need?',
  'He said "no" \\ and # left',
  '注意力机制：「详解」',
  '- starts like a list',
  'line\u2028separator and \u0085 next-line',
])('any title survives the front matter: %j', (title) => {
  const yaml = frontMatter(clip({ title }));
  expect(valueOf(yaml, 'title')).toBe(title);
  expect(yamlString(title)).not.toMatch(/[\u2028\u0085]/);
});

test('empty fields are left out, lists are block sequences, numbers stay numbers', () => {
  const yaml = frontMatter(clip({ title: 'T', authors: ['A, B', 'C'], arxivVersion: 3, doi: null, categories: [] }));
  expect(yaml).toContain('authors:\n  - "A, B"\n  - "C"');
  expect(yaml).toContain('arxivVersion: 3');
  expect(yaml).not.toContain('doi');
  expect(yaml).not.toContain('categories');
});

test('the note is front matter, a blank line, then the content', () => {
  expect(clipToMarkdownNote(clip({ title: 'T', content: '# Hi\n' }))).toMatch(/^---\n[\s\S]+\n---\n\n# Hi\n$/);
});
