/**
 * Checks that a digest reads like a post a person wrote: no "undefined", no heading with nothing
 * under it, no doubled blank line, no link that is relative or empty. The Digest panel shows
 * these for user templates; the tests hold the built-in templates to them.
 */

export type DigestProblemKind = 'undefined' | 'empty-heading' | 'double-blank' | 'relative-link' | 'empty-link';

export interface DigestProblem {
  kind: DigestProblemKind;
  /** 1-based line in the Markdown. */
  line: number;
  text: string;
}

const HEADING = /^(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const LINK = /!?\[([^\]\n]*)\]\(\s*<?([^)\s>]*)/g;
const AUTOLINK = /<((?:[a-z][a-z0-9+.-]*:|\/|\.|#)[^>\s]*)>/gi;

function codeLines(lines: readonly string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return true;
    }
    if (marker) {
      fence = marker;
      return true;
    }
    return false;
  });
}

export function lintDigest(markdown: string): DigestProblem[] {
  const front = /^---\n[\s\S]*?\n---\n/.exec(markdown)?.[0] ?? '';
  const offset = front.split('\n').length - 1;
  const lines = markdown.slice(front.length).split('\n');
  const inCode = codeLines(lines);
  const problems: DigestProblem[] = [];
  const add = (kind: DigestProblemKind, index: number) => problems.push({ kind, line: offset + index + 1, text: lines[index]! });

  lines.forEach((line, index) => {
    if (inCode[index]) return;
    if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(line)) add('undefined', index);
    if (line.trim() === '' && index > 0 && lines[index - 1]!.trim() === '' && index < lines.length - 1) add('double-blank', index);
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      let next = index + 1;
      while (next < lines.length && lines[next]!.trim() === '') next += 1;
      const following = next < lines.length ? HEADING.exec(lines[next]!) : null;
      const empty = !heading[2] || next >= lines.length || (following !== null && following[1]!.length <= level);
      if (empty) add('empty-heading', index);
    }
    for (const match of line.matchAll(LINK)) {
      if (match[1]!.trim() === '' && !match[0].startsWith('!')) add('empty-link', index);
      if (!/^https?:\/\/[^/]/i.test(match[2]!)) add('relative-link', index);
    }
    for (const match of line.matchAll(AUTOLINK)) {
      if (!/^https?:\/\/[^/]/i.test(match[1]!) && !/^mailto:/i.test(match[1]!)) add('relative-link', index);
    }
  });
  return problems;
}
