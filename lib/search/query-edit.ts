import { lexQuery, type FilterKey } from './query-lexer';

/**
 * Filter chips edit the query text itself, so that the box always shows the whole query and a
 * typed filter and a clicked chip are the same thing.
 */

/** `tag:nlp`, or `tag:"state space"` when the value has spaces or quotes. */
export function filterToken(key: FilterKey, value: string): string {
  return /[\s"]/.test(value) ? `${key}:"${value.replace(/"/g, '')}"` : `${key}:${value}`;
}

function sameValue(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

export function hasFilter(query: string, key: FilterKey, value: string): boolean {
  return lexQuery(query).some((p) => p.type === 'filter' && p.key === key && sameValue(p.value, value));
}

/** Adds the filter, or removes every occurrence of it if it is there. */
export function toggleFilter(query: string, key: FilterKey, value: string): string {
  const pieces = lexQuery(query);
  const present = pieces.some((p) => p.type === 'filter' && p.key === key && sameValue(p.value, value));
  if (!present) return `${query.trimEnd()} ${filterToken(key, value)}`.trimStart();
  return pieces
    .filter((p) => !(p.type === 'filter' && p.key === key && sameValue(p.value, value)))
    .map((p) => p.raw)
    .join(' ');
}
