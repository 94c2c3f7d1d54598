import type { PageClip } from '../clip/model';

/**
 * A clip as the Markdown file a user exports: YAML front matter (the clip's fields, named as in
 * the data model; empty ones left out) then the content. Strings are always double-quoted with
 * JSON escapes, which YAML reads the same way, so no title (colons, quotes, `#`, CJK, leading
 * dashes) can break the header.
 */
const FIELDS: readonly (keyof PageClip)[] = [
  'title', 'authors', 'url', 'canonicalKey', 'kind', 'published', 'updated', 'arxivId', 'arxivVersion',
  'primaryCategory', 'categories', 'comments', 'journalRef', 'doi', 'pdfUrl', 'htmlUrl', 'absUrl',
  'siteName', 'lang', 'leadImage', 'abstract',
];

export function yamlString(value: string): string {
  // JSON leaves these raw; YAML treats them as line breaks or non-printable characters.
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function frontMatter(clip: PageClip): string {
  const lines = ['---'];
  for (const field of FIELDS) {
    const value = clip[field];
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) {
      lines.push(`${field}:`);
      for (const item of value) lines.push(`  - ${yamlString(String(item))}`);
    } else if (typeof value === 'number') lines.push(`${field}: ${value}`);
    else lines.push(`${field}: ${yamlString(String(value))}`);
  }
  lines.push('---');
  return lines.join('\n');
}

export function clipToMarkdownNote(clip: PageClip): string {
  return `${frontMatter(clip)}\n\n${clip.content.trim()}\n`;
}
