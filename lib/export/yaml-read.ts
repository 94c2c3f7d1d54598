/**
 * Reads the front matter of a note back: a mapping of keys to scalars or lists of scalars, the
 * shapes we write (yaml-write.ts) and the shapes Obsidian, Hugo and other tools write when a user
 * edits those keys — plain, single- and double-quoted scalars (also folded over lines), block
 * scalars (`|`, `>-`…), block and flow sequences, comments. Nested mappings are skipped, not
 * understood: a note's front matter is flat. Anything unreadable is left out rather than thrown,
 * so one odd key never loses the rest of a note.
 *
 * Scalars come back as text with a flag saying whether they were quoted: the reader of a key knows
 * its type (`arxivId: 2411.01230` plain is the string "2411.01230", not the number 2411.0123).
 */

export interface YamlText {
  text: string;
  /** Written as a plain scalar (so `null`, `~`, `true`, `12` may mean what YAML says). */
  plain: boolean;
}
export type YamlNode = { kind: 'scalar'; value: YamlText } | { kind: 'list'; items: YamlText[] };

interface Line {
  indent: number;
  text: string;
}

// YAML's white space is space and tab only: JavaScript's trim() would also eat U+FEFF, U+00A0…
const trimStart = (text: string) => text.replace(/^[ \t]+/, '');
const trimEnd = (text: string) => text.replace(/[ \t]+$/, '');
const trim = (text: string) => trimEnd(trimStart(text));
const indentOf = (line: string) => line.length - trimStart(line).length;
const isBlank = (line: string) => trim(line) === '' || trimStart(line).startsWith('#');

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

function unescapeDouble(raw: string): string {
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (whole, esc: string) => {
    if (esc.length > 1) {
      const code = parseInt(esc.slice(1), 16);
      return esc[0] === 'U' ? String.fromCodePoint(code) : String.fromCharCode(code);
    }
    return SIMPLE_ESCAPES[esc] ?? whole;
  });
}

/**
 * YAML line folding of a flow scalar spread over lines: one break is a space, n empty lines are n
 * newlines; in double quotes a `\` at the end of a line joins without a space.
 */
function fold(lines: string[], doubleQuoted: boolean): string {
  let out = '';
  let empties = 0;
  let joinTight = false;
  lines.forEach((line, index) => {
    const first = index === 0;
    const last = index === lines.length - 1;
    let part = first ? line : trimStart(line);
    if (!last) {
      const escapedBreak = doubleQuoted && /(^|[^\\])(\\\\)*\\$/.test(part);
      part = escapedBreak ? part.slice(0, -1) : trimEnd(part);
      if (!first && part === '' && !escapedBreak) {
        empties += 1;
        return;
      }
      out += first ? part : (joinTight ? '' : empties ? '\n'.repeat(empties) : ' ') + part;
      joinTight = escapedBreak;
    } else {
      out += first ? part : (joinTight ? '' : empties ? '\n'.repeat(empties) : ' ') + part;
    }
    empties = 0;
  });
  return out;
}

/** Finds the closing quote; returns the raw lines inside the quotes and how many lines were used. */
function quotedSpan(lines: Line[], start: number, firstText: string, quote: '"' | "'"): { parts: string[]; used: number; rest: string } | null {
  let buffer = firstText.slice(1);
  const parts: string[] = [];
  for (let index = start; index < lines.length; index += 1) {
    if (index > start) buffer = lines[index]!.text;
    for (let i = 0; i < buffer.length; i += 1) {
      const char = buffer[i];
      if (quote === '"' && char === '\\') i += 1;
      else if (quote === "'" && char === "'" && buffer[i + 1] === "'") i += 1;
      else if (char === quote) {
        parts.push(buffer.slice(0, i));
        return { parts, used: index - start + 1, rest: buffer.slice(i + 1) };
      }
    }
    parts.push(buffer);
  }
  return null;
}

/** A flow scalar starting at `text` on line `start` (continuing on more-indented lines). */
function readFlowScalar(lines: Line[], start: number, text: string, minIndent: number): { value: YamlText; used: number } | null {
  if (text.startsWith('"') || text.startsWith("'")) {
    const quote = text[0] as '"' | "'";
    const span = quotedSpan(lines, start, text, quote);
    if (!span) return null;
    const folded = fold(span.parts, quote === '"');
    const value = quote === '"' ? unescapeDouble(folded) : folded.replace(/''/g, "'");
    return { value: { text: value, plain: false }, used: span.used };
  }
  const parts = [text];
  let used = 1;
  while (start + used < lines.length) {
    const next = lines[start + used]!;
    if (trim(next.text) !== '' && (next.indent < minIndent || trimStart(next.text).startsWith('#'))) break;
    if (trim(next.text) !== '' && next.indent === minIndent && /^(- |-$|[^\s:]+:(\s|$))/.test(trimStart(next.text))) break;
    parts.push(next.text);
    used += 1;
  }
  while (parts.length > 1 && trim(parts[parts.length - 1]!) === '') {
    parts.pop();
    used -= 1;
  }
  const folded = trim(fold(parts.map((part) => part.replace(/(^|[ \t]+)#[\s\S]*$/, '')), false));
  return { value: { text: folded, plain: true }, used };
}

/** `|`, `|-`, `>+2`…: the lines below, more indented than `parentIndent`. */
function readBlockScalar(lines: Line[], start: number, header: string, parentIndent: number): { value: YamlText; used: number } {
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const explicit = /[1-9]/.exec(header);
  let used = 1;
  const body: string[] = [];
  let indent = explicit ? parentIndent + Number(explicit[0]) : -1;
  while (start + used < lines.length) {
    const text = lines[start + used]!.text;
    // Indentation is spaces only; past it, spaces and tabs are content (a literal keeps them).
    const spaces = text.length - text.replace(/^ +/, '').length;
    if (spaces === text.length) {
      body.push(indent >= 0 && text.length > indent ? text.slice(indent) : '');
    } else {
      if (indent < 0) indent = spaces;
      if (spaces < indent || spaces <= parentIndent) break;
      body.push(text.slice(indent));
    }
    used += 1;
  }
  let trailing = 0;
  while (body.length > 0 && body[body.length - 1] === '') {
    body.pop();
    trailing += 1;
  }
  let text: string;
  if (header.startsWith('|')) {
    text = body.join('\n');
  } else {
    text = '';
    let previous: 'normal' | 'more' | null = null;
    let empties = 0;
    for (const line of body) {
      if (line === '') {
        empties += 1;
        continue;
      }
      const more = /^[ \t]/.test(line);
      if (previous === null) text += '\n'.repeat(empties) + line;
      else if (previous === 'normal' && !more) text += (empties ? '\n'.repeat(empties) : ' ') + line;
      else text += '\n'.repeat(empties + 1) + line;
      empties = 0;
      previous = more ? 'more' : 'normal';
    }
  }
  if (body.length > 0 && chomp !== 'strip') text += '\n';
  if (chomp === 'keep') text += '\n'.repeat(trailing);
  return { value: { text, plain: false }, used };
}

/** Items of `[a, "b, c", 'd']`. */
function readFlowSequence(source: string): YamlText[] | null {
  const inner = trim(source);
  if (!inner.startsWith('[') || !inner.endsWith(']')) return null;
  const items: YamlText[] = [];
  let i = 1;
  const end = inner.length - 1;
  while (i < end) {
    while (i < end && /[\s,]/.test(inner[i]!)) i += 1;
    if (i >= end) break;
    const char = inner[i]!;
    if (char === '"' || char === "'") {
      const span = quotedSpan([{ indent: 0, text: inner.slice(i) }], 0, inner.slice(i), char);
      if (!span) return null;
      const raw = span.parts.join('');
      items.push({ text: char === '"' ? unescapeDouble(raw) : raw.replace(/''/g, "'"), plain: false });
      i = end - span.rest.length + 1;
    } else {
      let j = i;
      while (j < end && inner[j] !== ',') j += 1;
      items.push({ text: trim(inner.slice(i, j)), plain: true });
      i = j;
    }
  }
  return items;
}

function readSequence(lines: Line[], start: number, indent: number): { items: YamlText[]; used: number } {
  const items: YamlText[] = [];
  let used = 0;
  while (start + used < lines.length) {
    const line = lines[start + used]!;
    if (isBlank(line.text)) {
      used += 1;
      continue;
    }
    const trimmed = trimStart(line.text);
    if (line.indent < indent || !(trimmed === '-' || trimmed.startsWith('- '))) break;
    const valueText = trim(trimmed.slice(1));
    const itemIndent = line.indent + 2;
    const read =
      valueText === ''
        ? { value: { text: '', plain: true }, used: 1 }
        : /^[|>]/.test(valueText)
          ? readBlockScalar(lines, start + used, valueText, line.indent)
          : readFlowScalar(lines, start + used, valueText, itemIndent);
    if (!read) break;
    items.push(read.value);
    used += read.used;
  }
  return { items, used };
}

/** The top-level keys of a flat YAML mapping. Later duplicates win, as in most readers. */
export function readYamlMapping(source: string): Map<string, YamlNode> {
  const raw = source.replace(/\r\n?/g, '\n').split('\n');
  if (raw[raw.length - 1] === '') raw.pop(); // what follows the last line break is not a line
  const lines: Line[] = raw.map((text) => ({ indent: indentOf(text), text }));
  const result = new Map<string, YamlNode>();
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const match = line.indent === 0 ? /^("[^"]*"|'[^']*'|[^\s#'"][^:]*?)[ \t]*:(?:[ \t]+(.*))?$/s.exec(line.text) : null;
    if (isBlank(line.text) || !match) {
      index += 1;
      continue;
    }
    const key = match[1]!.replace(/^["']|["']$/g, '');
    const rest = trim(match[2] ?? '');
    if (rest === '' || rest.startsWith('#')) {
      const sequence = readSequence(lines, index + 1, 0);
      if (sequence.items.length > 0) result.set(key, { kind: 'list', items: sequence.items });
      else result.set(key, { kind: 'scalar', value: { text: '', plain: true } });
      index += 1 + sequence.used;
      // Skip a nested mapping we do not read.
      while (index < lines.length && (lines[index]!.indent > 0 || trim(lines[index]!.text) === '')) index += 1;
      continue;
    }
    if (rest.startsWith('|') || rest.startsWith('>')) {
      const block = readBlockScalar(lines, index, rest, 0);
      result.set(key, { kind: 'scalar', value: block.value });
      index += block.used;
      continue;
    }
    if (rest.startsWith('[')) {
      let text = rest;
      let used = 1;
      while (!readFlowSequence(text) && index + used < lines.length && lines[index + used]!.indent > 0) {
        text += ` ${trim(lines[index + used]!.text)}`;
        used += 1;
      }
      const items = readFlowSequence(text.replace(/[ \t]+#[\s\S]*$/, ''));
      if (items) result.set(key, { kind: 'list', items });
      index += used;
      continue;
    }
    const scalar = readFlowScalar(lines, index, rest, 1);
    if (scalar) result.set(key, { kind: 'scalar', value: scalar.value });
    index += scalar?.used ?? 1;
  }
  return result;
}

/** Splits `---\n…\n---\n` off the start of a document. Null when there is no front matter. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) return null;
  const close = /^(---|\.\.\.)[ \t]*$/m;
  const rest = source.slice(4);
  const match = close.exec(rest);
  if (!match) return null;
  const yaml = rest.slice(0, match.index);
  const body = rest.slice(match.index + match[0].length).replace(/^\n/, '');
  return { yaml, body };
}
