import type { Highlight, HighlightColor } from '@/lib/annotate/types';
import type { Translate } from '@/lib/i18n';
import { Adder } from './Adder';
import { NoteEditor } from './NoteEditor';
import { placeNear, type Box, type Viewport } from './placement';

export type AnnotatorView =
  | { kind: 'hidden' }
  | { kind: 'adder'; anchor: Box }
  | { kind: 'editor'; anchor: Box; highlight: Highlight };

export interface AnnotatorAppProps {
  view: AnnotatorView;
  viewport: Viewport;
  /** The last colour picked: what "Highlight" uses. */
  color: HighlightColor;
  /** An error to show (saving failed…), or null. */
  message: string | null;
  onHighlight: (color: HighlightColor, withNote: boolean) => void;
  onSaveNote: (id: string, note: string) => void;
  onRecolor: (id: string, color: HighlightColor) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
  onDismissMessage: () => void;
  t: Translate;
}

const ADDER_SIZE = { width: 250, height: 40 };
const EDITOR_SIZE = { width: 320, height: 210 };

/** Gleaner's whole in-page UI, rendered in a shadow root by the annotator content script. */
export function AnnotatorApp(props: AnnotatorAppProps) {
  const { view, viewport, t } = props;
  return (
    <>
      {view.kind === 'adder' && <Adder position={placeNear(view.anchor, ADDER_SIZE, viewport)} color={props.color} onHighlight={props.onHighlight} t={t} />}
      {view.kind === 'editor' && (
        <NoteEditor
          position={placeNear(view.anchor, EDITOR_SIZE, viewport)}
          highlight={view.highlight}
          onSave={(note) => props.onSaveNote(view.highlight.id, note)}
          onColor={(color) => props.onRecolor(view.highlight.id, color)}
          onDelete={() => props.onDelete(view.highlight.id)}
          onClose={props.onClose}
          t={t}
        />
      )}
      {props.message && (
        <div class="panel toast" role="alert">
          <span>{props.message}</span>
          <button type="button" class="quiet" onClick={props.onDismissMessage}>
            {t('annotateDismiss')}
          </button>
        </div>
      )}
    </>
  );
}
