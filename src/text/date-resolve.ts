// Resolves a scanned date against a reference date: the year of `31 مايو الماضي`, the day of `الأربعاء`.
import type { Relative } from './date-words.js';
import type { RawDate } from './date-scanner.js';
import { dayNumberOf, isoOf, pad, resolveWeekday, validDay } from './calendar.js';

/** A reference date as numbers. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The year of a yearless day or month, read from the reference date and a relative word. */
function yearFor(month: number, day: number | null, relative: Relative | null, ref: Ymd): number | null {
  const refDay = dayNumberOf(ref.y, ref.m, ref.d);
  const at = (y: number) => dayNumberOf(y, month, day ?? 1);
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => day === null || validDay(y, month, day));
  if (candidates.length === 0) return null;
  if (relative === 'current') return ref.y;
  const monthKey = (y: number, m: number) => y * 12 + m;
  if (relative === 'past') {
    const before = candidates.filter((y) => (day === null ? monthKey(y, month) < monthKey(ref.y, ref.m) : at(y) < refDay));
    return before.length > 0 ? Math.max(...before) : null;
  }
  if (relative === 'next') {
    const after = candidates.filter((y) => (day === null ? monthKey(y, month) > monthKey(ref.y, ref.m) : at(y) > refDay));
    return after.length > 0 ? Math.min(...after) : null;
  }
  if (day === null) {
    // A month alone is this year's, unless that is far off: `in January` written in November is next
    // January, `في أكتوبر` written in February is last October.
    const d = month - ref.m;
    return d > 4 ? ref.y - 1 : d < -7 ? ref.y + 1 : ref.y;
  }
  // No relative word: the nearest occurrence, future days counting triple since news mostly looks back
  // (`السابع من أكتوبر` written in June 2024 is October 2023, not October 2024).
  let best: number | null = null;
  let bestCost = Infinity;
  for (const y of candidates) {
    const delta = at(y) - refDay;
    const cost = delta > 0 ? 3 * delta : -delta;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** The ISO value of a scanned date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null when the year or day cannot be known. */
export function resolveRaw(raw: RawDate, ref: Ymd | null): string | null {
  if (raw.precision === 'weekday') {
    if (!ref || raw.weekday === null) return null;
    const base = `${ref.y}-${pad(ref.m)}-${pad(ref.d)}`;
    const onOrBefore = resolveWeekday(raw.weekday, base);
    const refDay = dayNumberOf(ref.y, ref.m, ref.d);
    const found = dayNumberOf(Number(onOrBefore.slice(0, 4)), Number(onOrBefore.slice(5, 7)), Number(onOrBefore.slice(8, 10)));
    if (raw.relative === 'past' && found === refDay) return isoOf(found - 7);
    if (raw.relative === 'next') return isoOf(found + 7);
    return onOrBefore;
  }
  let year = raw.year;
  if (year === null && raw.month !== null) year = ref ? yearFor(raw.month, raw.day, raw.relative, ref) : null;
  if (year === null) return null;
  if (raw.month === null) return String(year).padStart(4, '0');
  if (raw.day === null) return `${year}-${pad(raw.month)}`;
  if (!validDay(year, raw.month, raw.day)) return null;
  return `${year}-${pad(raw.month)}-${pad(raw.day)}`;
}
