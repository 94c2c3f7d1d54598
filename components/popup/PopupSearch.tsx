import type { Translate } from '@/lib/i18n';
import type { GleanerDB } from '@/lib/store/db';
import { SearchPanel } from '@/components/search/SearchPanel';

export interface PopupSearchProps {
  db: GleanerDB;
  t: Translate;
  /** The query to show: kept by the popup, so that leaving the tab and coming back keeps it. */
  query: string;
  /** Each new value focuses the box (Ctrl/Cmd+K). */
  focusRequest: number;
  onQueryChange(query: string): void;
  onOpenClip(id: string): void;
  onOpenPage(url: string): void;
}

/** The results mark the benchmark times a query by (README, "What the popup tells the bench"). */
export const SEARCH_RESULTS_MARK = 'gleaner:search-results';

function markResults(query: string, hits: number): void {
  performance.mark(SEARCH_RESULTS_MARK, { detail: { query, hits } });
}

/**
 * The popup's Search tab: the library's search panel, narrow. Loaded with a dynamic import
 * (see SearchTab.tsx) because the first frame of the popup is the summary form.
 */
export function PopupSearch({ db, t, query, focusRequest, onQueryChange, onOpenClip, onOpenPage }: PopupSearchProps) {
  return (
    <SearchPanel
      db={db}
      t={t}
      autoFocus
      compact
      initialQuery={query}
      focusRequest={focusRequest}
      limit={20}
      onQueryChange={onQueryChange}
      onOpenClip={onOpenClip}
      onOpenPage={onOpenPage}
      onResults={markResults}
    />
  );
}
