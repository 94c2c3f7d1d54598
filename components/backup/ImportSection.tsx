import { useState } from 'preact/hooks';
import type { BackupFile } from '@/lib/backup/format';
import { importBackup, previewImport, type ImportMode, type ImportPreview, type ImportResult } from '@/lib/backup/import';
import { readBackup } from '@/lib/backup/read';
import type { Translate } from '@/lib/i18n';
import { describeError } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';
import { describeProblem } from './describe-problem';
import { ImportPreviewForm } from './ImportPreviewForm';

export interface ImportSectionProps {
  db: GleanerDB;
  t: Translate;
  formatNumber(n: number): string;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'refused'; message: string }
  | { step: 'preview'; name: string; backup: BackupFile; preview: ImportPreview }
  | { step: 'importing' }
  | { step: 'done'; result: ImportResult }
  | { step: 'failed'; message: string };

/** Pick a file → it is read and checked → preview and a choice → one transaction → the outcome. */
export function ImportSection({ db, t, formatNumber }: ImportSectionProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const n = formatNumber;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading', name: file.name });
    const read = await readBackup(file, db.verno);
    if (!read.ok) {
      setState({ step: 'refused', message: describeProblem(read.problem, t) });
      return;
    }
    setState({ step: 'preview', name: file.name, backup: read.value, preview: await previewImport(db, read.value) });
  };

  const run = async (backup: BackupFile, mode: ImportMode) => {
    setState({ step: 'importing' });
    try {
      setState({ step: 'done', result: await importBackup(db, backup, mode) });
    } catch (error) {
      setState({ step: 'failed', message: t('backupImportFailed', describeError(error)) });
    }
    setInputKey((k) => k + 1);
  };

  const cancel = () => {
    setState({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  return (
    <section class="backup__section" aria-labelledby="backup-import">
      <h3 id="backup-import">{t('backupImportHeading')}</h3>
      <p class="backup__hint">{t('backupImportHint')}</p>
      <label class="field">
        <span class="field__label">{t('backupChooseFile')}</span>
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          disabled={state.step === 'reading' || state.step === 'importing'}
          onChange={(event) => choose(event.currentTarget.files?.[0])}
        />
      </label>
      {state.step === 'reading' && <p role="status">{t('backupReading', state.name)}</p>}
      {state.step === 'refused' && <p role="alert" class="backup__error">{state.message}</p>}
      {state.step === 'preview' && (
        <ImportPreviewForm
          t={t}
          formatNumber={n}
          name={state.name}
          preview={state.preview}
          onImport={(mode) => run(state.backup, mode)}
          onCancel={cancel}
        />
      )}
      {state.step === 'importing' && <p role="status">{t('backupImporting')}</p>}
      {state.step === 'done' && (
        <div role="status">
          <p>{t('backupImported', n(state.result.added), n(state.result.updated), n(state.result.kept), n(state.result.highlights))}</p>
          {state.result.orphanHighlights > 0 && <p>{t('backupOrphans', n(state.result.orphanHighlights))}</p>}
        </div>
      )}
      {state.step === 'failed' && <p role="alert" class="backup__error">{state.message}</p>}
    </section>
  );
}
