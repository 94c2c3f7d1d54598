import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ClipExportBar } from '@/components/export/ClipExportBar';
import type { ExportActions } from '@/components/digest/export-actions';
import type { NoteLang } from '@/lib/export/note-format';
import { createTranslator } from '@/lib/i18n';
import { deleteClip, saveClip } from '@/lib/store/clips';
import type { GleanerDB } from '@/lib/store/db';
import { putHighlight } from '@/lib/store/highlights';
import { freshDb, pageClip } from '../../helpers/db';

afterEach(cleanup);

/** A saved arXiv paper with a summary, one highlight and some content. */
async function seed(db: GleanerDB): Promise<string> {
  const { clip } = await saveClip(
    db,
    pageClip({
      url: 'https://arxiv.org/abs/2301.00001v2',
      canonicalKey: 'arxiv:2301.00001',
      kind: 'arxiv',
      title: 'Scaling: a study of $\\beta$',
      authors: ['Jane Doe', 'Richard Roe'],
      arxivId: '2301.00001',
      arxivVersion: 2,
      primaryCategory: 'cs.LG',
      published: '2023-01-01',
      content: 'The body of the paper.',
    }),
    { summary: { tldr: 'Beta scaling is exact.', problem: 'Sums drift.', method: 'Scale by beta.', results: 'Exact sums.', future: '' } },
  );
  await putHighlight(db, {
    id: 'h1',
    clipId: clip.id,
    url: clip.url,
    selectors: [],
    quote: 'sums are exact',
    note: 'the key claim',
    color: 'yellow',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  });
  return clip.id;
}

function recorder(overrides: Partial<ExportActions> = {}) {
  const out: { kind: string; text: string; fileName?: string }[] = [];
  const actions: ExportActions = {
    copyText: async (text) => void out.push({ kind: 'copy', text }),
    copyRich: async (_html, text) => void out.push({ kind: 'copy', text }),
    download: (fileName, text) => void out.push({ kind: 'download', text, fileName }),
    ...overrides,
  };
  return { out, actions };
}

function show(db: GleanerDB, clipId: string, actions: ExportActions, lang: NoteLang = 'en') {
  const t = createTranslator(lang === 'zh' ? 'zh_CN' : 'en');
  render(<ClipExportBar db={db} clipId={clipId} lang={lang} t={t} actions={actions} />);
}

describe('exporting one clip', () => {
  test('Copy note puts the Markdown note on the clipboard: front matter, summary, highlight, content', async () => {
    const db = freshDb();
    const id = await seed(db);
    const { out, actions } = recorder();
    show(db, id, actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy note' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Note copied as Markdown.'));
    expect(out).toHaveLength(1);
    const note = out[0]!.text;
    expect(note.startsWith('---\n')).toBe(true);
    expect(note).toContain('title: "Scaling: a study of $\\\\beta$"');
    expect(note).toContain('arxivId: "2301.00001"');
    expect(note).toMatch(/## TL;DR\n\nBeta scaling is exact\./);
    expect(note).toMatch(/## Highlights\n\n> sums are exact\n\nthe key claim/);
    expect(note).toMatch(/## Content\n\nThe body of the paper\./);
  });

  test('Copy BibTeX copies an arXiv @misc entry with eprint, archivePrefix and primaryClass', async () => {
    const db = freshDb();
    const id = await seed(db);
    const { out, actions } = recorder();
    show(db, id, actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('BibTeX copied.'));
    const bib = out[0]!.text;
    expect(bib).toMatch(/^@misc\{doe2023\w*,\n/);
    expect(bib).toContain('  eprint = {2301.00001}');
    expect(bib).toContain('  archivePrefix = {arXiv}');
    expect(bib).toContain('  primaryClass = {cs.LG}');
    expect(bib).toContain('  author = {Jane Doe and Richard Roe}');
  });

  test('Download .md saves the same note under the title as file name', async () => {
    const db = freshDb();
    const id = await seed(db);
    const { out, actions } = recorder();
    show(db, id, actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy note' }));
    await waitFor(() => expect(out).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Downloaded Scaling a study of $ beta$.md.'));
    expect(out[1]).toEqual({ kind: 'download', fileName: 'Scaling a study of $ beta$.md', text: out[0]!.text });
  });

  test('in Chinese the note’s headings and the messages are Chinese', async () => {
    const db = freshDb();
    const id = await seed(db);
    const { out, actions } = recorder();
    show(db, id, actions, 'zh');
    fireEvent.click(screen.getByRole('button', { name: '复制笔记' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已复制 Markdown 笔记。'));
    expect(out[0]!.text).toMatch(/## 一句话总结\n\nBeta scaling is exact\./);
  });

  test('a clipboard that refuses says so and what to do instead', async () => {
    const db = freshDb();
    const id = await seed(db);
    const { actions } = recorder({ copyText: () => Promise.reject(new Error('Document is not focused.')) });
    show(db, id, actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Could not export: Document is not focused. Try again, or use Download .md.'),
    );
  });

  test('a clip deleted meanwhile exports nothing and says so', async () => {
    const db = freshDb();
    const id = await seed(db);
    await deleteClip(db, id);
    const { out, actions } = recorder();
    show(db, id, actions);
    fireEvent.click(screen.getByRole('button', { name: 'Copy note' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('This clip is no longer in your library.'));
    expect(out).toEqual([]);
  });
});

describe('with the browser’s own clipboard (stubbed)', () => {
  test('the copied note and BibTeX are exactly what the writers give, from their first line', async () => {
    const { browserExportActions } = await import('@/components/digest/export-actions');
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      const db = freshDb();
      const id = await seed(db);
      show(db, id, browserExportActions);
      fireEvent.click(screen.getByRole('button', { name: 'Copy note' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Note copied as Markdown.'));
      fireEvent.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('BibTeX copied.'));
      expect(written).toHaveLength(2);
      expect(written[0]!.startsWith(
        [
          '---',
          'title: "Scaling: a study of $\\\\beta$"',
          'authors:',
          '  - "Jane Doe"',
          '  - "Richard Roe"',
          'url: "https://arxiv.org/abs/2301.00001v2"',
          'canonicalKey: "arxiv:2301.00001"',
          'kind: "arxiv"',
          'arxivId: "2301.00001"',
          'arxivVersion: 2',
          'primaryCategory: "cs.LG"',
          '',
        ].join('\n'),
      )).toBe(true);
      expect(written[0]).toMatch(/\ngleaner: 1\n---\n\n# Scaling: a study of \$\\beta\$\n/);
      expect(written[1]).toBe(
        [
          '@misc{doe2023scaling,',
          '  title = {{Scaling: a study of $\\beta$}},',
          '  author = {Jane Doe and Richard Roe},',
          '  year = {2023},',
          '  eprint = {2301.00001},',
          '  archivePrefix = {arXiv},',
          '  primaryClass = {cs.LG},',
          '  url = {https://arxiv.org/abs/2301.00001}',
          '}',
          '',
        ].join('\n'),
      );
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
