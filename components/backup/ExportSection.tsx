import { useState } from 'preact/hooks';
import { backupParts, collectBackup } from '@/lib/backup/export';
import { backupFileName } from '@/lib/backup/format';
import type { Translate } from '@/lib/i18n';
import { describeError } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';
import type { SaveFile } from './save-file';

export interface ExportSectionProps {
  db: GleanerDB;
  t: Translate;
  save: SaveFile;
  formatNumber(n: number): string;
}

type ExportState = { step: 'idle' } | { step: 'working' } | { step: 'done'; message: string } | { step: 'failed'; message: string };

export function ExportSection({ db, t, save, formatNumber }: ExportSectionProps) {
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  const run = async () => {
    setState({ step: 'working' });
    try {
      const now = new Date();
      const backup = await collectBackup(db, now);
      const name = backupFileName(now);
      save(new Blob(backupParts(backup), { type: 'application/json' }), name);
      setState({ step: 'done', message: t('backupExported', name, formatNumber(backup.counts.clips), formatNumber(backup.counts.highlights)) });
    } catch (error) {
      setState({ step: 'failed', message: t('backupExportFailed', describeError(error)) });
    }
  };

  return (
    <section class="backup__section" aria-labelledby="backup-export">
      <h3 id="backup-export">{t('backupExportHeading')}</h3>
      <p class="backup__hint">{t('backupExportHint')}</p>
      <button type="button" class="button button--primary" onClick={run} disabled={state.step === 'working'}>
        {state.step === 'working' ? t('backupExporting') : t('backupExportButton')}
      </button>
      {state.step === 'done' && <p role="status">{state.message}</p>}
      {state.step === 'failed' && <p role="alert" class="backup__error">{state.message}</p>}
    </section>
  );
}
