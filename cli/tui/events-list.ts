// The events screen's model: one row per event with its date, outlets, articles and the shares
// of its claims that are shared, partial, conflicting or unique.
import type { CorpusAnalysis } from '../../src/types.js';
import { STATUSES, statusSymbol, type ClaimStatus } from '../../src/report/event-model.js';
import { eventModel } from './event-models.js';
import { matchesQuery } from './search.js';

export interface EventRow {
  /** Index into `analysis.events` and `analysis.comparisons`. */
  index: number;
  id: string;
  label: string;
  date: string | null;
  dateRange: [string, string] | null;
  /** Outlet names (the article id when the outlet is unknown), without repeats. */
  outlets: string[];
  articles: number;
  claims: number;
  /** Claims by status. */
  counts: Record<ClaimStatus, number>;
  /** The same as fractions of all claims (0 when the event has none). */
  shares: Record<ClaimStatus, number>;
  /** Titles, for search. */
  titles: string[];
}

export function buildEventsList(analysis: CorpusAnalysis): EventRow[] {
  return analysis.events.map((event, index) => {
    const comparison = analysis.comparisons[index];
    const model = eventModel(comparison);
    const counts = model.totals.claimsBy;
    const claims = model.totals.claims;
    const share = (n: number) => (claims === 0 ? 0 : n / claims);
    return {
      index,
      id: event.id,
      label: event.label,
      date: event.date,
      dateRange: event.dateRange,
      outlets: [...new Set(model.outlets)],
      articles: comparison.articles.length,
      claims,
      counts,
      shares: { shared: share(counts.shared), partial: share(counts.partial), conflict: share(counts.conflict), unique: share(counts.unique) },
      titles: comparison.articles.map((a) => a.title),
    };
  });
}

/** Rows that match the search and have at least one claim of the filtered status. */
export function filterEvents(rows: readonly EventRow[], query: string, filter: ClaimStatus | null): EventRow[] {
  return rows.filter((r) => (filter === null || r.counts[filter] > 0) && matchesQuery([r.label, ...r.outlets, ...r.titles, r.date ?? ''], query));
}

/** `=20% ~30% !0% +50%`: the shares with their symbols, so they read without colour. */
export function formatShares(row: Pick<EventRow, 'shares'>): string {
  return STATUSES.map((s) => `${statusSymbol[s]}${Math.round(row.shares[s] * 100)}%`).join(' ');
}

/** The date, or the range when the articles' dates differ, or `no date`. */
export function formatEventDate(row: Pick<EventRow, 'date' | 'dateRange'>): string {
  if (row.dateRange) return `${row.dateRange[0].slice(0, 10)}..${row.dateRange[1].slice(0, 10)}`;
  return row.date ? row.date.slice(0, 10) : 'no date';
}
