import type { MessageKey, Translate } from '@/lib/i18n';
import type { SearchHit } from '@/lib/search/search';
import type { SnippetField } from '@/lib/search/snippet';
import { MarkedText } from './MarkedText';

export interface SearchResultProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  t: Translate;
  onOpenClip(id: string): void;
  onOpenPage(url: string): void;
  onHover(): void;
}

const FIELD_LABELS: Record<SnippetField, MessageKey> = {
  tldr: 'searchFieldTldr',
  problem: 'searchFieldProblem',
  method: 'searchFieldMethod',
  results: 'searchFieldResults',
  future: 'searchFieldFuture',
  abstract: 'searchFieldAbstract',
  highlight: 'searchFieldHighlight',
  note: 'searchFieldNote',
  authors: 'searchFieldAuthors',
  tags: 'searchFieldTags',
  source: 'searchFieldSource',
};

function source(hit: SearchHit): string {
  const { clip } = hit;
  if (clip.arxivId) return `arXiv:${clip.arxivId}`;
  if (clip.siteName) return clip.siteName;
  try {
    return new URL(clip.url).host;
  } catch {
    return clip.url;
  }
}

function authors(list: readonly string[], etAl: string): string {
  return list.length <= 2 ? list.join(', ') : `${list.slice(0, 2).join(', ')} ${etAl}`;
}

/** One result: an option of the listbox (the query box keeps the focus and moves through them). */
export function SearchResult({ hit, id, active, t, onOpenClip, onOpenPage, onHover }: SearchResultProps) {
  const { clip, snippet } = hit;
  const meta = [source(hit), authors(clip.authors, t('searchEtAl')), t('searchSaved', clip.createdAt.slice(0, 10))].filter(Boolean);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      class={`search-result${active ? ' is-active' : ''}`}
      onClick={(event) => ((event.ctrlKey || event.metaKey) ? onOpenPage(clip.url) : onOpenClip(clip.id))}
      onMouseMove={onHover}
    >
      <div class="search-result__head">
        <span class="search-result__title">
          <MarkedText marked={hit.title.text ? hit.title : { text: clip.url, ranges: [] }} />
        </span>
        <a
          class="search-result__open"
          href={clip.url}
          tabIndex={-1}
          title={t('searchOpenPage')}
          aria-label={t('searchOpenPage')}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            onOpenPage(clip.url);
          }}
        >
          ↗
        </a>
      </div>
      <div class="search-result__meta">{meta.join(' · ')}</div>
      {snippet && (
        <div class="search-result__snippet">
          <span class="search-result__field">{t(FIELD_LABELS[snippet.field])}</span> <MarkedText marked={snippet} />
        </div>
      )}
      {clip.tags.length > 0 && <div class="search-result__tags">{clip.tags.map((tag) => `#${tag}`).join(' ')}</div>}
    </li>
  );
}
