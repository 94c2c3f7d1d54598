import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_LOOKUPS, parseQuery } from '@/lib/search/query';
import { lexQuery } from '@/lib/search/query-lexer';
import { hasFilter, toggleFilter } from '@/lib/search/query-edit';
import { isoWeekOf, isoWeekStart, parseDay, parseWeek } from '@/lib/search/dates';

// Date filters are in the user's time zone; pin one without DST and far from UTC.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

describe('lexing', () => {
  test('filters, quoted values, phrases and text; unknown keys are text', () => {
    expect(lexQuery('tag:nlp author:"Geoffrey Hinton" "state space" 蒸馏 http://x.org').map((p) => [p.type, p.type === 'filter' ? `${p.key}=${p.value}` : p.type === 'text' ? p.text : p.text])).toEqual([
      ['filter', 'tag=nlp'],
      ['filter', 'author=Geoffrey Hinton'],
      ['phrase', 'state space'],
      ['text', '蒸馏'],
      ['text', 'http://x.org'],
    ]);
  });

  test('full-width colons and curly quotes, as typed with a Chinese input method', () => {
    expect(lexQuery('标签：蒸馏 “知识 蒸馏”')).toEqual([
      { type: 'filter', key: 'tag', value: '蒸馏', raw: '标签:蒸馏' },
      { type: 'phrase', text: '知识 蒸馏', raw: '"知识 蒸馏"' },
    ]);
  });
});

describe('parsing', () => {
  const now = new Date('2026-11-25T12:00:00+08:00'); // a Wednesday

  test('English words become stemmed prefixes; short words must match whole', () => {
    const { units } = parseQuery('Distilled models ML', now);
    expect(units).toEqual([
      { kind: 'word', text: 'distilled', term: 'distill', prefix: true },
      { kind: 'word', text: 'models', term: 'model', prefix: true },
      { kind: 'word', text: 'ml', term: 'ml', prefix: false },
    ]);
  });

  test('a CJK run needs bigrams covering every character; one character is a prefix lookup', () => {
    expect(parseQuery('知识蒸馏', now).units).toEqual([{ kind: 'cjk', text: '知识蒸馏', grams: ['知识', '蒸馏'] }]);
    expect(parseQuery('状态空间模', now).units).toEqual([{ kind: 'cjk', text: '状态空间模', grams: ['状态', '空间', '间模'] }]);
    expect(parseQuery('蒸', now).units).toEqual([{ kind: 'cjk', text: '蒸', grams: ['蒸'] }]);
  });

  test('stop words and punctuation are set aside, and said so', () => {
    const stop = parseQuery('the of and', now);
    expect(stop.units).toEqual([]);
    expect(stop.hasText).toBe(true);
    expect(stop.ignored).toEqual(['the', 'of', 'and']);
    const punct = parseQuery('?? ... ()[]*', now);
    expect(punct.units).toEqual([]);
    expect(punct.hasText).toBe(true);
    expect(punct.ignored).toEqual([]);
  });

  test('filters: tags and authors add up, statuses and kinds are alternatives', () => {
    const { filters, units, problems } = parseQuery('tag:nlp tag:"state space" author:hinton status:done status:reading kind:arxiv attention', now);
    expect(filters.tags).toEqual(['nlp', 'state space']);
    expect(filters.authors).toEqual([[{ kind: 'word', text: 'hinton', term: 'hinton', prefix: true }]]);
    expect(filters.statuses).toEqual(['done', 'reading']);
    expect(filters.kinds).toEqual(['arxiv']);
    expect(units.map((u) => u.text)).toEqual(['attention']);
    expect(problems).toEqual([]);
  });

  test('bad filter values are reported, not thrown', () => {
    const { problems, filters } = parseQuery('status:maybe kind:video after:2026-02-30 week:2026-W60 tag:', now);
    expect(problems).toEqual([
      { code: 'unknown-status', value: 'maybe' },
      { code: 'unknown-kind', value: 'video' },
      { code: 'bad-date', key: 'after', value: '2026-02-30' },
      { code: 'bad-date', key: 'week', value: '2026-W60' },
    ]);
    expect(filters.tags).toEqual([]);
  });

  test('after/before are local days; "this week" starts on Monday in the user’s time zone', () => {
    const range = parseQuery('after:2026-11-01 before:2026-12', now).filters.saved;
    expect(range.from?.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(range.to?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    for (const q of ['this week', 'week:this', '本周']) {
      const week = parseQuery(q, now).filters.saved;
      expect(week.from?.toISOString(), q).toBe('2026-11-22T16:00:00.000Z');
      expect(week.to?.toISOString(), q).toBe('2026-11-29T16:00:00.000Z');
    }
    expect(parseQuery('last week', now).filters.saved.from?.toISOString()).toBe('2026-11-15T16:00:00.000Z');
    // Quoted, it is text.
    expect(parseQuery('"this week"', now).filters.saved.from).toBeNull();
  });

  test('a 1,000-character paste is capped in length and in lookups', () => {
    const paste = '知识蒸馏是一种模型压缩方法。'.repeat(100) + ' attention'.repeat(100);
    const parsed = parseQuery(paste, now);
    const lookups = parsed.units.reduce((n, u) => n + (u.kind === 'word' ? 1 : u.grams.length), 0);
    expect(lookups).toBeLessThanOrEqual(MAX_LOOKUPS);
    expect(parsed.problems).toContainEqual({ code: 'truncated' });
  });

  test('one long CJK run is searched by its beginning, not dropped', () => {
    const parsed = parseQuery('知识蒸馏的开山之作'.repeat(120), now);
    expect(parsed.units).toHaveLength(1);
    expect(parsed.units[0]).toMatchObject({ kind: 'cjk', text: '知识蒸馏的开山之作'.repeat(6).slice(0, 2 * MAX_LOOKUPS) });
    expect(parsed.problems).toEqual([{ code: 'truncated' }]);
  });
});

describe('ISO weeks', () => {
  test('week 1 holds the first Thursday; week 53 exists only some years', () => {
    expect(isoWeekStart(2026, 1)?.toDateString()).toBe(new Date(2025, 11, 29).toDateString());
    expect(isoWeekOf(new Date(2027, 0, 1))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekStart(2025, 53)).toBeNull();
    expect(parseWeek('2026-W48', new Date())?.from?.toDateString()).toBe(new Date(2026, 10, 23).toDateString());
  });

  test('days that do not exist are not dates', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2028-02-29')?.start.getDate()).toBe(29);
    expect(parseDay('yesterday')).toBeNull();
  });
});

describe('chips edit the query text', () => {
  test('toggling adds a filter, toggling again removes it, other words stay', () => {
    const on = toggleFilter('蒸馏 attention', 'tag', 'state space');
    expect(on).toBe('蒸馏 attention tag:"state space"');
    expect(hasFilter(on, 'tag', 'State Space')).toBe(true);
    expect(toggleFilter(on, 'tag', 'state space')).toBe('蒸馏 attention');
    expect(toggleFilter('', 'week', 'this')).toBe('week:this');
  });
});
