import type { GleanerDB } from '../store/db';

/**
 * The most used tags, for the filter chips: the tag index's distinct keys, each counted by the
 * index itself (no clip row is read). A library has tens or hundreds of tags, not thousands.
 */
export async function popularTags(db: GleanerDB, count = 6): Promise<string[]> {
  return db.transaction('r', db.clips, async () => {
    const tags = (await db.clips.orderBy('tags').uniqueKeys()).map(String);
    const uses = await Promise.all(tags.map((tag) => db.clips.where('tags').equals(tag).count()));
    return tags
      .map((tag, i) => ({ tag, uses: uses[i]! }))
      .sort((a, b) => b.uses - a.uses || a.tag.localeCompare(b.tag))
      .slice(0, count)
      .map(({ tag }) => tag);
  });
}
