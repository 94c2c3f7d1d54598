import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collectBackup } from '@/lib/backup/export';
import { importBackup, previewImport } from '@/lib/backup/import';
import type { BackupFile } from '@/lib/backup/format';
import type { Clip } from '@/lib/clip/model';
import type { Highlight } from '@/lib/annotate/types';
import { freshDb } from '../../helpers/db';
import { libraryArb, seed, timestamp, type Library } from './arbitraries';
import { expectIndexCurrent } from './expect-index';

const NOW = new Date('2026-11-22T09:00:00Z');

function asBackup(library: Library): BackupFile {
  return {
    format: 'gleaner-backup',
    version: 1,
    schemaVersion: 1,
    exportedAt: NOW.toISOString(),
    counts: { clips: library.clips.length, highlights: library.highlights.length, templates: library.templates.length, settings: library.settings.length },
    ...library,
  };
}

/** Ids of the two sides never collide by chance (a collision is tested on its own below). */
function prefixed(library: Library, prefix: string): Library {
  return {
    ...library,
    clips: library.clips.map((clip) => ({ ...clip, id: prefix + clip.id })),
    highlights: library.highlights.map((h) => ({ ...h, id: prefix + h.id, clipId: prefix + h.clipId })),
  };
}

const newer = (a: { updatedAt: string }, b: { updatedAt: string }) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/** `null`: the same updatedAt as the library's copy (a tie keeps yours). */
const stampOrTie = fc.option(timestamp, { nil: null, freq: 3 });

/**
 * A library, a file, and overlaps between them: the same paper saved in both (under another id,
 * or the same one) and the same highlight edited in both, each with its own updatedAt.
 */
const mergeCase = fc
  .tuple(
    libraryArb.map((l) => prefixed(l, 'L')),
    libraryArb.map((l) => prefixed(l, 'I')),
    fc.array(fc.record({ pick: fc.nat(), updatedAt: stampOrTie, sameId: fc.boolean() }), { maxLength: 4 }),
    fc.array(fc.record({ pick: fc.nat(), updatedAt: stampOrTie, note: fc.string() }), { maxLength: 4 }),
  )
  .map(([local, incoming, clipOverlaps, highlightOverlaps]) => {
    const file: Library = { ...incoming, clips: [...incoming.clips], highlights: [...incoming.highlights] };
    const fileIdOf = new Map<string, string>();
    for (const { pick, updatedAt, sameId } of clipOverlaps) {
      const mine = local.clips[pick % Math.max(1, local.clips.length)];
      if (!mine || file.clips.some((c) => c.canonicalKey === mine.canonicalKey)) continue;
      const id = sameId ? mine.id : `I-copy-${mine.id}`;
      fileIdOf.set(mine.id, id);
      file.clips.push({ ...mine, id, title: `${mine.title} (edited elsewhere)`, updatedAt: updatedAt ?? mine.updatedAt });
    }
    for (const { pick, updatedAt, note } of highlightOverlaps) {
      const mine = local.highlights[pick % Math.max(1, local.highlights.length)];
      if (!mine || file.highlights.some((h) => h.id === mine.id)) continue;
      file.highlights.push({ ...mine, clipId: fileIdOf.get(mine.clipId) ?? mine.clipId, note: `${note}!`, updatedAt: updatedAt ?? mine.updatedAt });
    }
    return { local, file };
  });

/** The merge rules, restated plainly: what the library must hold after merging `file` into `local`. */
function expectedMerge(local: Library, file: Library): { clips: Clip[]; highlights: Highlight[] } {
  const byKey = new Map(local.clips.map((clip) => [clip.canonicalKey, clip]));
  const finalId = new Map<string, string>();
  for (const clip of file.clips) {
    const mine = byKey.get(clip.canonicalKey);
    finalId.set(clip.id, mine?.id ?? clip.id);
    if (!mine) byKey.set(clip.canonicalKey, clip);
    else if (newer(clip, mine)) byKey.set(clip.canonicalKey, { ...clip, id: mine.id });
  }
  const localIds = new Set(local.clips.map((c) => c.id));
  const highlights = new Map(local.highlights.map((h) => [h.id, h]));
  for (const h of file.highlights) {
    const clipId = finalId.get(h.clipId) ?? (localIds.has(h.clipId) ? h.clipId : null);
    const mine = highlights.get(h.id);
    if (clipId !== null && (!mine || newer(h, mine))) highlights.set(h.id, { ...h, clipId });
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { clips: [...byKey.values()].sort(byId), highlights: [...highlights.values()].sort(byId) };
}

describe('merge rules (property-based)', () => {
  test('newer updatedAt wins per clip and per highlight; nothing is deleted; a second merge changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(mergeCase, async ({ local, file }) => {
        const db = freshDb();
        await seed(db, local);
        const preview = await previewImport(db, asBackup(file));
        const result = await importBackup(db, asBackup(file), 'merge', NOW);

        const after = await collectBackup(db, NOW);
        const expected = expectedMerge(local, file);
        expect(after.clips).toEqual(expected.clips);
        expect(after.highlights).toEqual(expected.highlights);
        expect(result).toMatchObject({ added: preview.newClips, updated: preview.newerClips, kept: preview.olderClips });
        expect(preview.newClips + preview.newerClips + preview.olderClips).toBe(file.clips.length);
        for (const key of local.clips.map((c) => c.canonicalKey)) {
          expect(after.clips.some((c) => c.canonicalKey === key)).toBe(true);
        }
        await expectIndexCurrent(db);

        await importBackup(db, asBackup(file), 'merge', NOW);
        expect(await collectBackup(db, NOW)).toEqual(after);
        await db.delete();
      }),
      { numRuns: 60 },
    );
  });

  test('replace leaves exactly the file, whatever the library held', async () => {
    await fc.assert(
      fc.asyncProperty(mergeCase, async ({ local, file }) => {
        const db = freshDb();
        await seed(db, local);
        const preview = await previewImport(db, asBackup(file));
        await importBackup(db, asBackup(file), 'replace', NOW);
        const after = await collectBackup(db, NOW);
        expect(after.clips.map((c) => c.id).sort()).toEqual(file.clips.map((c) => c.id).sort());
        expect(after.highlights).toHaveLength(file.highlights.filter((h) => file.clips.some((c) => c.id === h.clipId)).length);
        expect(after.settings).toEqual([...file.settings].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
        expect(preview.removedByReplace).toBe(local.clips.filter((c) => !file.clips.some((f) => f.canonicalKey === c.canonicalKey)).length);
        await expectIndexCurrent(db);
        await db.delete();
      }),
      { numRuns: 30 },
    );
  });
});
