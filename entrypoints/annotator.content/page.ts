import { canonicalKeyFromUrl } from '@/lib/clip/canonical';
import type { PageRef } from '@/lib/protocol';
import type { Box } from '@/components/annotator/placement';

/** The page as the store knows it, read at each use (single-page apps change their URL). */
export function currentPage(): PageRef {
  return { url: location.href, title: document.title, canonicalKey: canonicalKeyFromUrl(location.href) };
}

function editable(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/** The user's selection in the page's body as a range of our own, or null (none, empty, in a form field). */
export function selectedRange(): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!document.body?.contains(range.commonAncestorContainer) || editable(range.commonAncestorContainer)) return null;
  if (range.toString().trim() === '') return null;
  return range.cloneRange();
}

/** Where a range ends on screen (the adder goes next to the end of the selection). */
export function endBox(range: Range): Box {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { top: last.top, left: last.left, bottom: last.bottom, right: last.right };
}

export function boundingBox(range: Range): Box {
  const rect = range.getBoundingClientRect();
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}

export function viewport(): { width: number; height: number } {
  return { width: window.innerWidth, height: window.innerHeight };
}
