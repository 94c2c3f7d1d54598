import type { ComponentChildren } from 'preact';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { ClipRow } from '@/lib/store/db';
import type { ReadingStatus, Summary } from '@/lib/clip/model';

export interface ClipPreviewProps {
  clip: ClipRow;
  t: Translate;
  onBack(): void;
  onOpenPage(url: string): void;
  /** Actions on the clip (the export bar), under its links. */
  children?: ComponentChildren;
}

const FIELDS: [keyof Summary, MessageKey][] = [
  ['tldr', 'searchFieldTldr'],
  ['problem', 'searchFieldProblem'],
  ['method', 'searchFieldMethod'],
  ['results', 'searchFieldResults'],
  ['future', 'searchFieldFuture'],
];

const STATUS: Record<ReadingStatus, MessageKey> = {
  'to-read': 'searchStatusToRead',
  reading: 'searchStatusReading',
  done: 'searchStatusDone',
};

/** A read-only view of a found clip's notes, for the library page (the popup edits them). */
export function ClipPreview({ clip, t, onBack, onOpenPage, children }: ClipPreviewProps) {
  return (
    <article class="clip-preview">
      <button type="button" class="search-chip" onClick={onBack}>
        ← {t('searchBack')}
      </button>
      <h3 class="clip-preview__title">{clip.title || clip.url}</h3>
      <p class="search-result__meta">
        {[clip.authors.join(', '), clip.arxivId && `arXiv:${clip.arxivId}`, clip.siteName, t(STATUS[clip.status])].filter(Boolean).join(' · ')}
      </p>
      <p>
        <a
          href={clip.url}
          onClick={(event) => {
            event.preventDefault();
            onOpenPage(clip.url);
          }}
        >
          {t('searchOpenPage')} ↗
        </a>
      </p>
      {children}
      <dl class="clip-preview__notes">
        {FIELDS.filter(([field]) => clip.summary[field].trim()).map(([field, label]) => (
          <div key={field}>
            <dt>{t(label)}</dt>
            <dd>{clip.summary[field]}</dd>
          </div>
        ))}
        {clip.abstract && (
          <div>
            <dt>{t('searchFieldAbstract')}</dt>
            <dd>{clip.abstract}</dd>
          </div>
        )}
        {clip.tags.length > 0 && (
          <div>
            <dt>{t('searchFieldTags')}</dt>
            <dd>{clip.tags.map((tag) => `#${tag}`).join(' ')}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
