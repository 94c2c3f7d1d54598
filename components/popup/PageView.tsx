import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { ClipHeader } from './ClipHeader';
import { SummaryForm } from './SummaryForm';
import type { ClipSession } from './use-clip-session';

export interface PageViewProps {
  session: ClipSession;
  tagSuggestions: string[];
  t: Translate;
  /** The tag field got focus: the time to load `tagSuggestions` if they are not yet. */
  onTagsFocus?(): void;
  onOpenLink(url: string): void;
  /** Shown under Save / Delete for a saved clip (the export bar). */
  savedFooter?: ComponentChildren;
}

/** One clip: its header, the summary form, and Save / Delete. */
export function PageView({ session, tagSuggestions, t, onOpenLink, onTagsFocus, savedFooter }: PageViewProps) {
  const [confirming, setConfirming] = useState(false);
  const canSave = session.ready && session.page !== null && session.page.url !== '';
  return (
    <>
      {session.viewingOther && (
        <button type="button" class="link-button back" onClick={session.backToPage}>
          ← {t('backToPage')}
        </button>
      )}
      <ClipHeader page={session.page} status={session.status} reading={session.reading} problem={session.problem} t={t} onOpenLink={onOpenLink} />
      <SummaryForm notes={session.notes} tagSuggestions={tagSuggestions} t={t} autoFocus={session.ready} onChange={session.setNotes} onTagsFocus={onTagsFocus} />
      <div class="actions">
        {session.saved && !confirming && (
          <button type="button" class="button button--quiet" onClick={() => setConfirming(true)}>
            {t('actionDelete')}
          </button>
        )}
        {confirming && (
          <span class="confirm" role="alertdialog" aria-label={t('actionConfirmDelete')}>
            {t('actionConfirmDelete')}
            <button
              type="button"
              class="button button--danger"
              onClick={async () => {
                setConfirming(false);
                await session.remove();
              }}
            >
              {t('actionDelete')}
            </button>
            <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>
              {t('actionCancel')}
            </button>
          </span>
        )}
        <span class="popup__spacer" />
        <span class="hint">{t('shortcutSave')}</span>
        <button type="button" class="button button--primary" disabled={!canSave || session.saving} onClick={() => void session.save()}>
          {session.saving ? t('actionSaving') : session.saved ? t('actionUpdate') : t('actionSave')}
        </button>
      </div>
      {session.saved && !confirming && savedFooter}
    </>
  );
}
