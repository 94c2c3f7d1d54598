import { describe, expect, test } from 'vitest';
import { mergeNotes, mergePage, mergeSummary, unionTags } from '@/lib/store/merge';
import { emptySummary, type Clip } from '@/lib/clip/model';
import { defaultNotes } from '@/lib/store/clips';
import { pageClip } from '../../helpers/db';

function clip(overrides: Partial<Clip>): Clip {
  return { ...pageClip(), ...defaultNotes(), id: 'c', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides };
}

describe('notes', () => {
  test('an empty incoming field never erases a written one', () => {
    const merged = mergeSummary({ ...emptySummary(), problem: 'P', method: 'M' }, { problem: '  ', method: 'M2', results: 'R' });
    expect(merged).toEqual({ ...emptySummary(), problem: 'P', method: 'M2', results: 'R' });
  });

  test('tags are unioned case-insensitively, keeping the first spelling', () => {
    expect(unionTags(['RL', '蒸馏'], ['rl', ' agents ', ''])).toEqual(['RL', '蒸馏', 'agents']);
  });

  test('a default status and a missing rating do not override the saved ones', () => {
    const merged = mergeNotes({ ...defaultNotes(), status: 'done', rating: 5 }, { status: 'to-read' });
    expect(merged.status).toBe('done');
    expect(merged.rating).toBe(5);
  });
});

describe('page metadata and content', () => {
  const arxiv = (version: number, content: string, extra: Partial<Clip> = {}) =>
    clip({ kind: 'arxiv', arxivId: '1706.03762', arxivVersion: version, canonicalKey: 'arxiv:1706.03762', url: `https://arxiv.org/abs/1706.03762v${version}`, content, ...extra });

  test('a newer version updates metadata and address, keeping the key', () => {
    const merged = mergePage(arxiv(2, 'full text '.repeat(100)), { ...arxiv(7, 'full text v7 '.repeat(100), { updated: '2023-08-02' }) });
    expect(merged.arxivVersion).toBe(7);
    expect(merged.updated).toBe('2023-08-02');
    expect(merged.url).toBe('https://arxiv.org/abs/1706.03762v7');
    expect(merged.content).toContain('v7');
  });

  test('an older version fills gaps but does not roll the clip back', () => {
    const merged = mergePage(arxiv(7, 'text', { doi: null }), arxiv(2, 'text', { doi: '10.1/x', updated: '2017-06-19' }));
    expect(merged.arxivVersion).toBe(7);
    expect(merged.updated).toBeNull();
    expect(merged.doi).toBe('10.1/x');
  });

  test('the abs page clipped after the full paper does not replace the paper with its abstract', () => {
    const merged = mergePage(arxiv(7, '# Full paper\n' + 'body '.repeat(500)), arxiv(7, 'Just the abstract.'));
    expect(merged.content.startsWith('# Full paper')).toBe(true);
  });
});
