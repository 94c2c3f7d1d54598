import { useState } from 'preact/hooks';
import type { Highlight } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import { COLOR_NAMES, SWATCHES } from '@/components/annotator/colors';

export interface HighlightItemProps {
  highlight: Highlight;
  /** False for a highlight not found on the page: there is nothing to jump to. */
  onPage: boolean;
  onJumpTo: (id: string) => void;
  onDelete: (id: string) => void;
  onEditNote: (id: string, note: string) => void;
  t: Translate;
}

/** Read by screen readers, not shown (the colour bar shows it). */
const VISUALLY_HIDDEN = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** One highlight in the popup: its quote in its colour, its note (editable), and actions. */
export function HighlightItem({ highlight, onPage, onJumpTo, onDelete, onEditNote, t }: HighlightItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && draft !== highlight.note) onEditNote(highlight.id, draft);
    setDraft(null);
  };
  return (
    <li class="highlight" data-highlight-id={highlight.id}>
      <blockquote class="highlight-quote" style={{ borderLeft: `4px solid ${SWATCHES[highlight.color]}`, paddingLeft: '8px', margin: 0 }}>
        <span style={VISUALLY_HIDDEN}>{t(COLOR_NAMES[highlight.color])}: </span>
        {highlight.quote}
      </blockquote>
      {draft === null ? (
        highlight.note && <p class="highlight-note">{highlight.note}</p>
      ) : (
        <textarea
          class="highlight-note-editor"
          aria-label={t('annotateNoteLabel')}
          placeholder={t('annotateNotePlaceholder')}
          value={draft}
          rows={3}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
            if (event.key === 'Escape') setDraft(null);
          }}
        />
      )}
      <div class="highlight-actions">
        {draft === null ? (
          <>
            {onPage && (
              <button type="button" onClick={() => onJumpTo(highlight.id)}>
                {t('highlightsJumpTo')}
              </button>
            )}
            <button type="button" onClick={() => setDraft(highlight.note)}>
              {highlight.note ? t('highlightsEditNote') : t('highlightsAddNote')}
            </button>
            <button type="button" onClick={() => onDelete(highlight.id)}>
              {t('highlightsDelete')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={save}>
              {t('highlightsSaveNote')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('highlightsCancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
