// The corpus index shared by the HTML, Markdown and JSON index pages: one row per event with its
// outlets, its claim figures and the file of its report.
import type { Comparison, CorpusAnalysis, EventGroup, Language } from '../types.js';
import { buildEventModel, type ClaimStatus } from './event-model.js';
import { SCHEMA_IDS } from './json.js';

export interface IndexRow {
  event: EventGroup;
  /** Articles compared. */
  articles: number;
  /** The first article's language, which sets the label's direction. */
  language: Language;
  /** The event report's file name, relative to the index. */
  file: string;
  outlets: string[];
  claims: number;
  /** Claim groups by relation, and unique claims. */
  counts: Record<ClaimStatus, number>;
  /** Claims by their own status: the shares the index chart shows. */
  shares: Record<ClaimStatus, number>;
}

/** What the index keeps of one compared event: enough to drop its comparison once its report is written. */
export function indexRow(event: EventGroup, comparison: Comparison, file: string): IndexRow {
  const { outlets, totals } = buildEventModel(comparison, event);
  return {
    event,
    articles: comparison.articles.length,
    language: comparison.articles[0]?.language ?? 'unknown',
    file,
    outlets,
    claims: totals.claims,
    counts: { ...totals.groupsBy, unique: totals.claimsBy.unique },
    shares: totals.claimsBy,
  };
}

export function buildIndexRows(analysis: CorpusAnalysis, files: readonly string[]): IndexRow[] {
  return analysis.events.map((event, i) => indexRow(event, analysis.comparisons[i], files[i] ?? ''));
}

/** A corpus index: a row per compared event, and the events listed without a report. */
export interface CorpusIndex {
  rows: IndexRow[];
  notCompared: EventGroup[];
}

export function corpusIndex(analysis: CorpusAnalysis, files: readonly string[]): CorpusIndex {
  return { rows: buildIndexRows(analysis, files), notCompared: analysis.notCompared ?? [] };
}

/** A short English name for an event: its id and date, since labels are long article titles. */
export function eventShortName(event: EventGroup): string {
  return event.date ? `${event.id} · ${event.date}` : event.id;
}

/** The `claimdiff.events/1` index: the events, their articles, the files of their reports and their counts (groups by relation, unique claims); then the events not compared, as `claimdiff events` gives them. */
export function renderIndexJson(analysis: CorpusAnalysis, files: readonly string[]): string {
  return renderIndexPageJson(corpusIndex(analysis, files));
}

/** The `claimdiff.events/1` index of a corpus index. */
export function renderIndexPageJson(index: CorpusIndex): string {
  // Each event exactly as `claimdiff events --format json` gives it, plus its report file and figures.
  const events = index.rows.map((r) => ({
    ...r.event,
    file: r.file,
    claims: r.claims,
    counts: r.counts,
  }));
  const left = index.notCompared;
  return `${JSON.stringify({ $schema: SCHEMA_IDS.events, schema: 'claimdiff.events/1', events, ...(left.length > 0 && { notCompared: left }) }, null, 2)}\n`;
}

/** One line on what the index leaves uncompared: `5,400 events covered by fewer outlets are listed below without a report`. */
export function notComparedNote(index: Pick<CorpusIndex, 'notCompared'>): string | null {
  const left = index.notCompared.length;
  if (left === 0) return null;
  return `${left.toLocaleString('en-US')} more ${left === 1 ? 'event' : 'events'} (covered by fewer outlets than --min-outlets asks, or left out by --event) ${left === 1 ? 'is' : 'are'} listed at the end without a report.`;
}
