import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { unionTags } from '@/lib/store/merge';

export interface TagInputProps {
  id: string;
  tags: string[];
  /** Tags already used in the library, offered as completions. */
  suggestions: string[];
  t: Translate;
  onChange(tags: string[]): void;
  onFocus?(): void;
}

/** Tags as removable chips; Enter or a comma adds what was typed, Backspace on empty removes. */
export function TagInput({ id, tags, suggestions, t, onChange, onFocus }: TagInputProps) {
  const [text, setText] = useState('');
  const commit = (value: string) => {
    const parts = value.split(/[,，]/).map((part) => part.trim()).filter(Boolean);
    if (parts.length > 0) onChange(unionTags(tags, parts));
    setText('');
  };
  const listId = `${id}-suggestions`;
  const folded = new Set(tags.map((tag) => tag.toLowerCase()));
  return (
    <div class="tags">
      <ul class="tags__chips">
        {tags.map((tag) => (
          <li key={tag} class="chip">
            {tag}
            <button type="button" class="chip__remove" aria-label={t('fieldTagRemove', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        class="tags__input"
        list={listId}
        value={text}
        placeholder={t('fieldTagsHint')}
        autoComplete="off"
        onInput={(event) => {
          const value = event.currentTarget.value;
          if (/[,，]/.test(value)) commit(value);
          else setText(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
            event.preventDefault();
            commit(text);
          } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onFocus={onFocus}
        onBlur={() => commit(text)}
      />
      <datalist id={listId}>
        {suggestions.filter((s) => !folded.has(s.toLowerCase())).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
