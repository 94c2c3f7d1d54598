import type { CoalesceKey } from './port-rpc';

/** The name of the port through which the popup sends its writes to the background. */
export const AUTOSAVE_PORT = 'gleaner-autosave';

/** Autosaves of the same clip (or draft) supersede each other; everything else runs. */
export const coalesceAutosaves: CoalesceKey = (request) => {
  const args = request.args as { clipId?: unknown; key?: unknown } | null;
  if (request.call === 'updateNotes' && typeof args?.clipId === 'string') return `notes:${args.clipId}`;
  if (request.call === 'saveDraft' && typeof args?.key === 'string') return `draft:${args.key}`;
  return null;
};
