import type { Translate } from '@/lib/i18n';

export type ClipChoice = 'this-week' | 'last-week' | 'week' | 'range' | 'tag' | 'search' | 'all';

export interface ClipSelection {
  choice: ClipChoice;
  /** `2026-W47` for choice `week`. */
  week: string;
  from: string;
  to: string;
  tag: string;
  query: string;
}

export interface ClipChooserProps {
  selection: ClipSelection;
  tags: string[];
  /** What the choice covers, e.g. "2026-W47 · 2026-11-16 – 2026-11-22". */
  summary: string;
  onChange(change: Partial<ClipSelection>): void;
  t: Translate;
}

const CHOICES: [ClipChoice, Parameters<Translate>[0]][] = [
  ['this-week', 'digestThisWeek'],
  ['last-week', 'digestLastWeek'],
  ['week', 'digestPickWeek'],
  ['range', 'digestDateRange'],
  ['tag', 'digestByTag'],
  ['search', 'digestBySearch'],
  ['all', 'digestAllClips'],
];

export function ClipChooser({ selection, tags, summary, onChange, t }: ClipChooserProps) {
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="digest-chooser">
      <legend>{t('digestChooseClips')}</legend>
      <div class="digest-choices" role="radiogroup" aria-label={t('digestChooseClips')}>
        {CHOICES.map(([choice, label]) => (
          <label key={choice}>
            <input type="radio" name="digest-choice" value={choice} checked={selection.choice === choice} onChange={() => onChange({ choice })} />
            {t(label)}
          </label>
        ))}
      </div>
      {selection.choice === 'week' && (
        <label>
          {t('digestWeek')} <input type="week" value={selection.week} placeholder="2026-W47" onInput={(e) => onChange({ week: value(e) })} />
        </label>
      )}
      {selection.choice === 'range' && (
        <span class="digest-range">
          <label>
            {t('digestFrom')} <input type="date" value={selection.from} onInput={(e) => onChange({ from: value(e) })} />
          </label>
          <label>
            {t('digestTo')} <input type="date" value={selection.to} onInput={(e) => onChange({ to: value(e) })} />
          </label>
        </span>
      )}
      {selection.choice === 'tag' && (
        <label>
          {t('digestTag')}{' '}
          <select value={selection.tag} onChange={(e) => onChange({ tag: value(e) })}>
            <option value="">—</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      )}
      {selection.choice === 'search' && (
        <label>
          {t('digestSearch')} <input type="search" value={selection.query} onInput={(e) => onChange({ query: value(e) })} />
        </label>
      )}
      <p class="digest-covers" data-testid="digest-covers">
        {summary}
      </p>
    </fieldset>
  );
}
