import { useState } from 'preact/hooks';
import type { DigestClip } from '@/lib/digest/context';
import { hasSummary } from '@/lib/clip/model';
import type { Translate } from '@/lib/i18n';

export interface ClipOrderListProps {
  /** In digest order. */
  clips: DigestClip[];
  excluded: ReadonlySet<string>;
  onToggle(id: string): void;
  onMove(from: number, to: number): void;
  onSortByDate(newestFirst: boolean): void;
  onExportNote(clip: DigestClip): void;
  onCopyBibtex(clip: DigestClip): void;
  t: Translate;
}

/** The chosen clips: tick to include, drag (or the arrow buttons) to reorder, export one clip. */
export function ClipOrderList({ clips, excluded, onToggle, onMove, onSortByDate, onExportNote, onCopyBibtex, t }: ClipOrderListProps) {
  const [dragging, setDragging] = useState<number | null>(null);
  if (clips.length === 0) return <p class="digest-empty">{t('digestNoClips')}</p>;
  return (
    <div class="digest-order">
      <div class="digest-order-tools">
        <button type="button" onClick={() => onSortByDate(false)}>
          {t('digestOldestFirst')}
        </button>
        <button type="button" onClick={() => onSortByDate(true)}>
          {t('digestNewestFirst')}
        </button>
      </div>
      <ol data-testid="digest-clips">
        {clips.map((clip, index) => (
          <li
            key={clip.id}
            draggable
            class={dragging === index ? 'dragging' : undefined}
            onDragStart={(event) => {
              setDragging(index);
              event.dataTransfer?.setData('text/plain', clip.id);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragging !== null && dragging !== index) onMove(dragging, index);
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
          >
            <span class="digest-handle" aria-hidden="true">
              ⋮⋮
            </span>
            <label class="digest-clip-title">
              <input type="checkbox" checked={!excluded.has(clip.id)} onChange={() => onToggle(clip.id)} />
              {clip.title || clip.url}
            </label>
            {!hasSummary(clip.summary) && <span class="digest-badge">{t('digestToSummarize')}</span>}
            <span class="digest-row-actions">
              <button type="button" aria-label={t('digestMoveUp', clip.title)} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                ↑
              </button>
              <button type="button" aria-label={t('digestMoveDown', clip.title)} disabled={index === clips.length - 1} onClick={() => onMove(index, index + 1)}>
                ↓
              </button>
              <button type="button" title={t('digestExportNote')} onClick={() => onExportNote(clip)}>
                .md
              </button>
              <button type="button" title={t('digestCopyBibtex')} onClick={() => onCopyBibtex(clip)}>
                BibTeX
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
