import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  currentIsoWeek,
  formatIsoWeek,
  isoWeekOfDate,
  localDate,
  parseDate,
  parseIsoWeek,
  shiftWeek,
  weekDates,
  weeksInYear,
} from '@/lib/export/iso-week';

describe('ISO weeks', () => {
  test('2026-W47 runs from Monday 16 to Sunday 22 November', () => {
    expect(weekDates({ year: 2026, week: 47 })).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(isoWeekOfDate('2026-11-16')).toEqual({ year: 2026, week: 47 });
    expect(isoWeekOfDate('2026-11-22')).toEqual({ year: 2026, week: 47 });
    expect(isoWeekOfDate('2026-11-23')).toEqual({ year: 2026, week: 48 });
  });

  test('weeks at the turn of the year belong to the year of their Thursday', () => {
    expect(isoWeekOfDate('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOfDate('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDate('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
  });

  test('every date lies inside the week computed for it, which starts on a Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 200 }), (offset) => {
        const date = addDays('1950-01-01', offset);
        const { from, to } = weekDates(isoWeekOfDate(date));
        expect(from <= date && date <= to).toBe(true);
        expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(addDays(from, 6)).toBe(to);
      }),
    );
  });

  test('parse and format round-trip; bad weeks are null', () => {
    expect(parseIsoWeek('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(parseIsoWeek('2026w5')).toEqual({ year: 2026, week: 5 });
    expect(formatIsoWeek({ year: 2026, week: 5 })).toBe('2026-W05');
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('last week')).toBeNull();
  });

  test('shiftWeek crosses years', () => {
    expect(shiftWeek({ year: 2026, week: 1 }, -1)).toEqual({ year: 2025, week: 52 });
    expect(shiftWeek({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
  });
});

describe('dates in a time zone', () => {
  test('an instant is on the calendar date of the user, not of UTC', () => {
    const late = '2026-11-22T17:30:00Z'; // Sunday evening in UTC, Monday morning in Shanghai
    expect(localDate(late, 'UTC')).toBe('2026-11-22');
    expect(localDate(late, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(currentIsoWeek(new Date(late), 'Asia/Shanghai')).toEqual({ year: 2026, week: 48 });
    expect(currentIsoWeek(new Date(late), 'America/Los_Angeles')).toEqual({ year: 2026, week: 47 });
  });

  test('parseDate accepts real dates only', () => {
    expect(parseDate('2026-11-16')).toBe('2026-11-16');
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('16/11/2026')).toBeNull();
  });
});
