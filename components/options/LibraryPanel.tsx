import { useState } from 'preact/hooks';
import type { ClipRow } from '@/lib/store/db';
import { ClipExportBar } from '@/components/export/ClipExportBar';
import { uiNoteLang } from '@/components/export/note-lang';
import { ClipPreview } from '@/components/search/ClipPreview';
import { SearchPanel } from '@/components/search/SearchPanel';
import { browserExportActions, type ExportActions } from '@/components/digest/export-actions';
import type { PanelProps } from './panels';

export interface LibraryPanelProps extends PanelProps {
  /** Clipboard and download for the export bar (tests watch them). */
  exportActions?: ExportActions;
}

/**
 * The whole library, searchable: the popup's search with room to read. Opening a result shows
 * its notes here; the search (query, results) stays mounted behind it, so Back returns to it.
 */
export function LibraryPanel({ platform, t, exportActions = browserExportActions }: LibraryPanelProps) {
  const [open, setOpen] = useState<ClipRow | null>(null);
  const openClip = async (id: string) => setOpen((await platform.db.clips.get(id)) ?? null);
  return (
    <section class="panel library">
      <h2>{t('searchLibraryTitle')}</h2>
      {open && (
        <ClipPreview clip={open} t={t} onBack={() => setOpen(null)} onOpenPage={platform.openTab}>
          <ClipExportBar db={platform.db} clipId={open.id} lang={uiNoteLang()} t={t} actions={exportActions} />
        </ClipPreview>
      )}
      <div hidden={open !== null}>
        <SearchPanel db={platform.db} t={t} autoFocus onOpenClip={openClip} onOpenPage={platform.openTab} limit={50} />
      </div>
    </section>
  );
}
