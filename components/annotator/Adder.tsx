import type { HighlightColor } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import { ColorSwatches } from './ColorSwatches';

export interface AdderProps {
  position: { top: number; left: number };
  /** The colour "Highlight" uses: the last one picked. */
  color: HighlightColor;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  t: Translate;
}

/**
 * The small toolbar next to a selection: Highlight (last colour), a colour to highlight with,
 * or Note (highlight and open the note editor). Pressing it must not clear the page's selection:
 * mousedown's default is prevented.
 */
export function Adder({ position, color, onHighlight, t }: AdderProps) {
  return (
    <div class="panel adder" role="toolbar" aria-label="Gleaner" style={{ top: `${position.top}px`, left: `${position.left}px` }} onMouseDown={(event) => event.preventDefault()}>
      <button type="button" class="primary" data-testid="gleaner-highlight" onClick={() => onHighlight(color, false)}>
        {t('annotateHighlight')}
      </button>
      <ColorSwatches value={null} onPick={(picked) => onHighlight(picked, false)} t={t} />
      <button type="button" data-testid="gleaner-highlight-note" title={t('annotateHighlightWithNoteLabel')} aria-label={t('annotateHighlightWithNoteLabel')} onClick={() => onHighlight(color, true)}>
        {t('annotateHighlightWithNote')}
      </button>
    </div>
  );
}
