import type { ComponentChild } from 'preact';
import type { Marked } from '@/lib/search/snippet';

export interface MarkedTextProps {
  marked: Marked;
}

/** Text with its matched ranges in <mark> elements: built as nodes, never as HTML. */
export function MarkedText({ marked }: MarkedTextProps) {
  const { text, ranges } = marked;
  const parts: ComponentChild[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start < at || end <= start) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
