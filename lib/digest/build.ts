import { digestFileName } from '../export/file-names';
import { postFrontMatter } from '../export/front-matter';
import { hasSummary } from '../clip/model';
import { buildContext, type ContextOptions, type DigestClip, type DigestHighlight } from './context';
import { renderTemplate, type TemplateError } from './engine';
import { digestCategory, type DigestLang } from './phrases';
import { builtinTemplate } from './templates';
import { tidyMarkdown } from './tidy';
import { byFrequency } from './topics';

/**
 * The digest builder: chosen clips (in the order they should appear) + their highlights + a
 * template → the Markdown post. The options page, the command line and the benchmarks all call
 * this one function.
 */

export type MissingSummary = 'exclude' | 'mark';

export interface DigestOptions extends ContextOptions {
  /** Liquid source; the built-in template of `lang` when absent. */
  template?: string;
  /** Clips with no summary: left out, or kept and marked "to summarize". */
  missingSummary?: MissingSummary;
  /** YAML front matter for Hugo/Hexo/Jekyll, or none. */
  frontMatter?: { draft: boolean } | null;
}

export interface Digest {
  /** The whole file: front matter (when asked) and body. */
  markdown: string;
  /** The post without front matter: what is copied into an editor or previewed. */
  body: string;
  fileName: string;
  count: number;
  /** Clips left out for having no summary. */
  excluded: number;
}

export type DigestOutcome = { ok: true; digest: Digest } | { ok: false; error: TemplateError };

const LOCALES: Record<DigestLang, string> = { en: 'en-US', zh: 'zh-CN' };

/** Whether a template reads clip contents (which live in their own table and are large). */
export function templateUsesContent(template: string): boolean {
  return /\bcontent\b/.test(template);
}

export function buildDigest(clips: readonly DigestClip[], highlights: readonly DigestHighlight[], options: DigestOptions): DigestOutcome {
  const chosen = options.missingSummary === 'mark' ? clips : clips.filter((clip) => hasSummary(clip.summary));
  const vars = buildContext(chosen, highlights, options);
  const rendered = renderTemplate(options.template ?? builtinTemplate(options.lang).body, vars, options.timeZone, LOCALES[options.lang]);
  if (!rendered.ok) return rendered;
  const body = tidyMarkdown(rendered.text);
  const frontMatter = options.frontMatter
    ? postFrontMatter({
        title: vars.title,
        date: vars.date,
        tags: byFrequency(chosen.flatMap((clip) => clip.tags)).slice(0, 10),
        categories: [digestCategory(options.period, options.lang)],
        draft: options.frontMatter.draft,
      })
    : '';
  const period = options.period;
  const fileName = digestFileName(period.kind === 'other' ? { kind: 'other', date: vars.date } : period);
  return {
    ok: true,
    digest: { markdown: frontMatter ? `${frontMatter}\n${body}` : body, body, fileName, count: chosen.length, excluded: clips.length - chosen.length },
  };
}
