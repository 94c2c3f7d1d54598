/**
 * XPath-like element paths (`/main[1]/article[1]/p[3]`) relative to a root element: the fast
 * hint of a RangeSelector. Only elements count, by local name, so splitting or wrapping text
 * nodes (as the fallback drawer does) never changes a path.
 */

/** Wrappers the fallback drawer adds; they are never containers and never counted. */
export const MARK_TAG = 'gleaner-mark';

function sameNameIndex(element: Element): number {
  const name = element.localName.toLowerCase();
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName.toLowerCase() === name) index += 1;
  }
  return index;
}

/** The path from `root` to `element`, or null when `element` is not inside `root`. */
export function pathTo(root: Element, element: Element): string | null {
  const steps: string[] = [];
  for (let current: Element | null = element; current !== root; current = current.parentElement) {
    if (!current) return null;
    steps.push(`${current.localName.toLowerCase()}[${sameNameIndex(current)}]`);
  }
  return `/${steps.reverse().join('/')}`;
}

const STEP = /^([^[\]/]+)\[(\d+)\]$/;

/** The element a path names under `root`, or null when the page no longer has it. */
export function resolvePath(root: Element, path: string): Element | null {
  let current: Element = root;
  for (const step of path.split('/').filter(Boolean)) {
    const match = STEP.exec(step);
    if (!match) return null;
    const name = match[1]!;
    let remaining = Number(match[2]);
    let found: Element | null = null;
    for (let child = current.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName.toLowerCase() === name && --remaining === 0) {
        found = child;
        break;
      }
    }
    if (!found) return null;
    current = found;
  }
  return current;
}

/** The nearest element holding `node` that is not one of our wrappers. */
export function containerElement(node: Node): Element | null {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && (current.nodeType !== 1 || (current as Element).localName.toLowerCase() === MARK_TAG)) {
    current = current.parentNode;
  }
  return current as Element | null;
}
