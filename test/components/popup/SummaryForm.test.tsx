import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { SummaryForm } from '@/components/popup/SummaryForm';
import { createTranslator } from '@/lib/i18n';
import { defaultNotes } from '@/lib/store/clips';
import type { Notes } from '@/lib/clip/model';

afterEach(cleanup);

function setup(notes: Notes = defaultNotes(), locale: 'en' | 'zh_CN' = 'en') {
  const onChange = vi.fn<(notes: Notes) => void>();
  render(<SummaryForm notes={notes} tagSuggestions={['distillation', 'attention']} t={createTranslator(locale)} autoFocus onChange={onChange} />);
  return onChange;
}

test('fields come in reading order with hints that say what belongs there', () => {
  setup();
  const order = [...document.querySelectorAll('input, textarea')].map((el) => el.id || (el as HTMLInputElement).name);
  expect(order.slice(0, 6)).toEqual(['field-tldr', 'field-problem', 'field-method', 'field-results', 'field-future', 'field-tags']);
  expect((screen.getByLabelText('Method') as HTMLTextAreaElement).placeholder).toMatch(/key idea/i);
});

test('labels are Chinese in zh_CN', () => {
  setup(defaultNotes(), 'zh_CN');
  expect(screen.getByLabelText('未来方向')).toBeTruthy();
  expect(screen.getByText('待读')).toBeTruthy();
});

test('typing reports the whole notes with just that field changed', () => {
  const onChange = setup();
  fireEvent.input(screen.getByLabelText('Results'), { target: { value: 'BLEU +2' } });
  expect(onChange).toHaveBeenLastCalledWith({ ...defaultNotes(), summary: { ...defaultNotes().summary, results: 'BLEU +2' } });
});

test('tags: Enter and commas add, duplicates fold, × and Backspace remove', () => {
  const onChange = setup({ ...defaultNotes(), tags: ['attention'] });
  const input = screen.getByLabelText('Tags');
  fireEvent.input(input, { target: { value: '蒸馏，Attention,' } });
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ tags: ['attention', '蒸馏'] }));
  fireEvent.input(input, { target: { value: 'rl' } });
  fireEvent.keyDown(input, { key: 'Enter' });
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ tags: ['attention', 'rl'] }));
  fireEvent.click(screen.getByLabelText('Remove tag attention'));
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ tags: [] }));
  fireEvent.input(input, { target: { value: '' } });
  fireEvent.keyDown(input, { key: 'Backspace' });
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ tags: [] }));
});

test('status and rating', () => {
  const onChange = setup({ ...defaultNotes(), rating: 3 });
  fireEvent.click(screen.getByLabelText('Done'));
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'done' }));
  fireEvent.click(screen.getByText('Clear rating'));
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ rating: null }));
  fireEvent.click(screen.getByLabelText('5 of 5'));
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ rating: 5 }));
});
