import { useState } from 'preact/hooks';
import type { ExportActions } from '@/components/digest/export-actions';
import type { NoteLang } from '@/lib/export/note-format';
import type { Translate } from '@/lib/i18n';
import type { GleanerDB } from '@/lib/store/db';

export interface ClipExportBarProps {
  db: GleanerDB;
  clipId: string;
  /** The headings' language in the note (the UI's language). */
  lang: NoteLang;
  t: Translate;
  actions: ExportActions;
}

type Export = 'note' | 'bibtex' | 'download';

/** One clip out of Gleaner: copy its Markdown note, copy its BibTeX, or download the note. */
export function ClipExportBar({ db, clipId, lang, t, actions }: ClipExportBarProps) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (what: Export) => {
    try {
      const { clipExportTexts } = await import('./clip-export-texts');
      const texts = await clipExportTexts(db, clipId, lang);
      if (!texts) {
        setStatus({ text: t('exportClipGone'), error: true });
        return;
      }
      if (what === 'note') {
        await actions.copyText(texts.note);
        setStatus({ text: t('exportCopiedNote'), error: false });
      } else if (what === 'bibtex') {
        await actions.copyText(texts.bibtex);
        setStatus({ text: t('exportCopiedBibtex'), error: false });
      } else {
        actions.download(texts.fileName, texts.note);
        setStatus({ text: t('exportDownloaded', texts.fileName), error: false });
      }
    } catch (error) {
      // The browser's reason ends with its own full stop; the message adds one.
      const reason = (error instanceof Error ? error.message : String(error)).replace(/[.。]\s*$/, '');
      setStatus({ text: t('exportFailed', reason), error: true });
    }
  };

  return (
    <div class="clip-export" role="group" aria-label={t('exportGroup')}>
      <button type="button" class="button button--quiet" onClick={() => void run('note')}>
        {t('exportCopyNote')}
      </button>
      <button type="button" class="button button--quiet" onClick={() => void run('bibtex')}>
        {t('exportCopyBibtex')}
      </button>
      <button type="button" class="button button--quiet" onClick={() => void run('download')}>
        {t('exportDownloadNote')}
      </button>
      {status && (
        <span class={status.error ? 'clip-export__status clip-export__status--error' : 'clip-export__status'} role="status">
          {status.text}
        </span>
      )}
    </div>
  );
}
