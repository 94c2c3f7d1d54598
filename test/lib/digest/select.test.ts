import { describe, expect, test } from 'vitest';
import { filterClips, orderByIds, periodOf, sortByClipped } from '@/lib/digest/select';
import { makeClip } from '../../fixtures/digest/make-clip';

const monday = makeClip({ id: 'b', arxivId: '2401.00002', createdAt: '2026-11-15T16:30:00Z', tags: ['RAG'], title: '检索增强生成综述' });
const sunday = makeClip({ id: 'a', arxivId: '2401.00001', createdAt: '2026-11-22T15:00:00Z', tags: ['reasoning'], title: 'Tree of Thoughts', summary: { method: 'breadth-first search over thoughts' } });
const nextWeek = makeClip({ id: 'c', arxivId: '2401.00003', createdAt: '2026-11-22T17:30:00Z', title: 'Next' });
const clips = [nextWeek, sunday, monday];

describe('filterClips', () => {
  test('a week is Monday to Sunday in the user zone, by the day the clip was clipped', () => {
    const week = { kind: 'week', week: { year: 2026, week: 47 } } as const;
    expect(filterClips(clips, week, 'Asia/Shanghai').map((c) => c.id)).toEqual(['a', 'b']);
    expect(filterClips(clips, week, 'UTC').map((c) => c.id)).toEqual(['c', 'a']);
  });

  test('a range includes both ends, in either order', () => {
    expect(filterClips(clips, { kind: 'range', from: '2026-11-23', to: '2026-11-16' }, 'Asia/Shanghai').map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(periodOf({ kind: 'range', from: '2026-11-23', to: '2026-11-16' })).toEqual({ kind: 'range', from: '2026-11-16', to: '2026-11-23' });
  });

  test('tag (any case), and all', () => {
    expect(filterClips(clips, { kind: 'tag', tag: 'rag' }, 'UTC').map((c) => c.id)).toEqual(['b']);
    expect(filterClips(clips, { kind: 'all' }, 'UTC')).toHaveLength(3);
  });
});

describe('ordering', () => {
  test('by date clipped, either way', () => {
    expect(sortByClipped(clips).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(sortByClipped(clips, true).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  test('a hand-made order first, then the rest by date', () => {
    expect(orderByIds(clips, ['c', 'gone', 'b']).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});
