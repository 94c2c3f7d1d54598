import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LibraryPanel } from '@/components/options/LibraryPanel';
import { PANELS } from '@/components/options/panels';
import type { OptionsPlatform } from '@/components/options/options-platform';
import { createTranslator } from '@/lib/i18n';
import { defaultNotes, saveClip } from '@/lib/store/clips';
import { freshDb, pageClip } from '../../helpers/db';

afterEach(cleanup);

test('the library is an options panel: find a clip, read its notes, go back to the same results', async () => {
  expect(PANELS.find((panel) => panel.id === 'library')?.component).toBe(LibraryPanel);
  const db = freshDb();
  await saveClip(db, pageClip({ url: 'https://a.org/1', canonicalKey: 'url:https://a.org/1', title: 'Sparse attention' }), {
    summary: { ...defaultNotes().summary, method: '用块稀疏注意力替代全注意力' },
    tags: ['efficiency'],
  });
  await saveClip(db, pageClip({ url: 'https://a.org/2', canonicalKey: 'url:https://a.org/2', title: 'Other' }));
  const openTab = vi.fn();
  const platform = { db, openTab, call: vi.fn(), uiLanguage: 'en' } as unknown as OptionsPlatform;
  render(<LibraryPanel platform={platform} t={createTranslator('en')} />);

  const box = screen.getByRole('combobox', { name: 'Search your clips' });
  fireEvent.input(box, { target: { value: '注意力' } });
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
  fireEvent.keyDown(box, { key: 'Enter' });

  await waitFor(() => expect(screen.getByRole('heading', { name: 'Sparse attention' })).toBeTruthy());
  expect(screen.getByText('用块稀疏注意力替代全注意力')).toBeTruthy();
  fireEvent.click(screen.getByRole('link', { name: /Open the page/ }));
  expect(openTab).toHaveBeenCalledWith('https://a.org/1');

  fireEvent.click(screen.getByRole('button', { name: /Back to the results/ }));
  expect(screen.queryByRole('heading', { name: 'Sparse attention' })).toBeNull();
  expect((screen.getByRole('combobox', { name: 'Search your clips' }) as HTMLInputElement).value).toBe('注意力');
  expect(screen.getAllByRole('option')).toHaveLength(1);
});
