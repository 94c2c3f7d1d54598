/**
 * The query box's syntax, as pieces: `key:value` and `key:"a value"` filters, `"quoted phrases"`
 * and plain text. Nothing here is a regular expression built from the user's text: every
 * character the user types is literal.
 */
export type FilterKey = 'tag' | 'author' | 'status' | 'kind' | 'after' | 'before' | 'week';

export type QueryPiece =
  | { type: 'filter'; key: FilterKey; value: string; raw: string }
  | { type: 'phrase'; text: string; raw: string }
  | { type: 'text'; text: string; raw: string };

/** What users may type before the colon, English and Chinese. */
const KEYS: Record<string, FilterKey> = {
  tag: 'tag',
  tags: 'tag',
  标签: 'tag',
  author: 'author',
  by: 'author',
  作者: 'author',
  status: 'status',
  状态: 'status',
  kind: 'kind',
  type: 'kind',
  类型: 'kind',
  after: 'after',
  since: 'after',
  before: 'before',
  until: 'before',
  week: 'week',
  周: 'week',
};

export function filterKey(name: string): FilterKey | null {
  return KEYS[name.toLowerCase()] ?? null;
}

/** Longer than this, a pasted query is cut: a paragraph is not a search. */
export const MAX_QUERY_CHARS = 1000;

const SMART_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d]/g;
const PIECE = /([\p{L}]+):(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+)/gu;

/** Full-width letters and colons (ＡＩ，标签：蒸馏) and curly quotes become plain ones. */
export function normalizeQuery(query: string): string {
  return query.slice(0, MAX_QUERY_CHARS).normalize('NFKC').replace(SMART_QUOTES, '"');
}

export function lexQuery(query: string): QueryPiece[] {
  const pieces: QueryPiece[] = [];
  for (const match of normalizeQuery(query).matchAll(PIECE)) {
    const [raw, name, quotedValue, bareValue, phrase, text] = match;
    if (name !== undefined) {
      const key = filterKey(name);
      const value = quotedValue ?? bareValue ?? '';
      if (key) pieces.push({ type: 'filter', key, value: value.trim(), raw });
      else pieces.push({ type: 'text', text: raw, raw });
    } else if (phrase !== undefined) {
      pieces.push({ type: 'phrase', text: phrase, raw });
    } else if (text !== undefined) {
      pieces.push({ type: 'text', text, raw });
    }
  }
  return pieces;
}
