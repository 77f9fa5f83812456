// The corpus index shared by the HTML, Markdown and JSON index pages: one row per event with its
// outlets, its claim figures and the file of its report.
import type { Comparison, CorpusAnalysis, EventGroup } from '../types.js';
import { buildEventModel, type ClaimStatus } from './event-model.js';

export interface IndexRow {
  event: EventGroup;
  comparison: Comparison;
  /** The event report's file name, relative to the index. */
  file: string;
  outlets: string[];
  claims: number;
  /** Claim groups by relation, and unique claims. */
  counts: Record<ClaimStatus, number>;
  /** Claims by their own status: the shares the index chart shows. */
  shares: Record<ClaimStatus, number>;
}

export function buildIndexRows(analysis: CorpusAnalysis, files: readonly string[]): IndexRow[] {
  return analysis.events.map((event, i) => {
    const comparison = analysis.comparisons[i];
    const { outlets, totals } = buildEventModel(comparison, event);
    return {
      event,
      comparison,
      file: files[i] ?? '',
      outlets,
      claims: totals.claims,
      counts: { ...totals.groupsBy, unique: totals.claimsBy.unique },
      shares: totals.claimsBy,
    };
  });
}

/** A short English name for an event: its id and date, since labels are long article titles. */
export function eventShortName(event: EventGroup): string {
  return event.date ? `${event.id} · ${event.date}` : event.id;
}

/** The `claimdiff.events/1` index: the events, their articles, the files of their reports and their counts (groups by relation, unique claims). */
export function renderIndexJson(analysis: CorpusAnalysis, files: readonly string[]): string {
  // Each event exactly as `claimdiff events --format json` gives it, plus its report file and figures.
  const events = buildIndexRows(analysis, files).map((r) => ({
    ...r.event,
    file: r.file,
    claims: r.claims,
    counts: r.counts,
  }));
  return `${JSON.stringify({ schema: 'claimdiff.events/1', events }, null, 2)}\n`;
}
