/**
 * Dates as pages write them → `YYYY-MM-DD`. The date is taken as written (a page's local day),
 * never shifted through UTC: `2021-07-11T00:00:00+08:00` is the 11th, as its author meant.
 * Partial dates (`2021/6`) give null: the model promises a full day or nothing.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2017/06/12`, `2020-03-27T…`, `12 Jun 2017`, `Mon, 12 Jun 2017 17:57:34 UTC`, `June 12, 2017`, `2024年5月6日`. */
export function toIsoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  if (match) {
    const month = MONTHS[match[2]!.slice(0, 3).toLowerCase()];
    if (month) return iso(Number(match[3]), month, Number(match[1]));
  }
  match = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  if (match) {
    const month = MONTHS[match[1]!.slice(0, 3).toLowerCase()];
    if (month) return iso(Number(match[3]), month, Number(match[2]));
  }
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}
