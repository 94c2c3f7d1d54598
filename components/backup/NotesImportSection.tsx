import { useState } from 'preact/hooks';
import type { ImportPreview, ImportResult } from '@/lib/backup/import';
import { importBackup, previewImport } from '@/lib/backup/import';
import { readNoteFiles, type NoteParser, type NotesReading, type SkipReason } from '@/lib/backup/notes';
import type { MessageKey, Translate } from '@/lib/i18n';
import { describeError } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';

export interface NotesImportSectionProps {
  db: GleanerDB;
  t: Translate;
  parse: NoteParser;
  formatNumber(n: number): string;
}

type NotesState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; reading: NotesReading; preview: ImportPreview }
  | { step: 'importing' }
  | { step: 'done'; result: ImportResult; reading: NotesReading }
  | { step: 'failed'; message: string };

const REASONS: Record<SkipReason, MessageKey> = {
  'not-markdown': 'backupSkipNotMarkdown',
  'too-large': 'backupSkipTooLarge',
  'not-a-note': 'backupSkipNotNote',
  invalid: 'backupSkipInvalid',
  duplicate: 'backupSkipDuplicate',
};

/** A folder of Gleaner's own Markdown notes, merged in like a backup (never replacing). */
export function NotesImportSection({ db, t, parse, formatNumber: n }: NotesImportSectionProps) {
  const [state, setState] = useState<NotesState>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);

  const choose = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setState({ step: 'reading' });
    try {
      const reading = await readNoteFiles(db, [...files], parse);
      setState({ step: 'preview', reading, preview: await previewImport(db, reading.backup) });
    } catch (error) {
      setState({ step: 'failed', message: describeError(error) });
    }
  };

  const run = async (reading: NotesReading) => {
    setState({ step: 'importing' });
    try {
      setState({ step: 'done', result: await importBackup(db, reading.backup, 'merge'), reading });
    } catch (error) {
      setState({ step: 'failed', message: t('backupImportFailed', describeError(error)) });
    }
    setInputKey((k) => k + 1);
  };

  const skipped = (reading: NotesReading) =>
    reading.skipped.length > 0 && (
      <p class="backup__hint">{t('backupNotesSkipped', reading.skipped.map((s) => `${s.name} (${t(REASONS[s.reason])})`).join(', '))}</p>
    );

  return (
    <section class="backup__section" aria-labelledby="backup-notes">
      <h3 id="backup-notes">{t('backupNotesHeading')}</h3>
      <p class="backup__hint">{t('backupNotesHint')}</p>
      <label class="field">
        <span class="field__label">{t('backupNotesChoose')}</span>
        <input key={inputKey} type="file" multiple {...{ webkitdirectory: '' }} onChange={(event) => choose(event.currentTarget.files)} />
      </label>
      {state.step === 'preview' && state.preview.clips === 0 && (
        <div role="alert" class="backup__error">
          <p>{t('backupNotesNone')}</p>
          {skipped(state.reading)}
        </div>
      )}
      {state.step === 'preview' && state.preview.clips > 0 && (
        <div class="backup__preview">
          <p data-testid="notes-preview">
            {t('backupNotesPreview', n(state.preview.clips), n(state.preview.highlights), n(state.preview.newClips), n(state.preview.newerClips), n(state.preview.olderClips))}
          </p>
          {skipped(state.reading)}
          <div class="backup__actions">
            <button type="button" class="button button--primary" onClick={() => run(state.reading)}>
              {t('backupImportButton')}
            </button>
            <button type="button" class="button" onClick={() => { setState({ step: 'idle' }); setInputKey((k) => k + 1); }}>
              {t('backupCancel')}
            </button>
          </div>
        </div>
      )}
      {(state.step === 'reading' || state.step === 'importing') && <p role="status">{t('backupImporting')}</p>}
      {state.step === 'done' && (
        <p role="status">{t('backupImported', n(state.result.added), n(state.result.updated), n(state.result.kept), n(state.result.highlights))}</p>
      )}
      {state.step === 'failed' && <p role="alert" class="backup__error">{state.message}</p>}
    </section>
  );
}
