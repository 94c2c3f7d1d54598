import type { MessageKey, Translate } from '@/lib/i18n';
import type { FilterKey } from '@/lib/search/query-lexer';
import { hasFilter, toggleFilter } from '@/lib/search/query-edit';

export interface FilterChipsProps {
  query: string;
  t: Translate;
  /** The most used tags, offered as chips. */
  tags: readonly string[];
  onChange(query: string): void;
}

interface Chip {
  key: FilterKey;
  value: string;
  label: MessageKey | null;
}

const FIXED: Chip[] = [
  { key: 'week', value: 'this', label: 'searchChipThisWeek' },
  { key: 'week', value: 'last', label: 'searchChipLastWeek' },
  { key: 'status', value: 'to-read', label: 'searchStatusToRead' },
  { key: 'status', value: 'reading', label: 'searchStatusReading' },
  { key: 'status', value: 'done', label: 'searchStatusDone' },
  { key: 'kind', value: 'arxiv', label: 'searchKindArxiv' },
  { key: 'kind', value: 'blog', label: 'searchKindBlog' },
];

/**
 * Toggle buttons that add or remove a filter in the query text: the box stays the one truth,
 * and what a chip does can be read (and typed) there.
 */
export function FilterChips({ query, t, tags, onChange }: FilterChipsProps) {
  const chips: Chip[] = [...FIXED, ...tags.map((tag): Chip => ({ key: 'tag', value: tag, label: null }))];
  return (
    <div class="search-chips" role="group" aria-label={t('searchFilters')}>
      {chips.map((chip) => {
        const on = hasFilter(query, chip.key, chip.value);
        return (
          <button
            key={`${chip.key}:${chip.value}`}
            type="button"
            class={`search-chip${on ? ' is-on' : ''}`}
            aria-pressed={on}
            title={`${chip.key}:${chip.value}`}
            onClick={() => onChange(toggleFilter(query, chip.key, chip.value))}
          >
            {chip.label ? t(chip.label) : `#${chip.value}`}
          </button>
        );
      })}
    </div>
  );
}
