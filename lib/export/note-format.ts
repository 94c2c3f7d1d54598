/**
 * The Gleaner note: one clip as a Markdown file that Obsidian, Hugo or a text editor can open, and
 * that Gleaner can read back (parse-clip-note.ts). The format, exactly:
 *
 *   ---                                  YAML front matter (yaml-write.ts), keys in NOTE_KEYS order;
 *   title: "…"                           null fields are left out; `gleaner: 1` marks the format.
 *   …
 *   gleaner: 1
 *   ---
 *
 *   # Title                              preamble: for people, ignored when read back
 *
 *   Authors · <url>
 *
 *   ## TL;DR                             one `## ` section per non-empty field, in this order:
 *   ## Problem / Method / Results        TL;DR, Problem, Method, Results, Future directions,
 *   ## Future directions                 Highlights, Abstract, Content (headings in English or
 *   ## Highlights                        Chinese; the reader knows both)
 *   ## Abstract
 *   ## Content                           the clip's Markdown, verbatim to the end of the file
 *
 * Highlights: each is a block quote (the quote), then the note as plain paragraphs. A line of a
 * section that would read as one of our headings, or a note line starting with `>`, gets one more
 * leading backslash (a Markdown escape: it renders the same), and the reader takes it off.
 */

export type NoteLang = 'en' | 'zh';
export type NoteSection = 'tldr' | 'problem' | 'method' | 'results' | 'future' | 'highlights' | 'abstract' | 'content';

export const NOTE_SECTIONS: readonly NoteSection[] = ['tldr', 'problem', 'method', 'results', 'future', 'highlights', 'abstract', 'content'];

export const NOTE_HEADINGS: Record<NoteLang, Record<NoteSection, string>> = {
  en: {
    tldr: 'TL;DR',
    problem: 'Problem',
    method: 'Method',
    results: 'Results',
    future: 'Future directions',
    highlights: 'Highlights',
    abstract: 'Abstract',
    content: 'Content',
  },
  zh: {
    tldr: '一句话总结',
    problem: '问题',
    method: '方法',
    results: '结果',
    future: '未来方向',
    highlights: '摘录',
    abstract: '摘要',
    content: '正文',
  },
};

/** Other names a person may give a section when editing the note by hand. */
const ALIASES: Record<string, NoteSection> = {
  tldr: 'tldr',
  'tl;dr': 'tldr',
  'tl; dr': 'tldr',
  要点: 'tldr',
  'future work': 'future',
  展望: 'future',
  'key quotes': 'highlights',
  quotes: 'highlights',
  高亮: 'highlights',
  批注: 'highlights',
  内容: 'content',
};

const HEADING_NAMES = new Map<string, NoteSection>([
  ...Object.entries(ALIASES),
  ...(['en', 'zh'] as const).flatMap((lang) => NOTE_SECTIONS.map((section) => [NOTE_HEADINGS[lang][section].toLowerCase(), section] as const)),
]);

/** The section a `## ` heading line names, or null. */
export function sectionOfHeading(line: string): NoteSection | null {
  const match = /^##[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(line);
  return match ? (HEADING_NAMES.get(match[1]!.trim().toLowerCase()) ?? null) : null;
}

/** Escapes lines that the reader would take for structure (see the format above). */
export function escapeSectionLine(line: string, inNote: boolean): string {
  const bare = line.replace(/^\\+/, '');
  const structural = sectionOfHeading(bare) !== null || (inNote && bare.startsWith('>'));
  return structural ? `\\${line}` : line;
}

export function unescapeSectionLine(line: string, inNote: boolean): string {
  const bare = line.replace(/^\\+/, '');
  const structural = sectionOfHeading(bare) !== null || (inNote && bare.startsWith('>'));
  return structural && line.startsWith('\\') ? line.slice(1) : line;
}

/** Leading and trailing blank lines off; the first line's indentation (a code block) stays. */
export function trimBlankLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '').replace(/^[ \t]+$/, '');
}
