// The events screen's model: one row per event with its date, outlets and articles, and once the
// event is compared, the shares of its claims that are shared, partial, conflicting or unique.
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
  /** Outlet names, without repeats. */
  outlets: string[];
  articles: number;
}

/** What an event's comparison says, once it is compared. */
export interface EventStats {
  claims: number;
  /** Claims by status. */
  counts: Record<ClaimStatus, number>;
  /** The same as fractions of all claims (0 when the event has none). */
  shares: Record<ClaimStatus, number>;
  /** Titles, for search. */
  titles: string[];
}

export function buildEventsList(analysis: CorpusAnalysis): EventRow[] {
  return analysis.events.map((event, index) => ({
    index,
    id: event.id,
    label: event.label,
    date: event.date,
    dateRange: event.dateRange,
    outlets: [...new Set(event.outlets)],
    articles: event.articles.length,
  }));
}

/** The row's comparison figures, or null while the event is not compared yet. */
export function eventStats(analysis: CorpusAnalysis, row: Pick<EventRow, 'index'>): EventStats | null {
  const comparison = analysis.comparisons[row.index];
  if (!comparison) return null;
  const model = eventModel(comparison);
  const counts = model.totals.claimsBy;
  const claims = model.totals.claims;
  const share = (n: number) => (claims === 0 ? 0 : n / claims);
  return {
    claims,
    counts,
    shares: { shared: share(counts.shared), partial: share(counts.partial), conflict: share(counts.conflict), unique: share(counts.unique) },
    titles: comparison.articles.map((a) => a.title),
  };
}

/** Rows that match the search and, with a relation filter, have at least one claim of that status (so are compared). */
export function filterEvents(analysis: CorpusAnalysis, rows: readonly EventRow[], query: string, filter: ClaimStatus | null): EventRow[] {
  if (!query && filter === null) return [...rows];
  return rows.filter((r) => {
    const stats = filter !== null || query ? eventStats(analysis, r) : null;
    if (filter !== null && !(stats && stats.counts[filter] > 0)) return false;
    return matchesQuery([r.label, ...r.outlets, ...(stats?.titles ?? []), r.date ?? ''], query);
  });
}

/** `=20% ~30% !0% +50%`: the shares with their symbols, so they read without colour; `comparing…` before. */
export function formatShares(stats: Pick<EventStats, 'shares'> | null): string {
  if (!stats) return 'comparing…';
  return STATUSES.map((s) => `${statusSymbol[s]}${Math.round(stats.shares[s] * 100)}%`).join(' ');
}

/** The date, or the range when the articles' dates differ, or `no date`. */
export function formatEventDate(row: Pick<EventRow, 'date' | 'dateRange'>): string {
  if (row.dateRange) return `${row.dateRange[0].slice(0, 10)}..${row.dateRange[1].slice(0, 10)}`;
  return row.date ? row.date.slice(0, 10) : 'no date';
}
