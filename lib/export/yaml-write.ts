/**
 * The YAML we write: front matter for Hugo, Hexo, Jekyll and Obsidian. Those read it with four
 * different parsers (go-yaml, js-yaml, Psych/libyaml, Obsidian's own), some YAML 1.1 and some 1.2,
 * so we write the one form they all read the same way: every string double-quoted with
 * `\`-escapes. Plain scalars would be prettier but `title: Q: yes` or `tags: - no` mean different
 * things to different parsers (YAML 1.1 reads `no` as false); quoting sidesteps the whole class.
 */

/** A calendar date, written as a plain YAML timestamp (`date: 2026-11-22`), the form Hugo, Hexo and Jekyll document. */
export interface YamlDate {
  date: string;
}
export type YamlScalar = string | number | boolean | null | YamlDate;
export type YamlValue = YamlScalar | readonly YamlScalar[];

/** Characters a double-quoted YAML scalar may not hold literally, or that parsers treat as line breaks. */
function needsEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) || // DEL and C1 controls, NEL (0x85) is a YAML line break
    code === 0x2028 ||
    code === 0x2029 || // line / paragraph separators: line breaks to YAML 1.1
    code === 0xfeff || // a byte-order mark is dropped by some readers
    code === 0xfffe ||
    code === 0xffff
  );
}

const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '"': '\\"', '\\': '\\\\', '\0': '\\0' };

/**
 * A double-quoted YAML scalar. Lone UTF-16 surrogates cannot be written in UTF-8 at all; they
 * become U+FFFD (no real title holds one).
 */
export function yamlQuote(value: string): string {
  let out = '"';
  for (const char of value.toWellFormed()) {
    const named = NAMED[char];
    if (named) out += named;
    else if (needsEscape(char.codePointAt(0)!)) out += `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

export function yamlScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'object') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value.date)) throw new Error(`"${value.date}" is not a YYYY-MM-DD date.`);
    return value.date;
  }
  return yamlQuote(value);
}

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A YAML mapping of simple keys to scalars and lists of scalars, one key a line. Lists are block
 * sequences (`- item`), the form every front matter reader documents; an empty list is `[]`.
 */
export function yamlMapping(entries: readonly (readonly [string, YamlValue])[]): string {
  return entries
    .map(([key, value]) => {
      if (!KEY.test(key)) throw new Error(`Front matter key "${key}" is not a plain identifier.`);
      if (!Array.isArray(value)) return `${key}: ${yamlScalar(value as YamlScalar)}\n`;
      if (value.length === 0) return `${key}: []\n`;
      return `${key}:\n${value.map((item) => `  - ${yamlScalar(item)}\n`).join('')}`;
    })
    .join('');
}

/** `---` fenced front matter, ending with a newline. */
export function frontMatterBlock(entries: readonly (readonly [string, YamlValue])[]): string {
  return `---\n${yamlMapping(entries)}---\n`;
}
