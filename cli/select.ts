// Grouping a corpus into events and comparing the ones the command line selects (`--event`,
// `--min-outlets`), with progress on a terminal and the worker threads for large corpora; and the
// exit status for `--fail-on-conflict`.
import { analyzeCorpus, selectEvents, UnknownEventError, type EventSelection } from '../src/corpus.js';
import { groupEventsParallel } from '../src/events/index.js';
import { eventIds } from '../src/events/event-id.js';
import type { AnalysisOverrides } from '../src/options.js';
import type { Article, Comparison, CorpusAnalysis, EventGroup, ReviewVerdict } from '../src/types.js';
import { ExitCode, UserError } from './exit-codes.js';
import type { Io } from './io.js';
import { progressReporter } from './progress.js';
import { workerThreads } from './workers/pool.js';

/** Groups the articles and compares the selected events; an unknown `--event` is a usage error (exit code 2). */
export async function analyzeSelection(articles: readonly Article[], analysis: AnalysisOverrides, select: EventSelection, io: Io): Promise<CorpusAnalysis> {
  try {
    return await analyzeCorpus(articles, {
      ...analysis,
      events: { ...analysis.events, onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
      onEventCompared: progressReporter(io, 'comparing'),
      select,
    });
  } catch (err) {
    if (err instanceof UnknownEventError) {
      throw new UserError(`--event ${err.wanted}: ${err.message} in these inputs; run 'claimdiff events' on the same inputs for the event ids`, ExitCode.usage);
    }
    throw err;
  }
}

/** Groups the articles (progress on a terminal, worker threads for large corpora) and selects the events, without comparing them. */
export async function groupAndSelect(articles: readonly Article[], analysis: AnalysisOverrides, select: EventSelection, io: Io): Promise<{ chosen: EventGroup[]; others: EventGroup[] }> {
  const events = await groupEventsParallel(articles, { ...analysis.events, onProgress: progressReporter(io, 'grouping'), executor: workerThreads() });
  try {
    return selectEvents(events, articles, select);
  } catch (err) {
    if (err instanceof UnknownEventError) {
      throw new UserError(`--event ${err.wanted}: ${err.message} in these inputs; run 'claimdiff events' on the same inputs for the event ids`, ExitCode.usage);
    }
    throw err;
  }
}

/**
 * True when the outlets contradict each other as the comparison stands after its review (the
 * reviewer has the last word): a claim group in conflict (the reviewer's relation where they
 * corrected or set the group aside, and the groups they made by merging claims), or a conflicting
 * figure they did not dispute or dismiss.
 */
export function hasConflict(comparison: Comparison): boolean {
  const groups = [...comparison.groups, ...(comparison.review?.groups ?? [])];
  const rejected = (verdict: ReviewVerdict | null | undefined) => verdict === 'disputed' || verdict === 'dismissed';
  return (
    groups.some((g) => (g.review ? g.review.relation : g.relation) === 'conflict') ||
    (comparison.figures ?? []).some((f) => f.relation === 'conflict' && !rejected(f.review?.verdict))
  );
}

/** The exit code: `conflicts` (6) with `--fail-on-conflict` when a comparison holds a conflict, else the reading status. */
export function conflictStatus(status: number, comparisons: readonly Comparison[], failOnConflict: boolean): number {
  return failOnConflict && comparisons.some(hasConflict) ? ExitCode.conflicts : status;
}

/** All the articles as one event (`--one-event`): its id made like any event's, from the sorted article ids. */
export function oneEventGroup(articles: readonly Article[]): EventGroup {
  const ids = articles.map((a) => a.id);
  const days = articles.map((a) => a.date?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))];
  const title = articles.find((a) => a.title.trim())?.title.trim() ?? ids[0];
  const words = title.split(/\s+/);
  return {
    id: eventIds([ids])[0],
    label: words.length > 14 ? `${words.slice(0, 14).join(' ')} …` : title,
    date: days[0] ?? null,
    dateRange: days.length > 1 && days[0] !== days[days.length - 1] ? [days[0], days[days.length - 1]] : null,
    articles: ids,
    outlets,
    evidence: { terms: [], score: 0 },
    nearCopies: [],
  };
}
