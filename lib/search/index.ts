/** Search: the public API (the store only needs `clipTerms` from ./terms). */
export { searchClips, DEFAULT_LIMIT, type SearchHit, type SearchHint, type SearchOptions, type SearchOutcome } from './search';
export { rebuildSearchIndex, ensureSearchIndex, type RebuildReport } from './rebuild';
export { parseQuery, type ParsedQuery, type QueryProblem, type QueryFilters, type QueryUnit } from './query';
export { popularTags } from './popular-tags';
export { toggleFilter, hasFilter, filterToken } from './query-edit';
export type { FilterKey } from './query-lexer';
export type { Marked, Snippet, SnippetField } from './snippet';
export type { Range } from './match';
