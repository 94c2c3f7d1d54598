import { canonicalKey as deriveKey } from '../clip/canonical';
import { emptyMetadata, emptySummary, READING_STATUSES, type ClipKind, type Notes, type PageClip, type ReadingStatus } from '../clip/model';
import type { NoteHighlight } from './clip-note';
import { sectionOfHeading, trimBlankLines, unescapeSectionLine, type NoteSection } from './note-format';
import { readYamlMapping, splitFrontMatter, type YamlNode } from './yaml-read';

/**
 * Reads a Gleaner note (note-format.ts) back, for importing a folder of notes: `page` and `notes`
 * are what `saveClip(db, page, notes)` takes. Null when the text is not a Gleaner note (no front
 * matter, or no `gleaner:` key, or neither a title nor a URL). Fields a person removed or broke
 * while editing come back empty rather than failing the whole note.
 */
export interface ClipNote {
  page: PageClip;
  notes: Notes;
  createdAt: string | null;
  updatedAt: string | null;
  /** Quote and note only: a note keeps no selectors, so these re-anchor by their quote. */
  highlights: NoteHighlight[];
}

const KINDS: readonly ClipKind[] = ['arxiv', 'scholarly', 'blog', 'other'];

function text(node: YamlNode | undefined): string | null {
  if (node?.kind !== 'scalar') return null;
  const { text: value, plain } = node.value;
  if (plain && (value === '' || value === '~' || value === 'null' || value === 'Null' || value === 'NULL')) return null;
  return value;
}

function list(node: YamlNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'list') return node.items.map((item) => item.text).filter((item) => item !== '');
  const single = text(node);
  return single ? [single] : [];
}

function integer(node: YamlNode | undefined, min: number, max: number): number | null {
  const value = text(node);
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

function splitSections(body: string): Map<NoteSection, string> {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const sections = new Map<NoteSection, string[]>();
  let current: NoteSection | null = null;
  for (const line of lines) {
    const heading: NoteSection | null = current === 'content' ? null : sectionOfHeading(line);
    if (heading) {
      current = heading;
      sections.set(heading, []);
    } else if (current) {
      // Content is verbatim; highlights are unescaped by parseHighlights (once: twice would eat a
      // backslash the user typed).
      sections.get(current)!.push(current === 'content' || current === 'highlights' ? line : unescapeSectionLine(line, false));
    }
  }
  return new Map([...sections].map(([section, body]) => [section, body.join('\n')]));
}

function parseHighlights(section: string): NoteHighlight[] {
  const highlights: { quote: string[]; note: string[] }[] = [];
  // A run of `>` lines is one quote; any other line, a blank one too, ends it.
  let inQuote = false;
  for (const line of section.split('\n')) {
    const last = highlights[highlights.length - 1];
    if (line.startsWith('>')) {
      const quoteLine = line.replace(/^> ?/, '');
      if (inQuote && last) last.quote.push(quoteLine);
      else highlights.push({ quote: [quoteLine], note: [] });
      inQuote = true;
    } else {
      inQuote = false;
      last?.note.push(unescapeSectionLine(line, true));
    }
  }
  return highlights.map((h) => ({ quote: trimBlankLines(h.quote.join('\n')), note: trimBlankLines(h.note.join('\n')) }));
}

export function parseClipNote(markdown: string): ClipNote | null {
  const split = splitFrontMatter(markdown);
  if (!split) return null;
  const data = readYamlMapping(split.yaml);
  if (!data.has('gleaner')) return null;
  const title = text(data.get('title')) ?? '';
  const url = text(data.get('url')) ?? '';
  if (!title && !url) return null;

  const sections = splitSections(split.body);
  const field = (section: NoteSection) => trimBlankLines(sections.get(section) ?? '');
  const arxivId = text(data.get('arxivId'));
  const doi = text(data.get('doi'));
  const kindText = text(data.get('kind'));
  const statusText = text(data.get('status'));
  const page: PageClip = {
    ...emptyMetadata(url, title),
    canonicalKey: text(data.get('canonicalKey')) ?? deriveKey({ url, arxivId, doi }),
    kind: KINDS.includes(kindText as ClipKind) ? (kindText as ClipKind) : arxivId ? 'arxiv' : doi ? 'scholarly' : 'other',
    authors: list(data.get('authors')),
    abstract: field('abstract') || null,
    published: text(data.get('published')),
    arxivId,
    arxivVersion: integer(data.get('arxivVersion'), 1, 10_000),
    primaryCategory: text(data.get('primaryCategory')),
    categories: list(data.get('categories')),
    doi,
    journalRef: text(data.get('journalRef')),
    siteName: text(data.get('siteName')),
    lang: text(data.get('lang')),
    content: field('content'),
    warnings: [],
  };
  const notes: Notes = {
    summary: { ...emptySummary(), tldr: field('tldr'), problem: field('problem'), method: field('method'), results: field('results'), future: field('future') },
    tags: list(data.get('tags')),
    status: READING_STATUSES.includes(statusText as ReadingStatus) ? (statusText as ReadingStatus) : 'to-read',
    rating: integer(data.get('rating'), 1, 5),
  };
  return {
    page,
    notes,
    createdAt: text(data.get('created')),
    updatedAt: text(data.get('updated')),
    highlights: parseHighlights(sections.get('highlights') ?? ''),
  };
}
