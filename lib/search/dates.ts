/**
 * Date filters, in the user's time zone (the runtime's local time): "this week" for someone in
 * Shanghai starts at Monday 00:00 in Shanghai, not in UTC. Ranges are half-open [from, to).
 */
export interface DateRange {
  from: Date | null;
  to: Date | null;
}

const DAY_MS = 86_400_000;

function localMidnight(year: number, monthIndex: number, day: number): Date {
  return new Date(year, monthIndex, day, 0, 0, 0, 0);
}

/** Monday 00:00 (local) of the ISO week holding `date`. */
export function startOfIsoWeek(date: Date): Date {
  const daysSinceMonday = (date.getDay() + 6) % 7;
  return localMidnight(date.getFullYear(), date.getMonth(), date.getDate() - daysSinceMonday);
}

function addDays(date: Date, days: number): Date {
  // Through the calendar, not milliseconds: a week that crosses a DST change is not 7 × 24 h.
  return localMidnight(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function weekRange(monday: Date): DateRange {
  return { from: monday, to: addDays(monday, 7) };
}

/** ISO 8601 week-numbering: week 1 is the week with the year's first Thursday. */
export function isoWeekStart(year: number, week: number): Date | null {
  if (week < 1 || week > 53) return null;
  const jan4 = localMidnight(year, 0, 4);
  const monday = addDays(startOfIsoWeek(jan4), (week - 1) * 7);
  // Week 53 exists only in years whose last ISO week is 53.
  if (week === 53 && isoWeekOf(monday).week !== 53) return null;
  return monday;
}

export function isoWeekOf(date: Date): { year: number; week: number } {
  const thursday = addDays(startOfIsoWeek(date), 3);
  const year = thursday.getFullYear();
  const firstMonday = startOfIsoWeek(localMidnight(year, 0, 4));
  const week = 1 + Math.round((thursday.getTime() - addDays(firstMonday, 3).getTime()) / (7 * DAY_MS));
  return { year, week };
}

/**
 * `this`, `last`, `2026-W47` (also `2026w47`) → the week's range; null when it is not a week.
 */
export function parseWeek(value: string, now: Date): DateRange | null {
  const v = value.trim().toLowerCase();
  if (v === 'this' || v === 'current' || v === '本周' || v === '这周') return weekRange(startOfIsoWeek(now));
  if (v === 'last' || v === 'previous' || v === '上周') return weekRange(addDays(startOfIsoWeek(now), -7));
  const match = /^(\d{4})-?w(\d{1,2})$/.exec(v);
  if (!match) return null;
  const monday = isoWeekStart(Number(match[1]), Number(match[2]));
  return monday ? weekRange(monday) : null;
}

/**
 * `2026-11-01`, `2026-11` or `2026` → the local midnight that starts that day, month or year,
 * and the one that ends it. Null for anything else, including days that do not exist.
 */
export function parseDay(value: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month === null) return { start: localMidnight(year, 0, 1), end: localMidnight(year + 1, 0, 1) };
  if (month < 1 || month > 12) return null;
  if (day === null) return { start: localMidnight(year, month - 1, 1), end: localMidnight(year, month, 1) };
  const start = localMidnight(year, month - 1, day);
  if (start.getMonth() !== month - 1 || start.getDate() !== day) return null;
  return { start, end: addDays(start, 1) };
}

/** The intersection of two ranges (filters combine with AND). */
export function intersectRanges(a: DateRange, b: DateRange): DateRange {
  const later = (x: Date | null, y: Date | null) => (!x ? y : !y ? x : x > y ? x : y);
  const earlier = (x: Date | null, y: Date | null) => (!x ? y : !y ? x : x < y ? x : y);
  return { from: later(a.from, b.from), to: earlier(a.to, b.to) };
}
