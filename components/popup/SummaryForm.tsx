import { useEffect, useRef } from 'preact/hooks';
import type { Notes, Summary } from '@/lib/clip/model';
import type { MessageKey, Translate } from '@/lib/i18n';
import { ReadingControls } from './ReadingControls';
import { TagInput } from './TagInput';

export interface SummaryFormProps {
  notes: Notes;
  tagSuggestions: string[];
  t: Translate;
  /** Focus the first empty field once, when the form first shows real data. */
  autoFocus: boolean;
  onChange(notes: Notes): void;
  /** The tag field got focus (suggestions are loaded then, not when the popup opens). */
  onTagsFocus?(): void;
}

const LONG_FIELDS: { field: Exclude<keyof Summary, 'tldr'>; label: MessageKey; hint: MessageKey }[] = [
  { field: 'problem', label: 'fieldProblem', hint: 'fieldProblemHint' },
  { field: 'method', label: 'fieldMethod', hint: 'fieldMethodHint' },
  { field: 'results', label: 'fieldResults', hint: 'fieldResultsHint' },
  { field: 'future', label: 'fieldFuture', hint: 'fieldFutureHint' },
];

const FIELD_ORDER: (keyof Summary)[] = ['tldr', 'problem', 'method', 'results', 'future'];

/** The structured summary: a one-line takeaway, four Markdown fields, tags, status, rating. */
export function SummaryForm({ notes, tagSuggestions, t, autoFocus, onChange, onTagsFocus }: SummaryFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!autoFocus || focused.current || !formRef.current) return;
    focused.current = true;
    const first = FIELD_ORDER.find((field) => notes.summary[field].trim() === '') ?? 'tldr';
    formRef.current.querySelector<HTMLElement>(`#field-${first}`)?.focus();
  }, [autoFocus]);

  const setField = (field: keyof Summary, value: string) => onChange({ ...notes, summary: { ...notes.summary, [field]: value } });

  return (
    <form class="summary" ref={formRef} onSubmit={(event) => event.preventDefault()}>
      <label class="field" for="field-tldr">
        <span class="field__label">{t('fieldTldr')}</span>
        <input
          id="field-tldr"
          class="field__input"
          value={notes.summary.tldr}
          placeholder={t('fieldTldrHint')}
          onInput={(event) => setField('tldr', event.currentTarget.value)}
        />
      </label>
      {LONG_FIELDS.map(({ field, label, hint }) => (
        <label class="field" for={`field-${field}`} key={field}>
          <span class="field__label">{t(label)}</span>
          <textarea
            id={`field-${field}`}
            class="field__input field__input--long"
            rows={2}
            value={notes.summary[field]}
            placeholder={t(hint)}
            onInput={(event) => setField(field, event.currentTarget.value)}
          />
        </label>
      ))}
      <div class="field">
        <label class="field__label" for="field-tags">
          {t('fieldTags')}
        </label>
        <TagInput id="field-tags" tags={notes.tags} suggestions={tagSuggestions} t={t} onChange={(tags) => onChange({ ...notes, tags })} onFocus={onTagsFocus} />
      </div>
      <ReadingControls
        status={notes.status}
        rating={notes.rating}
        t={t}
        onStatus={(status) => onChange({ ...notes, status })}
        onRating={(rating) => onChange({ ...notes, rating })}
      />
    </form>
  );
}
