/** A rectangle in viewport coordinates (what getBoundingClientRect gives). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Viewport {
  width: number;
  height: number;
}

const GAP = 8;

/**
 * Where to put a floating panel of `size` next to `anchor` (a selection, a highlight): below it
 * when there is room, else above; always inside the viewport, even when the anchor is scrolled
 * out of it (a selection extended with the keyboard).
 */
export function placeNear(anchor: Box, size: { width: number; height: number }, viewport: Viewport): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const maxTop = Math.max(GAP, viewport.height - GAP - size.height);
  let top: number;
  if (below <= maxTop) top = Math.max(GAP, below);
  else if (above >= GAP) top = Math.min(above, maxTop);
  else top = maxTop;
  const maxLeft = Math.max(GAP, viewport.width - GAP - size.width);
  const left = Math.min(Math.max(GAP, anchor.right - size.width / 2), maxLeft);
  return { top: Math.round(top), left: Math.round(left) };
}
