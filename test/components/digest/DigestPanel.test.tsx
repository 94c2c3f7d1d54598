import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DigestPanel } from '@/components/digest/DigestPanel';
import type { GleanerDB } from '@/lib/store/db';
import { freshDb } from '../../helpers/db';
import { rebuildSearchIndex } from '@/lib/search';
import { makeClip, makeHighlight } from '../../fixtures/digest/make-clip';
import { recordingActions, t, testPlatform } from './helpers';

const now = new Date('2026-11-20T12:00:00Z'); // Friday of 2026-W47
let db: GleanerDB;

async function seed(): Promise<void> {
  const clips = [
    makeClip({ id: 'a', arxivId: '2401.00001', title: 'Alpha paper', createdAt: '2026-11-16T09:00:00.000Z', summary: { tldr: 'Alpha in one line.' }, tags: ['nlp'] }),
    makeClip({ id: 'b', arxivId: '2401.00002', title: 'Beta paper', createdAt: '2026-11-17T09:00:00.000Z', summary: { tldr: 'Beta in one line.' }, tags: ['vision'] }),
    makeClip({ id: 'c', arxivId: '2401.00003', title: 'Gamma unsummarized', createdAt: '2026-11-18T09:00:00.000Z' }),
    makeClip({ id: 'd', arxivId: '2401.00004', title: 'Delta last week', createdAt: '2026-11-10T09:00:00.000Z', summary: { tldr: 'Old.' } }),
  ];
  for (const clip of clips) {
    const { content, ...row } = clip;
    await db.clips.put(row);
    await db.contents.put({ clipId: clip.id, markdown: content });
  }
  await db.highlights.put(makeHighlight('a', 'a quoted sentence', 'my note'));
  // Rows written directly, as a backup import would: their search terms come from a rebuild.
  await rebuildSearchIndex(db);
}

beforeEach(async () => {
  db = freshDb();
  await seed();
});
afterEach(cleanup);

function renderPanel() {
  const recorder = recordingActions();
  render(<DigestPanel platform={testPlatform(db)} t={t} actions={recorder.actions} now={now} timeZone="UTC" />);
  return recorder;
}

const listTitles = () => Array.from(screen.getByTestId('digest-clips').querySelectorAll('li')).map((li) => li.textContent ?? '');

describe('DigestPanel', () => {
  test('shows this week’s clips, oldest first, and downloads the digest named after the week', async () => {
    const { downloads } = renderPanel();
    await waitFor(() => expect(listTitles()).toHaveLength(3));
    expect(listTitles()[0]).toContain('Alpha paper');
    expect(screen.getByTestId('digest-covers').textContent).toContain('2026-W47 · 2026-11-16 – 2026-11-22');
    expect(screen.getByText(/Left out for having no summary yet: 1\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('2026-W47-paper-digest.md');
    const text = downloads[0]!.text;
    expect(text.indexOf('Alpha paper')).toBeLessThan(text.indexOf('Beta paper'));
    expect(text).toContain('> a quoted sentence');
    expect(text).not.toContain('Gamma');
    expect(text).not.toContain('Delta');
  });

  test('reorder with the arrow buttons, leave a clip out, include unsummarized, add front matter', async () => {
    const { downloads } = renderPanel();
    await waitFor(() => expect(listTitles()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Move “Alpha paper” down' }));
    await waitFor(() => expect(listTitles()[0]).toContain('Beta paper'));
    fireEvent.click(screen.getByLabelText('Include clips without a summary (marked “to summarize”)'));
    fireEvent.click(screen.getByLabelText('Front matter (Hugo, Hexo, Jekyll)'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alpha paper' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    const text = downloads[0]!.text;
    expect(text.startsWith('---\ntitle: "Paper digest 2026-W47: 2 papers worth reading"\n')).toBe(true);
    expect(text).toContain('## 1. Vision');
    expect(text).toContain('*To summarize: no notes on this paper yet.*');
    expect(text).not.toContain('Alpha paper');
  });

  test('last week, and copy as Markdown and as rich text', async () => {
    const { copies } = renderPanel();
    await waitFor(() => expect(listTitles()).toHaveLength(3));
    fireEvent.click(screen.getByLabelText('Last week'));
    await waitFor(() => expect(listTitles()).toEqual([expect.stringContaining('Delta last week')]));
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy for WeChat / rich editors' }));
    await waitFor(() => expect(copies).toHaveLength(2));
    expect(copies[0]!.text).toMatch(/^# Paper digest 2026-W46/);
    // The HTML is DOMPurify's output, which happy-dom cannot produce faithfully: its markup is
    // checked in Chromium (test/e2e/digest.e2e.ts); here only that both flavours were written.
    expect(copies[1]!.html).toContain('Paper digest 2026-W46');
    expect(copies[1]!.text).toMatch(/^# Paper digest 2026-W46/);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Paste it into the WeChat editor'));
  });

  test('one clip: a Markdown note and its BibTeX', async () => {
    const { downloads, copies } = renderPanel();
    await waitFor(() => expect(listTitles()).toHaveLength(3));
    fireEvent.click(screen.getAllByRole('button', { name: '.md' })[0]!);
    expect(downloads[0]!.fileName).toBe('Alpha paper.md');
    expect(downloads[0]!.text).toContain('gleaner: 1');
    fireEvent.click(screen.getAllByRole('button', { name: 'BibTeX' })[0]!);
    await waitFor(() => expect(copies[0]!.text).toMatch(/^@misc\{lovelace2024alpha,/));
  });

  test('a tag and a search choose across weeks', async () => {
    renderPanel();
    await waitFor(() => expect(listTitles()).toHaveLength(3));
    fireEvent.click(screen.getByLabelText('Search'));
    fireEvent.input(screen.getByLabelText('Words'), { target: { value: 'old' } });
    await waitFor(() => expect(listTitles()).toEqual([expect.stringContaining('Delta last week')]));
    fireEvent.click(screen.getByLabelText('Tag'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'vision' } });
    await waitFor(() => expect(listTitles()).toEqual([expect.stringContaining('Beta paper')]));
  });
});
