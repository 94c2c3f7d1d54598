import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight, HighlightColor } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import { ColorSwatches } from './ColorSwatches';

export interface NoteEditorProps {
  position: { top: number; left: number };
  highlight: Pick<Highlight, 'id' | 'quote' | 'note' | 'color'>;
  /** Saves the note; called on Done, Escape and Ctrl/⌘+Enter, only when the text changed. */
  onSave: (note: string) => void;
  onColor: (color: HighlightColor) => void;
  onDelete: () => void;
  onClose: () => void;
  t: Translate;
}

/** A highlight's note, colour and delete button, next to the highlight. */
export function NoteEditor({ position, highlight, onSave, onColor, onDelete, onClose, t }: NoteEditorProps) {
  const [note, setNote] = useState(highlight.note);
  const [confirming, setConfirming] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setNote(highlight.note);
    setConfirming(false);
    field.current?.focus();
  }, [highlight.id]);

  const finish = () => {
    if (note !== highlight.note) onSave(note);
    onClose();
  };

  return (
    <div
      class="panel editor"
      role="dialog"
      aria-label={t('annotateNoteLabel')}
      data-testid="gleaner-note-editor"
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          finish();
        }
      }}
    >
      <blockquote class={`quote quote-${highlight.color}`}>{highlight.quote}</blockquote>
      <textarea
        ref={field}
        rows={3}
        aria-label={t('annotateNoteLabel')}
        placeholder={t('annotateNotePlaceholder')}
        value={note}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <div class="row">
        <ColorSwatches value={highlight.color} onPick={onColor} t={t} />
        <span class="spacer" />
        <button type="button" class={confirming ? 'danger' : 'quiet'} onClick={() => (confirming ? onDelete() : setConfirming(true))}>
          {confirming ? t('annotateConfirmDelete') : t('annotateDelete')}
        </button>
        <button type="button" class="primary" onClick={finish}>
          {t('annotateDone')}
        </button>
      </div>
    </div>
  );
}
