import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { BackupPanel } from '@/components/backup/BackupPanel';
import type { OptionsPlatform } from '@/components/options/options-platform';
import type { NoteParser, ParsedNote } from '@/lib/backup/notes';
import { emptyMetadata, emptySummary } from '@/lib/clip/model';
import { createTranslator } from '@/lib/i18n';
import { fail } from '@/lib/protocol';
import type { GleanerDB } from '@/lib/store/db';
import { freshDb } from '../../helpers/db';

afterEach(cleanup);

/** A test double for lib/export's parseClipNote: `gleaner-note` + JSON. */
const parseDouble: NoteParser = (markdown) => (markdown.startsWith('gleaner-note\n') ? (JSON.parse(markdown.slice(13)) as ParsedNote) : null);

function noteText(n: number): string {
  const url = `https://a.org/${n}`;
  const parsed: ParsedNote = {
    page: { ...emptyMetadata(url, `Paper ${n}`), canonicalKey: `url:${url}`, content: `Body ${n}`, warnings: [] },
    notes: { summary: { ...emptySummary(), tldr: `tldr ${n}` }, tags: [], status: 'to-read', rating: null },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    highlights: [{ quote: `q${n}`, note: '' }],
  };
  return `gleaner-note\n${JSON.stringify(parsed)}`;
}

function setup(db: GleanerDB, parseNote: NoteParser | null) {
  const platform: OptionsPlatform = { db, call: async () => fail('unused'), openTab: () => undefined, uiLanguage: 'en' };
  render(<BackupPanel platform={platform} t={createTranslator('en')} save={() => undefined} parseNote={parseNote} />);
}

function pickFolder(files: File[]) {
  const input = document.querySelector('input[webkitdirectory]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe('Import Markdown notes', () => {
  test('is offered only when a note reader is wired in', () => {
    setup(freshDb(), null);
    expect(screen.queryByText('Import Markdown notes')).toBeNull();
  });

  test('a folder of notes: preview with what is left out, then a merge', async () => {
    const db = freshDb();
    setup(db, parseDouble);
    pickFolder([new File([noteText(1)], 'paper-1.md'), new File([noteText(2)], 'paper-2.md'), new File(['# hello'], 'README.md'), new File(['x'], 'cover.jpg')]);
    const preview = await screen.findByTestId('notes-preview');
    expect(preview.textContent).toBe('Notes found: 2 (highlights: 2). New: 2; newer than yours: 0; as new as yours or older: 0.');
    expect(screen.getByText('Files left out: README.md (not a Gleaner note), cover.jpg (not a Markdown file).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Done. Clips added: 2, updated: 0, kept as they were: 0. Highlights written: 2.');
    expect(await db.clips.count()).toBe(2);
  });

  test('a folder without notes says so and offers nothing to import', async () => {
    const db = freshDb();
    setup(db, parseDouble);
    pickFolder([new File(['# hello'], 'README.md')]);
    expect((await screen.findByRole('alert')).textContent).toContain('There are no Gleaner notes in this folder.');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
