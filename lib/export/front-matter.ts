import { frontMatterBlock } from './yaml-write';

/**
 * A post's front matter, in the keys Hugo, Hexo and Jekyll share: `title`, `date` (a bare
 * YYYY-MM-DD, which all three accept), `tags`, `categories`, `draft`. Hexo reads a list of
 * categories as a hierarchy (first > second), so the digest gives one.
 */
export interface PostFrontMatter {
  title: string;
  date: string;
  tags: readonly string[];
  categories: readonly string[];
  draft: boolean;
}

export function postFrontMatter(fields: PostFrontMatter): string {
  return frontMatterBlock([
    ['title', fields.title],
    ['date', { date: fields.date }],
    ['tags', fields.tags],
    ['categories', fields.categories],
    ['draft', fields.draft],
  ]);
}
