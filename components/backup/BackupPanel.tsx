import { useMemo } from 'preact/hooks';
import type { PanelProps } from '@/components/options/panels';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { NotesImportSection } from './NotesImportSection';
import { noteParser } from './note-parser';
import type { NoteParser } from '@/lib/backup/notes';
import { saveWithLink, type SaveFile } from './save-file';
import './backup.css';

export interface BackupPanelProps extends PanelProps {
  /** How the file reaches the disk; tests pass a fake. */
  save?: SaveFile;
  /** The reader of Gleaner's Markdown notes; without one, the notes import is not offered. */
  parseNote?: NoteParser | null;
}

/**
 * Backup and restore. The options page reads and writes the database itself here, rather than
 * through the background like the popup: a backup can exceed what one extension message may carry
 * (64 MiB in Chrome), and an IndexedDB transaction is atomic whichever page runs it; if the tab
 * closes half way, the import is rolled back.
 */
export function BackupPanel({ platform, t, save = saveWithLink, parseNote = noteParser }: BackupPanelProps) {
  const format = useMemo(() => new Intl.NumberFormat(platform.uiLanguage || undefined), [platform.uiLanguage]);
  const formatNumber = (n: number) => format.format(n);
  return (
    <section class="panel backup">
      <h2>{t('backupTitle')}</h2>
      <p>{t('backupIntro')}</p>
      <ExportSection db={platform.db} t={t} save={save} formatNumber={formatNumber} />
      <ImportSection db={platform.db} t={t} formatNumber={formatNumber} />
      {parseNote && <NotesImportSection db={platform.db} t={t} parse={parseNote} formatNumber={formatNumber} />}
    </section>
  );
}
