/**
 * Text that goes into Markdown as inline text — a title inside `[…](…)`, an author list — must not
 * turn into a link, emphasis or raw HTML. A title such as `Reasoning with <think> tags` would
 * otherwise vanish as an unknown HTML tag. Math (`$…$`) is left as written: Obsidian, Hugo with
 * KaTeX and Typora render it, and escaping its backslashes would break it.
 */

const SPECIAL = /[\\`*[\]<>]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

function escapePlain(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

export function escapeInline(text: string): string {
  const parts = text.split(/(\$[^$\n]+\$)/);
  return parts.map((part, index) => (index % 2 === 1 ? part : escapePlain(part))).join('');
}

/** One line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Only absolute http(s) addresses become links: a relative one would point into the blog itself. */
export function absoluteUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A Markdown link destination: spaces and parentheses would end it early. */
export function linkDestination(url: string): string {
  return url.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Each line prefixed for a block quote (empty lines as `>`). */
export function blockquote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}
