import { useMemo, useState } from 'preact/hooks';
import type { DigestOutcome } from '@/lib/digest/build';
import { lintDigest, type DigestProblemKind } from '@/lib/digest/lint';
import { markdownToSafeHtml } from '@/lib/render/safe-html';
import type { MessageKey, Translate } from '@/lib/i18n';

export interface DigestPreviewProps {
  outcome: DigestOutcome | null;
  onCopyMarkdown(): void;
  onCopyRich(): void;
  onDownload(): void;
  onDownloadBib(): void;
  t: Translate;
}

const PROBLEM_LABELS: Record<DigestProblemKind, MessageKey> = {
  undefined: 'digestProblemUndefined',
  'empty-heading': 'digestProblemEmptyHeading',
  'double-blank': 'digestProblemDoubleBlank',
  'relative-link': 'digestProblemRelativeLink',
  'empty-link': 'digestProblemEmptyLink',
};

/** The post as it will read (sanitized HTML) or as Markdown, with the ways out. */
export function DigestPreview({ outcome, onCopyMarkdown, onCopyRich, onDownload, onDownloadBib, t }: DigestPreviewProps) {
  const [raw, setRaw] = useState(false);
  const digest = outcome?.ok ? outcome.digest : null;
  const html = useMemo(() => (digest ? markdownToSafeHtml(digest.body) : ''), [digest]);
  const problems = useMemo(() => (digest ? lintDigest(digest.markdown) : []), [digest]);
  const empty = !digest || digest.count === 0;
  return (
    <section class="digest-preview-pane" aria-label={t('digestPreview')}>
      <div class="digest-actions">
        <button type="button" disabled={empty} onClick={onCopyMarkdown}>
          {t('digestCopyMarkdown')}
        </button>
        <button type="button" disabled={empty} onClick={onCopyRich}>
          {t('digestCopyRich')}
        </button>
        <button type="button" disabled={empty} onClick={onDownload}>
          {t('digestDownload')}
        </button>
        <button type="button" disabled={empty} onClick={onDownloadBib}>
          {t('digestDownloadBib')}
        </button>
        <label class="digest-raw-toggle">
          <input type="checkbox" checked={raw} onChange={() => setRaw(!raw)} />
          {t('digestShowMarkdown')}
        </label>
      </div>
      {outcome && !outcome.ok && (
        <p role="alert" class="digest-error">
          {outcome.error.line === null ? outcome.error.message : t('templatesErrorAt', outcome.error.line, outcome.error.column ?? 0, outcome.error.message)}
        </p>
      )}
      {digest && digest.excluded > 0 && <p class="digest-note">{t('digestExcluded', digest.excluded)}</p>}
      {problems.length > 0 && (
        <ul class="digest-problems" aria-label={t('digestProblems')}>
          {problems.slice(0, 5).map((problem) => (
            <li key={`${problem.kind}-${problem.line}`}>{t(PROBLEM_LABELS[problem.kind], problem.line)}</li>
          ))}
        </ul>
      )}
      {digest &&
        (raw ? (
          <pre class="digest-markdown" data-testid="digest-markdown">
            {digest.markdown}
          </pre>
        ) : (
          // Sanitized by markdownToSafeHtml (DOMPurify), the one way HTML enters extension pages.
          <article class="digest-preview" data-testid="digest-preview" dangerouslySetInnerHTML={{ __html: html }} />
        ))}
    </section>
  );
}
