/**
 * Automatic restore of highlights, site by site. On arXiv the annotator is declared in the
 * manifest; on any other site it runs only where the user turned restore on, which grants that
 * one origin (optional host permission) and registers the annotator for it
 * (`scripting.registerContentScripts`). These are the pure parts of that: match patterns and the
 * list of sites.
 */

/** The id of the one dynamically registered annotator script; its `matches` are the sites. */
export const SITE_SCRIPT_ID = 'gleaner-annotator-sites';

/** Where the annotator is declared in the manifest (keep in sync with annotator.content). */
export const DECLARED_MATCHES = ['*://arxiv.org/*', '*://*.arxiv.org/*'];

/** The match pattern for a page's origin (`https://example.org/*`), or null (file:, chrome:, …). */
export function originPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // Match patterns have no port: `http://127.0.0.1/*` covers every port of that host.
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Whether the manifest's own annotator already runs on this page. */
export function isDeclaredSite(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && (hostname === 'arxiv.org' || hostname.endsWith('.arxiv.org'));
  } catch {
    return false;
  }
}

/** The site list with `pattern` added or removed, sorted and without duplicates. */
export function withSite(patterns: readonly string[], pattern: string, enabled: boolean): string[] {
  const set = new Set(patterns);
  if (enabled) set.add(pattern);
  else set.delete(pattern);
  return [...set].sort();
}
