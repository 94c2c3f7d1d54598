/**
 * Calendar dates and ISO weeks (Monday first; week 1 holds the year's first Thursday), in the
 * user's time zone. Dates are `YYYY-MM-DD` strings: comparing them as strings orders them, and
 * arithmetic on calendar days is done in UTC where no day has 23 or 25 hours.
 */

export interface IsoWeek {
  year: number;
  week: number;
}

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The user's time zone, e.g. `Asia/Shanghai`. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD; creating a formatter is slow, so one per zone is kept.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The calendar date of an instant in a time zone. */
export function localDate(instant: Date | string, timeZone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = formatter(timeZone).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Null unless `text` is a real calendar date `YYYY-MM-DD`. */
export function parseDate(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0] : null;
}

function toUtc(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY);
}

/** Monday = 0 … Sunday = 6. */
function weekday(time: number): number {
  return (new Date(time).getUTCDay() + 6) % 7;
}

export function isoWeekOfDate(date: string): IsoWeek {
  const time = toUtc(date);
  const thursday = time + (3 - weekday(time)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7) };
}

/** Monday and Sunday of an ISO week. */
export function weekDates({ year, week }: IsoWeek): { from: string; to: string } {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - weekday(jan4) * DAY + (week - 1) * 7 * DAY;
  return { from: fromUtc(monday), to: fromUtc(monday + 6 * DAY) };
}

export function weeksInYear(year: number): number {
  return isoWeekOfDate(`${year}-12-28`).week;
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `2026-W47` (also `2026W47`, `2026-w47`); null when malformed or past the year's last week. */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = /^(\d{4})-?[Ww](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInYear(year) ? { year, week } : null;
}

export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  return isoWeekOfDate(addDays(weekDates(week).from, by * 7));
}

/** The ISO week `now` falls in, where the user is. */
export function currentIsoWeek(now: Date, timeZone: string): IsoWeek {
  return isoWeekOfDate(localDate(now, timeZone));
}
