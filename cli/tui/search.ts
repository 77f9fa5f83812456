// Search and relation filter shared by the lists: a query matches on normalized text, so alef
// forms, ta marbuta, diacritics and Eastern digits do not get in the way; the filter keeps the
// rows where some outlet's claim has the status.
import { normalizeText } from '../../src/text/normalize.js';
import { STATUSES, type ClaimStatus, type MatrixRow } from '../../src/report/event-model.js';

/** What `f` cycles through: every status, then no filter. */
export const FILTERS: readonly ClaimStatus[] = STATUSES;

/** The filter after `current` in the cycle (null = show all). */
export function nextFilter(current: ClaimStatus | null): ClaimStatus | null {
  if (current === null) return FILTERS[0];
  const i = FILTERS.indexOf(current);
  return i + 1 < FILTERS.length ? FILTERS[i + 1] : null;
}

/** True when the query is empty or every word of it occurs in one of the texts. */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map((t) => normalizeText(t)).join('\n');
  return words.every((w) => haystack.includes(w));
}

/** Coverage rows that match the search (any member's words) and the filter (the row's or a cell's status). */
export function filterRows(rows: readonly MatrixRow[], query: string, filter: ClaimStatus | null): MatrixRow[] {
  return rows.filter((r) => (filter === null || r.status === filter || r.cells.some((c) => c.status === filter)) && matchesQuery(r.members.map((m) => m.claim.text), query));
}
