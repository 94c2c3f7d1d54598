import { describe, expect, test } from 'vitest';
import { getClip, restoreClip } from '@/lib/store/clips';
import { highlightsOf } from '@/lib/store/highlights';
import { clipTerms } from '@/lib/search/terms';
import type { ClipRow } from '@/lib/store/db';
import type { Highlight } from '@/lib/annotate/types';
import { GleanerDB } from '@/lib/store/db';
import { dumpTables, loadFixtures, openWithCurrent, writeOldDatabase, type DbFixture } from './upgrade-helpers';

/**
 * Schema upgrades: a database written by any earlier version opens with today's code, every record
 * intact. See docs/ARCHITECTURE.md, "Schema versions", for the procedure when adding version n + 1.
 */

const fixtures = loadFixtures();
const current = new GleanerDB('upgrade-version-probe').verno;

/**
 * What each table must hold after today's code opens a database of `fixture.version`: the rows as
 * written, transformed by every upgrade() after that version. A version that changes rows adds
 * its step here, mirroring its upgrade() (e.g. `if (from < 2) clips = clips.map(addField)`).
 * The search index is derived data and is checked apart (expectedSearchIndex).
 */
function expectedAfterUpgrade(fixture: DbFixture): Record<string, unknown[]> {
  const { searchIndex: _derived, ...tables } = fixture.tables;
  return tables;
}

/**
 * Opened at its own version, the index is read as stored. Opened by a newer version, the index
 * must have been rebuilt with today's clipTerms: each upgrade() ends by rebuilding it, so that a
 * change in how terms are made (or in what a clip holds) never leaves old terms behind.
 */
function expectedSearchIndex(fixture: DbFixture, clips: ClipRow[], highlights: Highlight[]): unknown[] {
  if (fixture.version === current) return fixture.tables.searchIndex ?? [];
  return clips.map((clip) => ({ clipId: clip.id, terms: clipTerms(clip, highlights.filter((h) => h.clipId === clip.id)) }));
}

describe('schema upgrades', () => {
  test('there is a fixture for every schema version up to the current one', () => {
    // A new version n + 1 cannot ship without the database version n wrote (write it BEFORE bumping).
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  describe.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('a database written by v%i', (_version, fixture) => {
    test('opens with today\u2019s code with every record intact', async () => {
      const db = await openWithCurrent(await writeOldDatabase(fixture));
      expect(db.verno).toBe(current);
      const { searchIndex, ...tables } = await dumpTables(db);
      expect(tables).toEqual(expectedAfterUpgrade(fixture));
      const clips = tables.clips as ClipRow[];
      expect(searchIndex).toEqual(expectedSearchIndex(fixture, clips, tables.highlights as Highlight[]));
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
        // The multi-entry index still answers: each clip is found by one of its own terms.
        const term = (await db.searchIndex.get(row.id))?.terms[0] ?? '';
        expect(await db.searchIndex.where('terms').equals(term).primaryKeys()).toContain(row.id);
      }
      for (const trashed of await db.trash.toArray()) {
        expect(await restoreClip(db, trashed.id)).toBe(true);
        expect(await highlightsOf(db, trashed.id)).toHaveLength(trashed.highlights.length);
      }
      db.close();
    });
  });
});

/**
 * A rehearsal of the procedure with a made-up version 2 (never shipped): it adds an index and,
 * as every upgrade must, rebuilds the search index inside the upgrade transaction. It proves the
 * helpers drive a real version change, not only a same-version open.
 */
class RehearsalV2 extends GleanerDB {
  constructor(name: string) {
    super(name);
    this.version(2)
      .stores({ clips: 'id, &canonicalKey, url, updatedAt, createdAt, *tags, status, kind, rating' })
      .upgrade(async (tx) => {
        const clips = (await tx.table('clips').toArray()) as ClipRow[];
        const highlights = (await tx.table('highlights').toArray()) as Highlight[];
        const index = clips.map((clip) => ({ clipId: clip.id, terms: [...clipTerms(clip, highlights.filter((h) => h.clipId === clip.id)), 'rebuilt-v2'] }));
        await tx.table('searchIndex').bulkPut(index);
      });
  }
}

test('rehearsal: a version 2 opens v1 data intact and rebuilds the search index', async () => {
  const v1 = fixtures[0]!;
  const db = new RehearsalV2(await writeOldDatabase(v1));
  await db.open();
  expect(db.verno).toBe(2);
  const { searchIndex, ...tables } = await dumpTables(db);
  expect(tables).toEqual(expectedAfterUpgrade(v1));
  expect(searchIndex).toHaveLength((v1.tables.clips ?? []).length);
  for (const row of searchIndex as { terms: string[] }[]) expect(row.terms).toContain('rebuilt-v2');
  expect(await db.clips.where('rating').equals(5).count()).toBe(1);
  db.close();
});
