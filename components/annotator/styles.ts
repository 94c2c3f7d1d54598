import { SWATCHES } from './colors';

/**
 * The in-page UI's CSS, applied inside its shadow root (page styles cannot reach it, and it
 * cannot reach the page). System fonts, and a dark variant for dark pages' readers.
 */
export const ANNOTATOR_CSS = `
:host { all: initial; }
.panel {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.adder { display: flex; align-items: center; gap: 6px; padding: 4px 6px; }
.editor { width: 320px; padding: 10px; display: flex; flex-direction: column; gap: 8px; }
.toast { right: 16px; bottom: 16px; max-width: 420px; padding: 10px 12px; display: flex; gap: 10px; align-items: flex-start; border-color: #cf222e; }
button {
  font: inherit; color: inherit; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px;
  padding: 3px 10px; cursor: pointer; line-height: 1.4;
}
button:hover { background: #eef1f4; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button.primary { background: #1f6feb; border-color: #1f6feb; color: #ffffff; }
button.primary:hover { background: #1a5fd0; }
button.quiet { background: transparent; border-color: transparent; }
button.danger { background: #cf222e; border-color: #cf222e; color: #ffffff; }
.swatches { display: flex; gap: 4px; }
.swatch { width: 18px; height: 18px; padding: 0; border-radius: 50%; border: 2px solid rgba(0, 0, 0, 0.12); }
.swatch[aria-pressed="true"] { border-color: #1f2328; box-shadow: 0 0 0 1px #ffffff inset; }
.quote {
  margin: 0; padding: 2px 0 2px 8px; border-left: 3px solid ${SWATCHES.yellow}; color: #57606a;
  max-height: 4.2em; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical;
}
${Object.entries(SWATCHES).map(([color, value]) => `.quote-${color} { border-left-color: ${value}; }`).join('\n')}
textarea {
  box-sizing: border-box; width: 100%; resize: vertical; min-height: 60px; font: inherit; color: inherit;
  background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 8px;
}
.row { display: flex; align-items: center; gap: 6px; }
.spacer { flex: 1; }
@media (prefers-color-scheme: dark) {
  .panel { color: #e6edf3; background: #161b22; border-color: #30363d; }
  button { background: #21262d; border-color: #30363d; }
  button:hover { background: #30363d; }
  textarea { background: #0d1117; border-color: #30363d; }
  .quote { color: #9da7b3; }
}
`;
