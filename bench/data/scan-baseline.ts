import type { ClipRow, GleanerDB } from '../../lib/store/db';
import { parseQuery, type QueryFilters } from '../../lib/search/query';
import { lexQuery } from '../../lib/search/query-lexer';

/**
 * The baseline search: what one writes without an index. Read every clip row and every highlight
 * (`toArray()`, i.e. IndexedDB getAll, the fastest way to read a whole table), then keep the
 * clips whose lower-cased text contains every typed word (`String.includes`), apply the same
 * filters naively, newest first. The same texts as the index (no content Markdown), no ranking,
 * no folding beyond toLowerCase: a lower bound on what a scan costs.
 */
export async function scanSearch(db: GleanerDB, query: string, limit = 30, now = new Date()): Promise<ClipRow[]> {
  const words = lexQuery(query).flatMap((piece) =>
    piece.type === 'filter' ? [] : piece.text.toLowerCase().split(/\s+/).filter((word) => word && !/^(this|last|week)$/.test(word)),
  );
  const { filters } = parseQuery(query, now);
  const [rows, highlights] = await db.transaction('r', [db.clips, db.highlights], () =>
    Promise.all([db.clips.toArray(), db.highlights.toArray()]),
  );
  const notes = new Map<string, string>();
  for (const h of highlights) notes.set(h.clipId, `${notes.get(h.clipId) ?? ''} ${h.quote} ${h.note}`.toLowerCase());
  const hits = rows.filter((row) => {
    if (!passes(row, filters)) return false;
    const text = rowText(row);
    const extra = notes.get(row.id) ?? '';
    return words.every((word) => text.includes(word) || extra.includes(word));
  });
  return hits.sort((a, b) => (a.id < b.id ? 1 : -1)).slice(0, limit);
}

function rowText(row: ClipRow): string {
  const s = row.summary;
  return [row.title, row.authors.join(' '), row.abstract ?? '', s.tldr, s.problem, s.method, s.results, s.future, row.tags.join(' '), row.siteName ?? '', row.arxivId ?? '']
    .join(' ')
    .toLowerCase();
}

function passes(row: ClipRow, filters: QueryFilters): boolean {
  const tags = row.tags.map((tag) => tag.toLowerCase());
  if (!filters.tags.every((tag) => tags.includes(tag.toLowerCase()))) return false;
  const authors = row.authors.join(' ').toLowerCase();
  if (!filters.authors.every((units) => units.every((unit) => authors.includes(unit.text)))) return false;
  if (filters.statuses.length && !filters.statuses.includes(row.status)) return false;
  if (filters.kinds.length && !filters.kinds.includes(row.kind)) return false;
  const { from, to } = filters.saved;
  if (from && row.createdAt < from.toISOString()) return false;
  if (to && row.createdAt >= to.toISOString()) return false;
  return true;
}
