/**
 * How big and how deep a page is, in one iterative pass (no recursion: the page may be nested
 * deeper than the call stack allows). Decides whether the full pipeline is safe to run.
 */
export interface PageStats {
  elements: number;
  maxDepth: number;
}

export function measurePage(root: Element): PageStats {
  let elements = 0;
  let maxDepth = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    elements += 1;
    if (depth > maxDepth) maxDepth = depth;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return { elements, maxDepth };
}

/** Past this many elements Readability's scoring takes seconds: the cheap path runs instead. */
export const MAX_ELEMENTS_FOR_READABILITY = 60_000;
/** Past this depth recursive DOM code (Readability, Turndown) may overflow the stack. */
export const MAX_DEPTH = 400;
