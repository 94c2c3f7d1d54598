/**
 * Liquid tags on their own lines leave blank lines behind, and a template that skips an empty
 * field leaves two. Rather than asking every template author for `{%-` whitespace control, the
 * rendered Markdown is tidied: white-space-only lines become empty, runs of blank lines become
 * one, leading blank lines go, and the text ends with one newline. Fenced code blocks are left
 * exactly as written (blank lines can matter there). Trailing spaces on text lines stay: two of
 * them are a Markdown line break.
 */
export function tidyMarkdown(text: string): string {
  const out: string[] = [];
  let fence: { char: string; length: number } | null = null;
  let blank = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(raw);
    if (fence) {
      out.push(raw);
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '') fence = null;
      continue;
    }
    if (marker && !(marker[1]![0] === '`' && marker[2]!.includes('`'))) fence = { char: marker[1]![0]!, length: marker[1]!.length };
    const line = raw.trim() === '' ? '' : raw;
    if (line === '' && blank) continue;
    blank = line === '';
    out.push(line);
  }
  return `${out.join('\n').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}
