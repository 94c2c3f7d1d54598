import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SearchPanel } from '@/components/search/SearchPanel';
import { createTranslator } from '@/lib/i18n';
import { defaultNotes, saveClip } from '@/lib/store/clips';
import { ensureSearchIndex } from '@/lib/search/rebuild';
import { TERMS_VERSION } from '@/lib/search/terms';
import type { GleanerDB, SearchHeadRow } from '@/lib/store/db';
import type { Summary } from '@/lib/clip/model';
import { freshDb, pageClip } from '../../helpers/db';

afterEach(cleanup);

const t = createTranslator('en');
let n = 0;

async function save(db: GleanerDB, title: string, summary: Partial<Summary> = {}, extra: { tags?: string[]; when?: string } = {}) {
  n += 1;
  const url = `https://example.org/p${n}`;
  const { clip } = await saveClip(
    db,
    pageClip({ url, canonicalKey: `url:${url}`, title }),
    { summary: { ...defaultNotes().summary, ...summary }, tags: extra.tags ?? [] },
    new Date(extra.when ?? `2026-11-${String(n % 20 + 1).padStart(2, '0')}T08:00:00Z`),
  );
  return clip;
}

function setup(db: GleanerDB) {
  const onOpenClip = vi.fn();
  const onOpenPage = vi.fn();
  render(<SearchPanel db={db} t={t} onOpenClip={onOpenClip} onOpenPage={onOpenPage} debounceMs={0} autoFocus now={() => new Date('2026-11-25T12:00:00Z')} />);
  const box = screen.getByRole('combobox', { name: 'Search your clips' });
  return { onOpenClip, onOpenPage, box };
}

const options = () => screen.queryAllByRole('option');
const optionTitles = () => options().map((o) => o.querySelector('.search-result__title')?.textContent);

describe('SearchPanel', () => {
  test('opens on the recent clips, with the box focused', async () => {
    const db = freshDb();
    await save(db, 'Older', {}, { when: '2026-11-01T00:00:00Z' });
    await save(db, 'Newer', {}, { when: '2026-11-02T00:00:00Z' });
    const { box } = setup(db);
    await waitFor(() => expect(optionTitles()).toEqual(['Newer', 'Older']));
    expect(document.activeElement).toBe(box);
    expect(screen.getByRole('status').textContent).toContain('Recent clips');
  });

  test('typing Chinese finds the clip and marks the word in the snippet', async () => {
    const db = freshDb();
    await save(db, 'Small models', { method: '我们使用知识蒸馏方法压缩模型' });
    await save(db, 'Other');
    const { box } = setup(db);
    fireEvent.input(box, { target: { value: '蒸馏' } });
    await waitFor(() => expect(optionTitles()).toEqual(['Small models']));
    const marks = [...options()[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['蒸馏']);
    expect(options()[0]!.textContent).toContain('Method');
    expect(screen.getByRole('status').textContent).toContain('1 result');
  });

  test('arrow keys move, Enter opens the clip, Ctrl+Enter and Cmd+Enter open the page', async () => {
    const db = freshDb();
    const older = await save(db, 'Attention one', {}, { when: '2026-11-01T00:00:00Z' });
    const newer = await save(db, 'Attention two', {}, { when: '2026-11-02T00:00:00Z' });
    const { box, onOpenClip, onOpenPage } = setup(db);
    fireEvent.input(box, { target: { value: 'attention' } });
    // The recent list has the same order: wait for the search's own count.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results'));
    expect(optionTitles()).toEqual(['Attention two', 'Attention one']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    await waitFor(() => expect(options()[1]!.getAttribute('aria-selected')).toBe('true'));
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpenClip).toHaveBeenCalledWith(older.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // wraps to the top
    await waitFor(() => expect(options()[0]!.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    expect(onOpenPage).toHaveBeenCalledTimes(2);
    expect(onOpenPage).toHaveBeenCalledWith(newer.url);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    await waitFor(() => expect(options()[1]!.getAttribute('aria-selected')).toBe('true'));
  });

  test('a chip adds its filter to the box, and a second click removes it', async () => {
    const db = freshDb();
    await save(db, 'Tagged', {}, { tags: ['distillation'] });
    await save(db, 'Untagged');
    const { box } = setup(db);
    await waitFor(() => expect(options()).toHaveLength(2));
    const chip = await screen.findByRole('button', { name: '#distillation' });
    fireEvent.click(chip);
    expect((box as HTMLInputElement).value).toBe('tag:distillation');
    await waitFor(() => expect(optionTitles()).toEqual(['Tagged']));
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect((box as HTMLInputElement).value).toBe('tag:distillation status:done');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('No clip matches'));
    fireEvent.click(chip);
    expect((box as HTMLInputElement).value).toBe('status:done');
  });

  test('stop words and a bad filter explain themselves', async () => {
    const db = freshDb();
    await save(db, 'Anything');
    const { box } = setup(db);
    fireEvent.input(box, { target: { value: 'the of' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('“the of” is too common'));
    expect(options()).toHaveLength(0);
    fireEvent.input(box, { target: { value: 'anything status:someday' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Unknown status “someday”'));
    expect(optionTitles()).toEqual(['Anything']);
  });

  test('while the background rebuilds an index from another version, the panel says so, then shows the results', async () => {
    const db = freshDb();
    await save(db, 'Retrieval heads');
    const head = (await db.searchBase.get('head')) as SearchHeadRow;
    await db.searchBase.put({ ...head, version: TERMS_VERSION - 1 });
    const { box } = setup(db);
    fireEvent.input(box, { target: { value: 'retrieval' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('rebuilding its search index'));
    expect(options()).toHaveLength(0);
    await ensureSearchIndex(db); // what the background does at start
    await waitFor(() => expect(optionTitles()).toEqual(['Retrieval heads']));
  });

  test('a clip saved while the results are open shows up without typing', async () => {
    const db = freshDb();
    await save(db, 'Mamba one');
    const { box } = setup(db);
    fireEvent.input(box, { target: { value: 'mamba' } });
    await waitFor(() => expect(optionTitles()).toEqual(['Mamba one']));
    await save(db, 'Mamba two', {}, { when: '2026-11-24T00:00:00Z' });
    await waitFor(() => expect(optionTitles()).toEqual(['Mamba two', 'Mamba one']));
  });

  test('markup in a title or a note is shown as text, never parsed', async () => {
    const db = freshDb();
    await save(db, '<img src=x onerror="alert(1)"> attention', { tldr: '<b>bold</b> attention' });
    const { box } = setup(db);
    fireEvent.input(box, { target: { value: 'attention' } });
    await waitFor(() => expect(options()).toHaveLength(1));
    const option = options()[0]!;
    expect(option.querySelector('img, b')).toBeNull();
    expect(within(option).getByText(/<img src=x/)).toBeTruthy();
  });

  test('letters typed into an input method are not searched until the characters are chosen', async () => {
    const db = freshDb();
    await save(db, '知识蒸馏');
    await save(db, 'Zheng et al.');
    const { box } = setup(db);
    await waitFor(() => expect(options()).toHaveLength(2));
    box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    (box as HTMLInputElement).value = 'zheng';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(screen.getByRole('status').textContent).toContain('Recent clips');
    (box as HTMLInputElement).value = '蒸馏';
    fireEvent.compositionEnd(box);
    await waitFor(() => expect(optionTitles()).toEqual(['知识蒸馏']));
  });

  test('the first keystroke after a pause is searched at once; the ones right after it wait for the next pause', async () => {
    const db = freshDb();
    await save(db, 'Mamba one');
    await save(db, 'Mamba two');
    await save(db, 'Other');
    render(<SearchPanel db={db} t={t} onOpenClip={vi.fn()} onOpenPage={vi.fn()} debounceMs={60_000} />);
    const box = screen.getByRole('combobox', { name: 'Search your clips' });
    await waitFor(() => expect(options()).toHaveLength(3));
    fireEvent.input(box, { target: { value: 'mamba' } });
    // No 60-second wait: the leading edge searched it.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 results'));
    fireEvent.input(box, { target: { value: 'other' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('status').textContent).toBe('2 results');
  });

  test('Escape clears the box and brings back the recent clips', async () => {
    const db = freshDb();
    await save(db, 'One');
    await save(db, 'Two');
    const { box } = setup(db);
    fireEvent.input(box, { target: { value: 'one' } });
    await waitFor(() => expect(optionTitles()).toEqual(['One']));
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(options()).toHaveLength(2));
    expect((box as HTMLInputElement).value).toBe('');
  });
});
