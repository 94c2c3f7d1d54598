import type { PageClip } from '@/lib/clip/model';
import { displayDate, shortAuthors } from '@/lib/clip/display';
import { formatArxivId } from '@/lib/clip/arxiv-id';
import type { Translate } from '@/lib/i18n';
import type { SessionStatus } from './use-clip-session';

export interface ClipHeaderProps {
  page: PageClip | null;
  status: SessionStatus;
  reading: boolean;
  problem: string | null;
  t: Translate;
  onOpenLink(url: string): void;
}

function statusText(status: SessionStatus, t: Translate): string {
  switch (status.kind) {
    case 'new':
      return t('popupStatusNew');
    case 'draft':
      return t('popupStatusDraft');
    case 'saved':
      return t('popupStatusSaved');
    case 'other-version':
      return t('popupStatusOtherVersion', status.saved, status.page);
    case 'other-url':
      return t('popupStatusOtherUrl');
  }
}

function links(page: PageClip, t: Translate): { label: string; url: string }[] {
  const out: { label: string; url: string }[] = [];
  if (page.absUrl) out.push({ label: t('popupLinkAbs'), url: page.absUrl });
  if (page.pdfUrl) out.push({ label: t('popupLinkPdf'), url: page.pdfUrl });
  if (page.htmlUrl) out.push({ label: t('popupLinkHtml'), url: page.htmlUrl });
  if (page.url && !out.some((link) => link.url === page.url)) out.push({ label: t('popupLinkOriginal'), url: page.url });
  return out;
}

/** Title, authors, where it is from, and whether it is already saved. */
export function ClipHeader({ page, status, reading, problem, t, onOpenLink }: ClipHeaderProps) {
  const source = page?.arxivId
    ? `arXiv:${formatArxivId({ id: page.arxivId, version: page.arxivVersion })}${page.primaryCategory ? ` · ${page.primaryCategory}` : ''}`
    : page?.siteName;
  const date = page ? displayDate(page) : null;
  return (
    <header class="clip-header">
      <div class="clip-header__top">
        <span class={`badge badge--${status.kind}`} data-testid="clip-status">
          {statusText(status, t)}
        </span>
        {reading && (
          <span class="reading" role="status" aria-live="polite">
            {t('popupReading')}
          </span>
        )}
      </div>
      <h1 class="clip-header__title" data-testid="page-title" title={page?.title}>
        {page?.title || '…'}
      </h1>
      {page && page.authors.length > 0 && <p class="clip-header__authors">{shortAuthors(page.authors, t('popupEtAl'))}</p>}
      {page && (source || date) && (
        <p class="clip-header__meta">{[source, date].filter(Boolean).join(' · ')}</p>
      )}
      {page && (
        <nav class="clip-header__links">
          {links(page, t).map((link) => (
            <a
              key={link.url}
              href={link.url}
              onClick={(event) => {
                event.preventDefault();
                onOpenLink(link.url);
              }}
            >
              {link.label}
            </a>
          ))}
        </nav>
      )}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </header>
  );
}
