import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { backupParts, collectBackup } from '@/lib/backup/export';
import { importBackup } from '@/lib/backup/import';
import { parseBackup } from '@/lib/backup/read';
import type { BackupFile } from '@/lib/backup/format';
import type { GleanerDB } from '@/lib/store/db';
import { freshDb } from '../../helpers/db';
import { libraryArb, seed } from './arbitraries';
import { expectIndexCurrent } from './expect-index';

const EXPORTED = new Date('2026-11-22T09:00:00Z');

function reread(backup: BackupFile, db: GleanerDB): BackupFile {
  const read = parseBackup(backupParts(backup).join(''), db.verno);
  if (!read.ok) throw new Error(`own export rejected: ${JSON.stringify(read.problem)}`);
  return read.value;
}

describe('backup round trip', () => {
  test('export → wipe → import → export gives the same data, in either mode', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, fc.constantFrom('merge' as const, 'replace' as const), async (library, mode) => {
        const before = freshDb();
        await seed(before, library);
        const first = await collectBackup(before, EXPORTED);
        await before.delete();

        const after = freshDb();
        const result = await importBackup(after, reread(first, after), mode);
        expect(result).toMatchObject({ added: library.clips.length, highlights: library.highlights.length, orphanHighlights: 0 });
        const second = await collectBackup(after, EXPORTED);
        expect(second).toEqual(first);
        await expectIndexCurrent(after);

        // The file text itself is stable from the second generation on (key order included).
        const again = freshDb();
        await importBackup(again, reread(second, again), 'replace');
        expect(backupParts(await collectBackup(again, EXPORTED)).join('')).toBe(backupParts(second).join(''));
        await Promise.all([after.delete(), again.delete()]);
      }),
      { numRuns: 40 },
    );
  });

  test('the file is one JSON object with the documented header and one record a line', async () => {
    const db = freshDb();
    await seed(db, fc.sample(libraryArb.filter((l) => l.clips.length >= 2), { numRuns: 1, seed: 7 })[0]!);
    const backup = await collectBackup(db, EXPORTED);
    const text = backupParts(backup).join('');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format', 'version', 'schemaVersion', 'exportedAt', 'counts', 'clips', 'highlights', 'templates', 'settings']);
    expect(json).toMatchObject({ format: 'gleaner-backup', version: 1, schemaVersion: db.verno, exportedAt: EXPORTED.toISOString() });
    expect(json.counts).toEqual({ clips: backup.clips.length, highlights: backup.highlights.length, templates: backup.templates.length, settings: backup.settings.length });
    const clipLines = text.split('\n').filter((line) => line.includes('"canonicalKey"'));
    expect(clipLines).toHaveLength(backup.clips.length);
    expect(Object.keys(backup.clips[0]!).at(-1)).toBe('content');
  });
});
