import type { Translate } from '@/lib/i18n';

export interface TemplateHelpProps {
  t: Translate;
}

const VARIABLES = [
  'title, intro, count, week, from, to, date, lang, topics, topicsText, toc, grouped',
  'clips, groups[].name, groups[].clips, recommended',
  'clip.number, clip.title, clip.link, clip.versionLink, clip.doiLink, clip.url, clip.absUrl, clip.pdfUrl, clip.htmlUrl',
  'clip.authors, clip.authorsText, clip.authorsAll, clip.arxivId, clip.arxivVersion, clip.arxivLabel, clip.doi, clip.journalRef',
  'clip.published, clip.updated, clip.createdAt, clip.updatedAt, clip.clippedOn',
  'clip.primaryCategory, clip.categories, clip.tags, clip.topic, clip.site, clip.siteName, clip.kind, clip.lang',
  'clip.tldr, clip.problem, clip.method, clip.results, clip.future, clip.summary.*, clip.abstract, clip.content',
  'clip.status, clip.rating, clip.toSummarize, clip.bibKey',
  'clip.highlights[].quote, .note, .color, .createdAt',
];
const FILTERS = 'date: "%Y-%m-%d", et_al: 3, and_list, blockquote, escape_md, oneline, absolute_url, upcase_first (+ Liquid’s own)';

/** What a template can use, for the editor. */
export function TemplateHelp({ t }: TemplateHelpProps) {
  return (
    <details class="templates-help">
      <summary>{t('templatesVariables')}</summary>
      <ul>
        {VARIABLES.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <p>
        {t('templatesFilters')} <code>{FILTERS}</code>
      </p>
      <p>{t('templatesSyntaxHint')}</p>
    </details>
  );
}
