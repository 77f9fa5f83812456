// Article dates as day numbers, and how much a gap in days lowers the link between two articles.

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` -> days since 1970 (with a fraction for the time); NaN when unknown. */
export function dayNumber(date: string | null): number {
  if (!date) return Number.NaN;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(date);
  if (!m) return Number.NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return ms / MS_PER_DAY;
}

/** The calendar day (`YYYY-MM-DD`) of an ISO date, or null. */
export function dayOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** Full weight up to this gap (time zones, overnight publication, a report the morning after). */
const FULL_DAYS = 1;
/** The factor left at the edge of the window: a gap of days weighs far more than one of hours. */
const EDGE_FACTOR = 0.3;
/** An unknown date neither blocks nor helps: a slight discount against the known-close case. */
const UNKNOWN_FACTOR = 0.9;

/**
 * Multiplier for a link between articles `gap` days apart: 1 within a day, falling linearly to
 * EDGE_FACTOR at `window` days, 0 beyond (reports days apart are rarely one event). NaN (a date
 * unknown) gives UNKNOWN_FACTOR.
 */
export function dateFactor(gap: number, window: number): number {
  if (Number.isNaN(gap)) return UNKNOWN_FACTOR;
  const g = Math.abs(gap);
  if (g > window) return 0;
  const full = Math.min(FULL_DAYS, window);
  if (g <= full) return 1;
  return 1 - ((1 - EDGE_FACTOR) * (g - full)) / (window - full);
}
