import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TemplatesPanel } from '@/components/templates/TemplatesPanel';
import { EN_TEMPLATE } from '@/lib/digest/templates/en';
import type { GleanerDB } from '@/lib/store/db';
import { freshDb } from '../../helpers/db';
import { t, testPlatform } from './helpers';

let db: GleanerDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(cleanup);

const editor = () => screen.getByLabelText('Template (Liquid)') as HTMLTextAreaElement;

describe('TemplatesPanel', () => {
  test('built-ins are read-only, preview the sample papers, and can be copied into a template of one’s own', async () => {
    render(<TemplatesPanel platform={testPlatform(db)} t={t} saveDelayMs={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'Built-in (English)' }));
    await waitFor(() => expect(editor().value).toBe(EN_TEMPLATE));
    expect(editor().readOnly).toBe(true);
    expect(screen.getByTestId('template-preview').textContent).toContain('A Sample Paper on Efficient Attention');
    fireEvent.click(screen.getByRole('button', { name: 'Copy to a new template' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'My template (English)' })).toBeTruthy());
    await waitFor(() => expect(editor().readOnly).toBe(false));
    const rows = await db.templates.toArray();
    expect(rows).toEqual([expect.objectContaining({ name: 'My template (English)', body: EN_TEMPLATE, workingBody: EN_TEMPLATE })]);
  });

  test('a broken template shows line and column, keeps what was typed, and the last working body stays in force', async () => {
    await db.templates.put({ id: 't1', name: 'Mine', body: '# {{ title }}', workingBody: '# {{ title }}', updatedAt: '2026-11-01T00:00:00Z' });
    render(<TemplatesPanel platform={testPlatform(db)} t={t} saveDelayMs={0} />);
    await waitFor(() => screen.getByRole('button', { name: 'Mine' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mine' }));
    await waitFor(() => expect(editor().value).toBe('# {{ title }}'));
    fireEvent.input(editor(), { target: { value: '# {{ title }}\n{% for clip in clips %}\n{{ clip.title }}' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Line 2, column 1: tag {% for clip in clips %} not closed'));
    await waitFor(async () => expect((await db.templates.get('t1'))!.body).toContain('{% for clip in clips %}'));
    expect((await db.templates.get('t1'))!.workingBody).toBe('# {{ title }}');
    // The preview still shows the last working template.
    expect(screen.getByTestId('template-preview').textContent).toContain('Paper digest');
    fireEvent.input(editor(), { target: { value: '{% for clip in clips %}{{ clip.number }}. {{ clip.title }}\n{% endfor %}' } });
    await waitFor(async () => expect((await db.templates.get('t1'))!.workingBody).toContain('{% endfor %}'));
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toContain('示例论文'));
    expect(screen.getByTestId('template-preview').textContent).not.toContain('Paper digest');
  });

  test('delete asks once more first', async () => {
    await db.templates.put({ id: 't1', name: 'Mine', body: 'x', workingBody: 'x', updatedAt: '2026-11-01T00:00:00Z' });
    render(<TemplatesPanel platform={testPlatform(db)} t={t} saveDelayMs={0} />);
    await waitFor(() => screen.getByRole('button', { name: 'Mine' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mine' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(await db.templates.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good?' }));
    await waitFor(async () => expect(await db.templates.count()).toBe(0));
  });
});
