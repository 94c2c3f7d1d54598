/** TeX as pages store it → TeX as a Markdown note writes it. */

/**
 * LaTeXML wraps long `alttext`s with `%` + newline (a TeX comment, so the formula means the same);
 * the break is dropped, and an escaped `\%` is left alone.
 */
export function cleanTex(tex: string): string {
  return tex
    .replace(/(^|[^\\])%[ \t]*\r?\n[ \t]*/g, '$1')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/** `\displaystyle` at the very start of a display formula says nothing a `$$` block does not. */
export function stripLeadingDisplayStyle(tex: string): string {
  return tex.replace(/^\\displaystyle\s*/, '');
}
