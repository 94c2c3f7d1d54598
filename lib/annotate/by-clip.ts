/** Highlights (or anything else with a clipId) grouped by clip, each group in the order given. */
export function byClip<T extends { clipId: string }>(items: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.clipId);
    if (group) group.push(item);
    else groups.set(item.clipId, [item]);
  }
  return groups;
}
