import { describe, expect, test } from 'vitest';
import { importBackup, previewImport } from '@/lib/backup/import';
import { readNoteFiles, type NoteFile, type NoteParser, type ParsedNote } from '@/lib/backup/notes';
import { emptyMetadata, emptySummary } from '@/lib/clip/model';
import { getClip, saveClip } from '@/lib/store/clips';
import { putHighlight } from '@/lib/store/highlights';
import { freshDb, pageClip } from '../../helpers/db';
import { expectIndexCurrent } from './expect-index';

/**
 * The importer takes lib/export's parseClipNote as a parameter. These tests use a test double: a
 * "note" here is `gleaner-note` + JSON of a ParsedNote, so they test the import, not the parsing.
 */
const parseDouble: NoteParser = (markdown) => (markdown.startsWith('gleaner-note\n') ? (JSON.parse(markdown.slice(13)) as ParsedNote) : null);

function note(n: number, extra: Partial<ParsedNote> = {}): ParsedNote {
  const url = `https://a.org/${n}`;
  return {
    page: { ...emptyMetadata(url, `Paper ${n}`), canonicalKey: `url:${url}`, kind: 'blog', content: `Body ${n}`, warnings: [] },
    notes: { summary: { ...emptySummary(), tldr: `tldr ${n}` }, tags: ['notes'], status: 'done', rating: 4 },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    highlights: [{ quote: `quote ${n}`, note: 'why it matters' }],
    ...extra,
  };
}

function file(name: string, text: string, size = text.length): NoteFile {
  return { name, size, text: async () => text };
}
const noteFile = (name: string, parsed: ParsedNote) => file(name, `gleaner-note\n${JSON.stringify(parsed)}`);

describe('importing a folder of Gleaner notes', () => {
  test('notes become clips with their highlights; other files are skipped with a reason', async () => {
    const db = freshDb();
    const reading = await readNoteFiles(db, [
      noteFile('paper-1.md', note(1)),
      noteFile('paper-2.md', note(2, { createdAt: '2026-10-05', updatedAt: null })),
      file('README.md', '# My notes'),
      file('figure.png', 'png'),
      file('huge.md', 'x', 6 * 1024 * 1024),
      noteFile('broken.md', note(3, { notes: { ...note(3).notes, rating: 9 } })),
    ], parseDouble);
    expect(reading.skipped).toEqual([
      { name: 'README.md', reason: 'not-a-note' },
      { name: 'figure.png', reason: 'not-markdown' },
      { name: 'huge.md', reason: 'too-large' },
      { name: 'broken.md', reason: 'invalid' },
    ]);
    expect(await previewImport(db, reading.backup)).toMatchObject({ clips: 2, highlights: 2, newClips: 2 });
    await importBackup(db, reading.backup, 'merge');
    const clips = await db.clips.orderBy('canonicalKey').toArray();
    expect(clips.map((c) => [c.title, c.summary.tldr, c.rating, c.createdAt])).toEqual([
      ['Paper 1', 'tldr 1', 4, '2026-11-01T00:00:00.000Z'],
      ['Paper 2', 'tldr 2', 4, '2026-10-05T00:00:00.000Z'],
    ]);
    expect((await getClip(db, clips[0]!.id))?.content).toBe('Body 1');
    const highlight = await db.highlights.where('clipId').equals(clips[0]!.id).first();
    expect(highlight).toMatchObject({ quote: 'quote 1', note: 'why it matters', selectors: [{ type: 'TextQuoteSelector', exact: 'quote 1' }] });
    await expectIndexCurrent(db);
  });

  test('a note older than the library keeps the library; its new quotes are added once, however often it is imported', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, pageClip({ url: 'https://a.org/1', canonicalKey: 'url:https://a.org/1', content: 'library text' }), { summary: { ...emptySummary(), tldr: 'mine' } }, new Date('2026-11-10T00:00:00Z'));
    const stamp = '2026-11-10T00:00:00.000Z';
    await putHighlight(db, { id: 'h', clipId: clip.id, url: clip.url, selectors: [], quote: 'quote 1', note: '', color: 'green', createdAt: stamp, updatedAt: stamp });
    const parsed = note(1, { highlights: [{ quote: 'quote 1', note: 'dup' }, { quote: 'new quote', note: '' }] });
    for (let round = 0; round < 2; round++) {
      const reading = await readNoteFiles(db, [noteFile('paper-1.md', parsed)], parseDouble);
      await importBackup(db, reading.backup, 'merge');
    }
    expect((await getClip(db, clip.id))).toMatchObject({ content: 'library text', summary: { tldr: 'mine' } });
    expect((await db.highlights.toArray()).map((h) => h.quote).sort()).toEqual(['new quote', 'quote 1']);
  });

  test('a note newer than the library wins, and keeps what only the library knew', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, pageClip({ url: 'https://a.org/1', canonicalKey: 'url:https://a.org/1', pdfUrl: 'https://a.org/1.pdf' }), { summary: { ...emptySummary(), method: 'library method' } }, new Date('2026-10-01T00:00:00Z'));
    const reading = await readNoteFiles(db, [noteFile('paper-1.md', note(1))], parseDouble);
    expect(await importBackup(db, reading.backup, 'merge')).toMatchObject({ updated: 1, added: 0 });
    const after = await getClip(db, clip.id);
    expect(after).toMatchObject({ id: clip.id, createdAt: clip.createdAt, pdfUrl: 'https://a.org/1.pdf', summary: { tldr: 'tldr 1', method: 'library method' }, content: 'Body 1' });
    await expectIndexCurrent(db);
  });

  test('two notes of one paper: the newer is imported, the other is reported', async () => {
    const db = freshDb();
    const reading = await readNoteFiles(db, [
      noteFile('old.md', note(1, { updatedAt: '2026-11-01T00:00:00.000Z' })),
      noteFile('new.md', note(1, { updatedAt: '2026-11-05T00:00:00.000Z', notes: { ...note(1).notes, tags: ['newer'] } })),
    ], parseDouble);
    expect(reading.skipped).toEqual([{ name: 'old.md', reason: 'duplicate' }]);
    expect(reading.backup.clips.map((c) => c.tags)).toEqual([['newer']]);
  });
});
