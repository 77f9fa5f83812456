// Calendar arithmetic on plain numbers: valid days, day numbers since the epoch, ISO strings, weekdays.

/** Zero-padded: `pad(7)` is `07`. */
export const pad = (x: number, width = 2) => String(x).padStart(width, '0');

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the day exists in that month; a null year allows 29 February. */
export function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month); // 2000 is a leap year: 29 February stays possible
}

/** Days since 1970-01-01. */
export const dayNumberOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** The ISO day of a day number. */
export function isoOf(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The most recent `weekday` (0 = Sunday) on or before the reference date (`YYYY-MM-DD...`).
 * Throws a RangeError when the reference is no date.
 */
export function resolveWeekday(weekday: number, reference: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`not an ISO date: ${reference}`);
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) throw new RangeError(`weekday must be 0..6: ${weekday}`);
  const day = dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const dow = new Date(day * 86_400_000).getUTCDay();
  return isoOf(day - ((dow - weekday + 7) % 7));
}
