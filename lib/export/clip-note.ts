import type { Clip } from '../clip/model';
import type { Highlight } from '../annotate/types';
import { escapeInline, oneLine } from './markdown-inline';
import { escapeSectionLine, NOTE_HEADINGS, trimBlankLines, type NoteLang, type NoteSection } from './note-format';
import { frontMatterBlock, type YamlValue } from './yaml-write';

/** One clip as a Gleaner note (the format is described in note-format.ts). */

export type NoteHighlight = Pick<Highlight, 'quote' | 'note'>;
export type NoteClip = Omit<Clip, 'content' | 'warnings'> & { content?: string };

export const NOTE_FORMAT_VERSION = 1;

export function noteFrontMatter(clip: NoteClip): [string, YamlValue][] {
  const entries: [string, YamlValue][] = [
    ['title', clip.title],
    ['authors', clip.authors],
    ['url', clip.url],
    ['canonicalKey', clip.canonicalKey],
    ['kind', clip.kind],
    ['arxivId', clip.arxivId],
    ['arxivVersion', clip.arxivVersion],
    ['primaryCategory', clip.primaryCategory],
    ['categories', clip.categories],
    ['doi', clip.doi],
    ['journalRef', clip.journalRef],
    ['published', clip.published],
    ['siteName', clip.siteName],
    ['lang', clip.lang],
    ['tags', clip.tags],
    ['status', clip.status],
    ['rating', clip.rating],
    ['created', clip.createdAt],
    ['updated', clip.updatedAt],
    ['gleaner', NOTE_FORMAT_VERSION],
  ];
  return entries.filter(([, value]) => value !== null && value !== '');
}

function escapeBody(text: string, inNote = false): string {
  return trimBlankLines(text)
    .split('\n')
    .map((line) => escapeSectionLine(line, inNote))
    .join('\n');
}

function highlightBlock(highlight: NoteHighlight): string {
  const quote = trimBlankLines(highlight.quote)
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
  const note = escapeBody(highlight.note, true);
  return note ? `${quote || '>'}\n\n${note}` : quote || '>';
}

export function clipToNote(clip: NoteClip, highlights: readonly NoteHighlight[], lang: NoteLang = 'en'): string {
  const headings = NOTE_HEADINGS[lang];
  const source = [clip.authors.length ? oneLine(clip.authors.join(', ')) : '', `<${clip.url}>`].filter(Boolean).join(' · ');
  const sections: [NoteSection, string][] = [
    ['tldr', escapeBody(clip.summary.tldr)],
    ['problem', escapeBody(clip.summary.problem)],
    ['method', escapeBody(clip.summary.method)],
    ['results', escapeBody(clip.summary.results)],
    ['future', escapeBody(clip.summary.future)],
    ['highlights', highlights.map(highlightBlock).join('\n\n')],
    ['abstract', escapeBody(clip.abstract ?? '')],
    // The content is the last section and is read verbatim to the end: it needs no escaping.
    ['content', trimBlankLines(clip.content ?? '')],
  ];
  const body = sections.filter(([, text]) => text !== '').map(([section, text]) => `## ${headings[section]}\n\n${text}\n`);
  return [frontMatterBlock(noteFrontMatter(clip)), `# ${escapeInline(oneLine(clip.title)) || clip.url}\n`, `${source}\n`, ...body].join('\n');
}
