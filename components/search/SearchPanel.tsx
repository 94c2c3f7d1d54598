import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { GleanerDB } from '@/lib/store/db';
import { popularTags } from '@/lib/search/popular-tags';
import { FilterChips } from './FilterChips';
import { SearchResult } from './SearchResult';
import { SearchStatus } from './SearchStatus';
import { useSearch } from './use-search';
import './search.css';

export interface SearchPanelProps {
  /** Read directly (no message to the background): search reads, the background writes. */
  db: GleanerDB;
  t: Translate;
  /** Enter, or a click on a result. */
  onOpenClip(id: string): void;
  /** Ctrl/Cmd+Enter, Ctrl/Cmd+click, or the ↗ on a result. */
  onOpenPage(url: string): void;
  autoFocus?: boolean;
  initialQuery?: string;
  /** Called as the query changes, e.g. to keep it for the next time the popup opens. */
  onQueryChange?(query: string): void;
  /** Hits shown (default 30). */
  limit?: number;
  /** Pause after typing before searching (default 120 ms). */
  debounceMs?: number;
  /** The clock for "this week" (tests). */
  now?: () => Date;
  /**
   * Called each time the outcome (results or a hint) of the query being searched is in the
   * document, in the task that put it there; not for an older query's late results.
   */
  onResults?(query: string, hits: number): void;
  /** Each new value focuses the box and selects its text (e.g. Ctrl/Cmd+K in the popup). */
  focusRequest?: number;
  /** Leave out the filter syntax line, for a narrow place such as the popup. */
  compact?: boolean;
}

let panels = 0;

/**
 * One query box over the whole library, filter chips, and ranked results. The box keeps the
 * focus; ↑/↓ move through the results (aria-activedescendant), Enter opens the clip,
 * Ctrl/Cmd+Enter its page, Escape clears the box.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { db, t, onOpenClip, onOpenPage } = props;
  const [uid] = useState(() => `search-${(panels += 1)}`);
  // What the box shows, and what is searched: they differ while an input method composes
  // (pinyin letters are not the query; the characters chosen at the end are).
  const [text, setText] = useState(props.initialQuery ?? '');
  const [query, setQuery] = useState(text);
  // The place in the results belongs to the query it was chosen for: a new query starts at the
  // top, a live refresh of the same query keeps the place.
  const [place, setPlace] = useState({ query: '', index: 0 });
  const [tags, setTags] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const { outcome, error, query: shownQuery } = useSearch(db, query, {
    debounceMs: props.debounceMs ?? 120,
    limit: props.limit ?? 30,
    now: props.now,
  });
  const hits = outcome?.kind === 'results' ? outcome.hits : [];
  const active = place.query === shownQuery ? Math.min(place.index, hits.length - 1) : 0;
  const current = hits[active];
  const setActive = (index: number) => setPlace({ query: shownQuery, index });

  useEffect(() => {
    if (props.autoFocus) input.current?.focus();
    // Chips for tags come after the first results: they are a convenience, not the answer.
    const timer = setTimeout(() => popularTags(db).then(setTags, () => setTags([])), 50);
    return () => clearTimeout(timer);
  }, [db]);
  useEffect(() => {
    if (!props.focusRequest) return;
    input.current?.focus();
    input.current?.select();
  }, [props.focusRequest]);
  useLayoutEffect(() => {
    if (outcome && shownQuery === query) props.onResults?.(shownQuery, hits.length);
  }, [outcome]);
  useEffect(() => {
    const option = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [active, outcome]);

  const change = (next: string) => {
    setText(next);
    setQuery(next);
    props.onQueryChange?.(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && current && !event.isComposing) {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) onOpenPage(current.clip.url);
      else onOpenClip(current.clip.id);
    } else if (event.key === 'Escape' && event.isComposing) {
      // The input method cancels what is being composed; nothing else should happen.
      event.preventDefault();
    } else if (event.key === 'Escape' && text) {
      // Handled here, so whatever hosts the panel (the popup closes on Escape) leaves it be.
      event.preventDefault();
      change('');
    }
  };

  const optionId = (i: number) => `${uid}-option-${i}`;
  return (
    <section class="search">
      <label class="visually-hidden" for={`${uid}-box`}>
        {t('searchLabel')}
      </label>
      <input
        ref={input}
        id={`${uid}-box`}
        class="search__box"
        // type=text: ARIA in HTML allows the combobox role on it, not on type=search.
        type="text"
        enterkeyhint="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={`${uid}-results`}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(active) : undefined}
        aria-describedby={`${uid}-keys`}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={text}
        onInput={(event) => {
          if ((event as InputEvent).isComposing) setText(event.currentTarget.value);
          else change(event.currentTarget.value);
        }}
        onCompositionEnd={(event) => change(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <FilterChips query={text} t={t} tags={tags} onChange={(next) => {
        change(next);
        input.current?.focus();
      }} />
      <SearchStatus outcome={outcome} error={error} t={t} />
      <ul ref={list} id={`${uid}-results`} class="search__results" role="listbox" aria-label={t('searchLabel')}>
        {hits.map((hit, i) => (
          <SearchResult
            key={hit.clip.id}
            id={optionId(i)}
            hit={hit}
            active={i === active}
            t={t}
            onOpenClip={onOpenClip}
            onOpenPage={onOpenPage}
            onHover={() => i !== active && setActive(i)}
          />
        ))}
      </ul>
      <p id={`${uid}-keys`} class="search__keys">
        {t('searchKeys')}
        {!props.compact && (
          <>
            <br />
            {t('searchSyntax')}
          </>
        )}
      </p>
    </section>
  );
}
