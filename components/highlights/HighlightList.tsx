import type { Highlight } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import { HighlightItem } from './HighlightItem';

export interface HighlightListProps {
  /** The clip's highlights, in the order they were made. */
  highlights: Highlight[];
  /** Ids of highlights the page's annotator could not place: listed apart, never hidden. */
  orphaned: string[];
  /** Scroll the page to a highlight (ContentCalls.scrollToHighlight). */
  onJumpTo: (id: string) => void;
  onDelete: (id: string) => void;
  onEditNote: (id: string, note: string) => void;
  /** False when no annotator answers in the tab (yet): nothing can be jumped to. */
  canJump?: boolean;
  t: Translate;
}

/**
 * A page's highlights in the popup: those on the page first, with a jump to each, then those
 * "not found on this page" (text changed, or made on another version of the paper).
 */
export function HighlightList({ highlights, orphaned, onJumpTo, onDelete, onEditNote, canJump = true, t }: HighlightListProps) {
  const missing = new Set(orphaned);
  const found = highlights.filter((highlight) => !missing.has(highlight.id));
  const lost = highlights.filter((highlight) => missing.has(highlight.id));
  const item = (highlight: Highlight, onPage: boolean) => (
    <HighlightItem key={highlight.id} highlight={highlight} onPage={onPage && canJump} onJumpTo={onJumpTo} onDelete={onDelete} onEditNote={onEditNote} t={t} />
  );
  return (
    <section class="highlights" data-testid="highlight-list" aria-labelledby="highlights-title">
      <h2 id="highlights-title">{t('highlightsTitle', highlights.length)}</h2>
      {highlights.length === 0 && <p class="highlights-empty">{t('highlightsEmpty')}</p>}
      {found.length > 0 && <ul class="highlight-items">{found.map((highlight) => item(highlight, true))}</ul>}
      {lost.length > 0 && (
        <section class="highlights-not-found" aria-labelledby="highlights-not-found-title">
          <h3 id="highlights-not-found-title">{t('highlightsNotFound', lost.length)}</h3>
          <p class="highlights-hint">{t('highlightsNotFoundHint')}</p>
          <ul class="highlight-items">{lost.map((highlight) => item(highlight, false))}</ul>
        </section>
      )}
    </section>
  );
}
