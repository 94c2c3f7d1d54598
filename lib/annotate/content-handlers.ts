import type { ContentCalls, Handlers } from '../protocol';
import type { AnnotatorSession } from './session';
import type { HighlightColor } from './types';

export interface ContentHandlerDeps {
  /** The page's current selection as a range, or null when nothing is selected. */
  selection: () => Range | null;
  /** The colour to use when the caller names none (the last one the user picked). */
  defaultColor: () => HighlightColor;
  /** After a highlight is made from a call (context menu, shortcut): clear the selection. */
  highlighted?: () => void;
}

/** The annotator's answers to ContentCalls (from the popup and the background). */
export function contentHandlers(session: AnnotatorSession, deps: ContentHandlerDeps): Handlers<ContentCalls> {
  return {
    scrollToHighlight: ({ id }) => session.scrollTo(id),
    highlightSelection: async ({ color }) => {
      const range = deps.selection();
      if (!range) return null;
      const result = await session.createFromRange(range, color ?? deps.defaultColor());
      if (!result.ok) throw new Error(result.error);
      if (result.value) deps.highlighted?.();
      return result.value;
    },
    anchorStatus: () => session.status(),
    syncHighlights: async () => {
      const result = await session.restore();
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
  };
}
