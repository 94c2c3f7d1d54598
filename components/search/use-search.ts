import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
 * Searches `query` and keeps the results live: a clip saved or edited in another context (the
 * background writes) shows up without a new keystroke, because Dexie's liveQuery re-runs the
 * search when a write touches the index ranges it read.
 *
 * Debounced on both edges: a change after a pause (the first keystroke, a paste, a chip) is
 * searched at once, so a single word feels instant; changes that follow it within `debounceMs`
 * are searched once typing pauses, so a fast typist does not queue a search per letter.
 */
export function useSearch(db: GleanerDB, query: string, options: UseSearchOptions): SearchState {
  const [state, setState] = useState<SearchState>({ outcome: null, query: '', error: null });
  // When the query last changed. The query the panel opens with is not a change: the first
  // keystroke after it is searched at once too.
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const opened = useRef(false);
  // A layout effect runs right after the render that the keystroke caused, not a frame later.
  useLayoutEffect(() => {
    let subscription: { unsubscribe(): void } | null = null;
    const start = () => {
      const live = liveQuery(() => searchClips(db, query, { limit: options.limit, now: options.now?.() }));
      subscription = live.subscribe({
        next: (outcome) => setState({ outcome, query, error: null }),
        error: (error: unknown) => setState((s) => ({ ...s, query, error: error instanceof Error ? error.message : String(error) })),
      });
    };
    const now = performance.now();
    const idle = now - lastChange.current >= options.debounceMs;
    if (opened.current) lastChange.current = now;
    opened.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (idle) start();
    else timer = setTimeout(start, options.debounceMs);
    return () => {
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [db, query, options.limit]);
  return state;
}
