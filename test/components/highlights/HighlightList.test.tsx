import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { HighlightList } from '@/components/highlights/HighlightList';
import type { Highlight } from '@/lib/annotate/types';
import { createTranslator } from '@/lib/i18n';

afterEach(cleanup);

function highlight(id: string, quote: string, note = '', color: Highlight['color'] = 'yellow'): Highlight {
  const stamp = '2025-05-01T10:00:00.000Z';
  return { id, clipId: 'c1', url: 'https://arxiv.org/html/2405.01234v1', selectors: [], quote, note, color, createdAt: stamp, updatedAt: stamp };
}

const HIGHLIGHTS = [
  highlight('a', 'Sparse routing offers a way out', 'The key idea.'),
  highlight('b', 'which keeps every expert in use', '', 'green'),
  highlight('c', 'a sentence that the second version removed'),
];

function setup(orphaned: string[] = ['c'], locale: 'en' | 'zh_CN' = 'en') {
  const handlers = { onJumpTo: vi.fn(), onDelete: vi.fn(), onEditNote: vi.fn() };
  render(<HighlightList highlights={HIGHLIGHTS} orphaned={orphaned} t={createTranslator(locale)} {...handlers} />);
  return handlers;
}

describe('HighlightList', () => {
  test('lists highlights on the page, then those not found, with a jump only where there is a place', () => {
    const { onJumpTo } = setup();
    expect(screen.getByRole('heading', { name: 'Highlights (3)' })).toBeTruthy();
    const notFound = screen.getByRole('region', { name: 'Not found on this page (1)' });
    expect(within(notFound).getByText('a sentence that the second version removed')).toBeTruthy();
    expect(within(notFound).queryByRole('button', { name: 'Show on page' })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Show on page' })).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Show on page' })[1]!);
    expect(onJumpTo).toHaveBeenCalledWith('b');
    expect(screen.getByText('The key idea.')).toBeTruthy();
  });

  test('edits a note: Save sends it, Cancel drops it', () => {
    const { onEditNote } = setup();
    const first = screen.getByText('Sparse routing offers a way out').closest('li')!;
    fireEvent.click(within(first).getByRole('button', { name: 'Edit note' }));
    fireEvent.input(within(first).getByRole('textbox'), { target: { value: 'Routing, annealed.' } });
    fireEvent.click(within(first).getByRole('button', { name: 'Save' }));
    expect(onEditNote).toHaveBeenCalledWith('a', 'Routing, annealed.');

    const second = screen.getByText('which keeps every expert in use').closest('li')!;
    fireEvent.click(within(second).getByRole('button', { name: 'Add note' }));
    fireEvent.input(within(second).getByRole('textbox'), { target: { value: 'never sent' } });
    fireEvent.click(within(second).getByRole('button', { name: 'Cancel' }));
    expect(onEditNote).toHaveBeenCalledTimes(1);
    expect(within(second).queryByRole('textbox')).toBeNull();
  });

  test('deletes, found or not', () => {
    const { onDelete } = setup();
    const lost = screen.getByText('a sentence that the second version removed').closest('li')!;
    fireEvent.click(within(lost).getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith('c');
  });

  test('says what to do when there are none, in Chinese too', () => {
    render(<HighlightList highlights={[]} orphaned={[]} t={createTranslator('zh_CN')} onJumpTo={vi.fn()} onDelete={vi.fn()} onEditNote={vi.fn()} />);
    expect(screen.getByRole('heading', { name: '高亮（0）' })).toBeTruthy();
    expect(screen.getByText(/本页还没有高亮/)).toBeTruthy();
  });

  test('names each colour for screen readers', () => {
    setup([], 'zh_CN');
    expect(screen.getByText('Sparse routing offers a way out').textContent).toBe('黄色: Sparse routing offers a way out');
    expect(screen.queryByRole('region', { name: /本页未找到/ })).toBeNull();
  });
});
