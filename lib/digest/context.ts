import type { Clip, Summary } from '../clip/model';
import { hasSummary } from '../clip/model';
import { byClip } from '../annotate/by-clip';
import type { Highlight } from '../annotate/types';
import { bibtexKeys } from '../export/bibtex';
import { formatIsoWeek, localDate, weekDates } from '../export/iso-week';
import { absoluteUrl } from '../export/markdown-inline';
import { andList, digestIntro, digestTitle, etAl, otherTopic, type DigestLang, type DigestPeriod } from './phrases';
import { byFrequency, topicOf } from './topics';

/**
 * The variables a digest template sees. Every clip field is there under its own name (see
 * lib/clip/model.ts), plus what a post needs and a template should not have to compute: the
 * clip's number in the post, an absolute link, a short author line, its topic, its highlights.
 * Absent values are empty strings, empty lists or null, never undefined, so a template's
 * `{% if clip.doi %}` is all it takes to leave a line out.
 */

/** A clip as the digest reads it: a stored row, with its Markdown content when the template uses it. */
export type DigestClip = Omit<Clip, 'content'> & { content?: string };
export type DigestHighlight = Pick<Highlight, 'clipId' | 'quote' | 'note' | 'color' | 'createdAt'>;

export interface ClipVars extends Omit<DigestClip, 'content' | 'summary'> {
  content: string;
  summary: Summary;
  /** 1-based position in the post, in output order. */
  number: number;
  /** The page to link to: arXiv abstract page (no version) for papers, else the clipped URL; null if not absolute http(s). */
  link: string | null;
  /** This very version on arXiv (`…/abs/2411.01234v2`), else `link`. */
  versionLink: string | null;
  doiLink: string | null;
  /** `2411.01234v2`, or the id alone when the version is unknown. */
  arxivLabel: string | null;
  /** `A, B, C et al.` / `A、B、C 等`. */
  authorsText: string;
  /** Every author: `A, B and C` / `A、B和C`. */
  authorsAll: string;
  topic: string;
  /** The site: its name, else the host of its URL. */
  site: string;
  tldr: string;
  problem: string;
  method: string;
  results: string;
  future: string;
  /** Non-empty quotes, oldest first. */
  highlights: { quote: string; note: string; color: string; createdAt: string }[];
  /** No summary written yet (shown when the digest includes such clips). */
  toSummarize: boolean;
  /** The calendar date it was clipped, where the user is (YYYY-MM-DD). */
  clippedOn: string;
  bibKey: string;
}

export interface DigestVars {
  lang: DigestLang;
  title: string;
  intro: string;
  count: number;
  /** Topics, most frequent first. */
  topics: string[];
  topicsText: string;
  /** `2026-W47`, or '' when the digest is not one week. */
  week: string;
  /** First and last day covered, '' when the clips were not chosen by date. */
  from: string;
  to: string;
  /** Today where the user is, YYYY-MM-DD. */
  date: string;
  generatedAt: string;
  toc: boolean;
  grouped: boolean;
  clips: ClipVars[];
  groups: { name: string; clips: ClipVars[] }[];
  /** Rated 4–5 (best first); when nothing is rated, every paper. */
  recommended: ClipVars[];
}

export interface ContextOptions {
  lang: DigestLang;
  timeZone: string;
  now: Date;
  period: DigestPeriod;
  title?: string | null;
  groupByTopic?: boolean;
  toc?: boolean;
}

function arxivLinks(clip: DigestClip): { link: string | null; versionLink: string | null; arxivLabel: string | null } {
  if (!clip.arxivId) {
    const link = absoluteUrl(clip.absUrl) ?? absoluteUrl(clip.url);
    return { link, versionLink: link, arxivLabel: null };
  }
  const label = clip.arxivVersion ? `${clip.arxivId}v${clip.arxivVersion}` : clip.arxivId;
  return { link: `https://arxiv.org/abs/${clip.arxivId}`, versionLink: `https://arxiv.org/abs/${label}`, arxivLabel: label };
}

function siteOf(clip: DigestClip): string {
  if (clip.siteName) return clip.siteName;
  try {
    return new URL(clip.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function clipVars(clip: DigestClip, highlights: readonly DigestHighlight[], bibKey: string, options: ContextOptions): ClipVars {
  const { lang } = options;
  const summary: Summary = {
    tldr: clip.summary.tldr.trim(),
    problem: clip.summary.problem.trim(),
    method: clip.summary.method.trim(),
    results: clip.summary.results.trim(),
    future: clip.summary.future.trim(),
  };
  return {
    ...clip,
    content: clip.content ?? '',
    summary,
    ...summary,
    number: 0,
    ...arxivLinks(clip),
    doiLink: clip.doi ? `https://doi.org/${clip.doi}` : null,
    authorsText: etAl(clip.authors, lang),
    authorsAll: andList(clip.authors, lang),
    topic: topicOf(clip, lang) ?? otherTopic(lang),
    site: siteOf(clip),
    highlights: highlights
      .filter((h) => h.quote.trim() !== '')
      .map((h) => ({ quote: h.quote.trim(), note: h.note.trim(), color: h.color, createdAt: h.createdAt })),
    toSummarize: !hasSummary(clip.summary),
    clippedOn: localDate(clip.createdAt, options.timeZone),
    bibKey,
  };
}

/** Groups in order of first appearance; the clips are renumbered in output order. */
function groupClips(clips: ClipVars[], byTopic: boolean): { name: string; clips: ClipVars[] }[] {
  if (!byTopic) return [{ name: '', clips }];
  const groups = new Map<string, ClipVars[]>();
  for (const clip of clips) groups.set(clip.topic, [...(groups.get(clip.topic) ?? []), clip]);
  return [...groups].map(([name, members]) => ({ name, clips: members }));
}

export function buildContext(clips: readonly DigestClip[], highlights: readonly DigestHighlight[], options: ContextOptions): DigestVars {
  const own = byClip([...highlights].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)));
  const keys = bibtexKeys(clips);
  const vars = clips.map((clip, index) => clipVars(clip, own.get(clip.id) ?? [], keys[index]!, options));
  const groups = groupClips(vars, options.groupByTopic ?? false);
  const ordered = groups.flatMap((group) => group.clips);
  ordered.forEach((clip, index) => (clip.number = index + 1));

  const topics = byFrequency(ordered.map((clip) => topicOf(clip, options.lang)).filter((t): t is string => t !== null));
  const rated = ordered.filter((clip) => (clip.rating ?? 0) >= 4).sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0));
  const range = options.period.kind === 'week' ? weekDates(options.period.week) : options.period.kind === 'range' ? options.period : { from: '', to: '' };
  return {
    lang: options.lang,
    title: options.title?.trim() || digestTitle(ordered.length, options.period, options.lang),
    intro: digestIntro(ordered.length, topics, options.period, options.lang),
    count: ordered.length,
    topics,
    topicsText: andList(topics, options.lang),
    week: options.period.kind === 'week' ? formatIsoWeek(options.period.week) : '',
    from: range.from,
    to: range.to,
    date: localDate(options.now, options.timeZone),
    generatedAt: options.now.toISOString(),
    toc: options.toc ?? true,
    grouped: options.groupByTopic ?? false,
    clips: ordered,
    groups,
    recommended: rated.length > 0 ? rated : ordered,
  };
}
