import { GleanerDB } from '@/lib/store/db';
import { emptyMetadata, type PageClip } from '@/lib/clip/model';

let counter = 0;

/** A fresh database on fake-indexeddb (see test/setup.ts), unique per call. */
export function freshDb(): GleanerDB {
  counter += 1;
  return new GleanerDB(`test-${Date.now()}-${counter}`);
}

export function pageClip(overrides: Partial<PageClip> = {}): PageClip {
  const url = overrides.url ?? 'https://example.org/post';
  return {
    ...emptyMetadata(url, 'A post'),
    canonicalKey: `url:${url}`,
    kind: 'blog',
    content: 'Some text.',
    warnings: [],
    ...overrides,
  };
}
