import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import type { GleanerDB } from '@/lib/store/db';
import { searchClips, type SearchOutcome } from '@/lib/search/search';

export interface SearchState {
  outcome: SearchOutcome | null;
  /** The query of `outcome` (the box may already hold a newer one). */
  query: string;
  error: string | null;
}

export interface UseSearchOptions {
  debounceMs: number;
  limit: number;
  now?: () => Date;
}

/**
 * Searches `query` once typing pauses, and keeps the results live: a clip saved or edited in
 * another context (the background writes) shows up without a new keystroke, because Dexie's
 * liveQuery re-runs the search when a write touches the index ranges it read.
 */
export function useSearch(db: GleanerDB, query: string, options: UseSearchOptions): SearchState {
  const [state, setState] = useState<SearchState>({ outcome: null, query: '', error: null });
  useEffect(() => {
    let subscription: { unsubscribe(): void } | null = null;
    // The first, empty query runs at once: the recent clips show as the panel opens.
    const delay = state.outcome === null && query.trim() === '' ? 0 : options.debounceMs;
    const timer = setTimeout(() => {
      const live = liveQuery(() => searchClips(db, query, { limit: options.limit, now: options.now?.() }));
      subscription = live.subscribe({
        next: (outcome) => setState({ outcome, query, error: null }),
        error: (error: unknown) => setState((s) => ({ ...s, query, error: error instanceof Error ? error.message : String(error) })),
      });
    }, delay);
    return () => {
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [db, query, options.limit]);
  return state;
}
