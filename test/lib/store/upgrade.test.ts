import { describe, expect, test } from 'vitest';
import { getClip, restoreClip } from '@/lib/store/clips';
import { highlightsOf } from '@/lib/store/highlights';
import { indexedDocs, rebuildWithin, searchDoc, type SearchTables } from '@/lib/search/index-store';
import { searchClips } from '@/lib/search/search';
import type { ClipRow, SearchHeadRow } from '@/lib/store/db';
import type { Highlight } from '@/lib/annotate/types';
import { GleanerDB } from '@/lib/store/db';
import { expectedIndexDocs } from '../../helpers/search-index';
import { dumpTables, loadFixtures, openWithCurrent, writeOldDatabase, type DbFixture } from './upgrade-helpers';

/**
 * Schema upgrades: a database written by any earlier version opens with today's code, every record
 * intact. See docs/ARCHITECTURE.md, "Schema versions", for the procedure when adding version n + 1.
 */

const fixtures = loadFixtures();
const current = new GleanerDB('upgrade-version-probe').verno;
/** Derived tables: the search index of each version, checked apart (expectedSearchIndex). */
const DERIVED = ['searchIndex', 'searchBase', 'searchDelta', 'searchHighlights'];

/**
 * What each table must hold after today's code opens a database of `fixture.version`: the rows as
 * written, transformed by every upgrade() after that version. A version that changes rows adds
 * its step here, mirroring its upgrade() (e.g. `if (from < 3) clips = clips.map(addField)`).
 */
function expectedAfterUpgrade(fixture: DbFixture): Record<string, unknown[]> {
  const tables = Object.fromEntries(Object.entries(fixture.tables).filter(([name]) => !DERIVED.includes(name)));
  // v2: the terms' version moved from settings into the index's head row.
  if (fixture.version < 2) tables.settings = tables.settings!.filter((row) => row.key !== 'searchTermsVersion');
  return tables;
}

describe('schema upgrades', () => {
  test('there is a fixture for every schema version up to the current one', () => {
    // A new version n + 1 cannot ship without the database version n wrote (write it BEFORE bumping).
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('a database written by v%i', (_version, fixture) => {
    test('opens with today\u2019s code with every record intact, and an index of today\u2019s terms', async () => {
      const db = await openWithCurrent(await writeOldDatabase(fixture));
      expect(db.verno).toBe(current);
      const dump = await dumpTables(db);
      const tables = Object.fromEntries(Object.entries(dump).filter(([name]) => !DERIVED.includes(name)));
      expect(tables).toEqual(expectedAfterUpgrade(fixture));
      const clips = tables.clips as ClipRow[];
      const highlights = tables.highlights as Highlight[];
      // Opened at its own version the index is read as stored; opened by a newer one, rebuilt.
      if (fixture.version === current) {
        expect(dump.searchBase).toEqual(fixture.tables.searchBase);
        expect(dump.searchDelta).toEqual(fixture.tables.searchDelta);
        expect(dump.searchHighlights).toEqual(fixture.tables.searchHighlights);
      }
      expect(await indexedDocs(db)).toEqual(expectedIndexDocs(clips, highlights));
      const withHighlights = clips.filter((clip) => highlights.some((h) => h.clipId === clip.id));
      expect((dump.searchHighlights as { clipId: string }[]).map((row) => row.clipId).sort()).toEqual(withHighlights.map((clip) => clip.id).sort());
      db.close();
    });

    test('is usable: contents, highlights, search and the trash work on it', async () => {
      const db = await openWithCurrent(await writeOldDatabase(fixture));
      for (const row of await db.clips.toArray()) {
        const clip = await getClip(db, row.id);
        expect(clip?.content.length).toBeGreaterThan(0);
        for (const highlight of await highlightsOf(db, row.id)) {
          expect(highlight.clipId).toBe(row.id);
        }
        // Each clip is found by a word of its own title.
        const word = searchDoc(row, []).terms.find((term) => term.startsWith('1:'))!.slice(2);
        const outcome = await searchClips(db, word);
        expect(outcome.kind === 'results' && outcome.hits.map((hit) => hit.clip.id)).toContain(row.id);
      }
      for (const trashed of await db.trash.toArray()) {
        expect(await restoreClip(db, trashed.id)).toBe(true);
        expect(await highlightsOf(db, trashed.id)).toHaveLength(trashed.highlights.length);
        expect((await searchClips(db, trashed.clip.title)).kind).toBe('results');
      }
      db.close();
    });
  });
});

/**
 * A rehearsal of the procedure with a made-up version 3 (never shipped): it adds an index and,
 * as every upgrade that changes what terms are made of must, rebuilds the search index inside the
 * upgrade transaction. It proves the helpers drive a version change from every fixture.
 */
class RehearsalV3 extends GleanerDB {
  constructor(name: string) {
    super(name);
    this.version(3)
      .stores({ clips: 'id, &canonicalKey, url, updatedAt, createdAt, *tags, status, kind, rating' })
      .upgrade(async (tx) => {
        const names = ['clips', 'highlights', 'searchBase', 'searchDelta', 'searchHighlights'] as const;
        await rebuildWithin(Object.fromEntries(names.map((name) => [name, tx.table(name)])) as unknown as SearchTables);
      });
  }
}

test.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('rehearsal: a version 3 opens v%i data intact and rebuilds the search index', async (_v, fixture) => {
  const db = new RehearsalV3(await writeOldDatabase(fixture));
  await db.open();
  expect(db.verno).toBe(3);
  const dump = await dumpTables(db);
  expect(Object.fromEntries(Object.entries(dump).filter(([name]) => !DERIVED.includes(name)))).toEqual(expectedAfterUpgrade(fixture));
  expect(await db.searchDelta.count()).toBe(0);
  expect(((await db.searchBase.get('head')) as SearchHeadRow).docs).toBe((fixture.tables.clips ?? []).length);
  expect(await db.clips.where('rating').equals(5).count()).toBe(1);
  db.close();
});
