import { useState } from 'preact/hooks';
import type { ImportMode, ImportPreview } from '@/lib/backup/import';
import type { Translate } from '@/lib/i18n';

export interface ImportPreviewFormProps {
  t: Translate;
  formatNumber(n: number): string;
  name: string;
  preview: ImportPreview;
  onImport(mode: ImportMode): void;
  onCancel(): void;
}

/** What the file holds against the library, and the choice between merge and replace. */
export function ImportPreviewForm({ t, formatNumber: n, name, preview, onImport, onCancel }: ImportPreviewFormProps) {
  // Merge first and by default: it cannot lose anything.
  const [mode, setMode] = useState<ImportMode>('merge');
  const destructive = mode === 'replace' && preview.removedByReplace > 0;
  return (
    <form
      class="backup__preview"
      onSubmit={(event) => {
        event.preventDefault();
        onImport(mode);
      }}
    >
      <p data-testid="backup-preview">
        {t('backupPreviewCounts', name, n(preview.clips), n(preview.highlights), n(preview.templates), n(preview.settings))}{' '}
        {t('backupPreviewCompare', n(preview.libraryClips), n(preview.newClips), n(preview.newerClips), n(preview.olderClips))}
      </p>
      <fieldset class="backup__modes">
        <legend>{t('backupModeLegend')}</legend>
        <label>
          <input type="radio" name="mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <strong>{t('backupModeMerge')}</strong> <span class="backup__hint">{t('backupModeMergeHint')}</span>
        </label>
        <label>
          <input type="radio" name="mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <strong>{t('backupModeReplace')}</strong>{' '}
          <span class="backup__hint">{t('backupModeReplaceHint', n(preview.removedByReplace))}</span>
        </label>
      </fieldset>
      <div class="backup__actions">
        <button type="submit" class={`button ${destructive ? 'button--danger' : 'button--primary'}`}>
          {mode === 'replace' ? t('backupModeReplace') : t('backupImportButton')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('backupCancel')}
        </button>
      </div>
    </form>
  );
}
