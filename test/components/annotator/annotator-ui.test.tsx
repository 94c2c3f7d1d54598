import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Adder } from '@/components/annotator/Adder';
import { AnnotatorApp } from '@/components/annotator/AnnotatorApp';
import { NoteEditor } from '@/components/annotator/NoteEditor';
import { placeNear } from '@/components/annotator/placement';
import { createTranslator } from '@/lib/i18n';

afterEach(cleanup);
const t = createTranslator('en');

describe('the adder', () => {
  test('highlights in the last colour, in a picked colour, or with a note; keeps the selection', () => {
    const onHighlight = vi.fn();
    render(<Adder position={{ top: 10, left: 20 }} color="green" onHighlight={onHighlight} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    fireEvent.click(screen.getByRole('button', { name: 'Purple' }));
    fireEvent.click(screen.getByRole('button', { name: 'Highlight and add a note' }));
    expect(onHighlight.mock.calls).toEqual([['green', false], ['purple', false], ['green', true]]);
    // Pressing the toolbar must not take the selection away from the page.
    const toolbar = screen.getByRole('toolbar');
    expect(fireEvent.mouseDown(toolbar)).toBe(false);
    expect(toolbar.style.top).toBe('10px');
  });
});

describe('the note editor', () => {
  const highlight = { id: 'h1', quote: 'Sparse routing offers a way out', note: 'old', color: 'yellow' as const };

  test('saves a changed note on Done, and nothing when unchanged', () => {
    const onSave = vi.fn();
    const onClose = vi.fn();
    render(<NoteEditor position={{ top: 0, left: 0 }} highlight={highlight} onSave={onSave} onColor={vi.fn()} onDelete={vi.fn()} onClose={onClose} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'new note' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onSave).toHaveBeenCalledWith('new note');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  test('Escape and Ctrl+Enter save and close too', () => {
    const onSave = vi.fn();
    render(<NoteEditor position={{ top: 0, left: 0 }} highlight={highlight} onSave={onSave} onColor={vi.fn()} onDelete={vi.fn()} onClose={vi.fn()} t={t} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'typed' } });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(onSave).toHaveBeenCalledWith('typed');
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'typed again' } });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter', ctrlKey: true });
    expect(onSave).toHaveBeenLastCalledWith('typed again');
  });

  test('deleting asks for a second click; colours are picked', () => {
    const onDelete = vi.fn();
    const onColor = vi.fn();
    render(<NoteEditor position={{ top: 0, left: 0 }} highlight={highlight} onSave={vi.fn()} onColor={onColor} onDelete={onDelete} onClose={vi.fn()} t={t} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Click again to delete' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Yellow' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Blue' }));
    expect(onColor).toHaveBeenCalledWith('blue');
  });
});

describe('the whole in-page UI', () => {
  test('shows an error with a way to dismiss it', () => {
    const onDismissMessage = vi.fn();
    render(
      <AnnotatorApp
        view={{ kind: 'hidden' }}
        viewport={{ width: 800, height: 600 }}
        color="yellow"
        message="Gleaner could not save this highlight: no room. Try again, or reload the page."
        t={t}
        onHighlight={vi.fn()}
        onSaveNote={vi.fn()}
        onRecolor={vi.fn()}
        onDelete={vi.fn()}
        onClose={vi.fn()}
        onDismissMessage={onDismissMessage}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not save this highlight');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismissMessage).toHaveBeenCalled();
  });
});

describe('placing a panel next to its text', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 200, height: 100 };

  test('below the text when there is room, above when not', () => {
    expect(placeNear({ top: 100, bottom: 120, left: 300, right: 400 }, size, viewport)).toEqual({ top: 128, left: 300 });
    expect(placeNear({ top: 700, bottom: 720, left: 300, right: 400 }, size, viewport)).toEqual({ top: 592, left: 300 });
  });

  test('inside the viewport even when the text is not', () => {
    expect(placeNear({ top: 2000, bottom: 2020, left: 990, right: 1100 }, size, viewport)).toEqual({ top: 692, left: 792 });
    expect(placeNear({ top: -300, bottom: -280, left: -50, right: 0 }, size, viewport)).toEqual({ top: 8, left: 8 });
  });
});
