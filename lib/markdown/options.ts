import type TurndownService from 'turndown';

/**
 * Turndown hands its options object to every rule; the address relative links and images are
 * resolved against travels in it, set for each conversion (one service serves every clip).
 */
export interface GleanerTurndownOptions extends TurndownService.Options {
  baseUrl?: string;
  /** The page typesets raw TeX in its text (MathJax, KaTeX): keep `$…$` unescaped. */
  rawTex?: boolean;
}

export function baseUrlOf(options: TurndownService.Options): string | undefined {
  return (options as GleanerTurndownOptions).baseUrl;
}

/** A URL as a Markdown link destination: spaces and parentheses percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function markdownTitle(title: string | null): string {
  const clean = title?.replace(/\s+/g, ' ').trim();
  return clean ? ` "${clean.replace(/"/g, '\\"')}"` : '';
}
