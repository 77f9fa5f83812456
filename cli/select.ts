// Grouping a corpus into events and comparing the ones the command line selects (`--event`,
// `--min-outlets`), with progress on a terminal and the worker threads for large corpora; and the
// exit status for `--fail-on-conflict`.
import { analyzeCorpus, UnknownEventError, type EventSelection } from '../src/corpus.js';
import type { AnalysisOverrides } from '../src/options.js';
import type { Article, Comparison, CorpusAnalysis } from '../src/types.js';
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

/** True when the outlets contradict each other: a conflicting claim group or figure. */
export function hasConflict(comparison: Comparison): boolean {
  return comparison.groups.some((g) => g.relation === 'conflict') || (comparison.figures ?? []).some((f) => f.relation === 'conflict');
}

/** The exit code: `conflicts` (6) with `--fail-on-conflict` when a comparison holds a conflict, else the reading status. */
export function conflictStatus(status: number, comparisons: readonly Comparison[], failOnConflict: boolean): number {
  return failOnConflict && comparisons.some(hasConflict) ? ExitCode.conflicts : status;
}
