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

/**
 * Multiplier for a link between articles `gap` days apart: 1 within a day and a half (time
 * zones, overnight publication), falling linearly to `edge` at `window` days, 0 beyond: reports
 * days apart are rarely one event. An unknown date (NaN gap) neither blocks nor helps.
 */
export const DATE_PARAMS = { full: 1, edge: 0.3, unknown: 0.9 };
export function dateFactor(gap: number, window: number, edge = DATE_PARAMS.edge, unknown = DATE_PARAMS.unknown): number {
  if (Number.isNaN(gap)) return unknown;
  const g = Math.abs(gap);
  if (g > window) return 0;
  const full = Math.min(DATE_PARAMS.full, window);
  if (g <= full) return 1;
  return 1 - ((1 - edge) * (g - full)) / (window - full);
}
