import type { Translate } from '@/lib/i18n';
import type { QueryProblem } from '@/lib/search/query';
import type { SearchOutcome } from '@/lib/search/search';

export interface SearchStatusProps {
  outcome: SearchOutcome | null;
  error: string | null;
  t: Translate;
}

function problemText(problem: QueryProblem, t: Translate): string {
  switch (problem.code) {
    case 'unknown-status':
      return t('searchProblemStatus', problem.value);
    case 'unknown-kind':
      return t('searchProblemKind', problem.value);
    case 'bad-date':
      return problem.key === 'week' ? t('searchProblemWeek', problem.value) : t('searchProblemDate', problem.value, problem.key);
    case 'truncated':
      return t('searchProblemTruncated');
  }
}

function summaryText(outcome: SearchOutcome, t: Translate): string {
  if (outcome.kind === 'hint') {
    if (outcome.hint === 'stop-words') return t('searchHintStopWords', outcome.ignored.join(' '));
    if (outcome.hint === 'no-words') return t('searchHintNoWords');
    if (outcome.hint === 'indexing') return t('searchHintIndexing');
    return t('searchHintBadFilters');
  }
  if (outcome.mode === 'recent') return outcome.total === 0 ? t('searchEmptyLibrary') : t('searchRecent');
  if (outcome.total === 0) return t('searchNoResults');
  const count = !outcome.totalExact
    ? t('searchCountAtLeast', outcome.total)
    : outcome.total === 1
      ? t('searchCountOne')
      : t('searchCount', outcome.total);
  return outcome.total > outcome.hits.length ? `${count}, ${t('searchShowing', outcome.hits.length)}` : count;
}

/** What the results are, or why there are none: announced politely to screen readers. */
export function SearchStatus({ outcome, error, t }: SearchStatusProps) {
  const problems = outcome?.problems ?? [];
  return (
    <div class="search-status" role="status" aria-live="polite">
      {error ? (
        <p class="search-status__error">{t('searchError', error)}</p>
      ) : (
        outcome && <p class={outcome.kind === 'hint' ? 'search-status__hint' : 'search-status__count'}>{summaryText(outcome, t)}</p>
      )}
      {problems.map((problem, i) => (
        <p key={i} class="search-status__problem">
          {problemText(problem, t)}
        </p>
      ))}
    </div>
  );
}
