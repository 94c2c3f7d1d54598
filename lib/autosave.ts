/** The name of the port through which the popup streams its edits to the background. */
export const AUTOSAVE_PORT = 'gleaner-autosave';
