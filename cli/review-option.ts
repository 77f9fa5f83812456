// The options that bring a reviewer's decisions into compare, report and browse: `--review FILE`
// (default: the inputs' review file, when there is one), `--unreviewed show|mark|hide` and
// `--reviewer NAME`; and applying the review to what the command analysed.
import type { Argv } from 'yargs';
import type { Comparison, CorpusAnalysis } from '../src/types.js';
import { applyReview, applyReviewCorpus } from '../src/review/index.js';
import { UNREVIEWED_DISPLAYS, type UnreviewedDisplay } from '../src/report/review-view.js';
import type { Io } from './io.js';
import { choiceOption, textOption, STDIN_ARG } from './options.js';
import { defaultCorpus } from './paths.js';
import { loadReview, reviewLocation, type LoadedReview } from './review-file.js';
import type { WritePolicy } from './safe-write.js';

export interface ReviewArgs {
  inputs?: string[];
  review?: string;
  unreviewed?: UnreviewedDisplay;
}

/** `--review FILE`. */
export function reviewOption() {
  return textOption('review', "the review file (claimdiff.review/1) whose decisions the views show; default: the inputs' .claimdiff-review.json when it exists");
}

/** `--review FILE` and `--unreviewed`, for the commands that render a comparison. */
export function withReviewOptions<T>(y: Argv<T>) {
  return y
    .option('review', reviewOption())
    .option('unreviewed', choiceOption('unreviewed', UNREVIEWED_DISPLAYS, 'with a review: show the items no one reviewed (show), mark them "not yet reviewed" (mark), or leave them out (hide); text, md and html', 'show'));
}

/** The input paths as the commands read them (the example corpus when none are given). */
export function inputPaths(inputs: readonly string[] | undefined): string[] {
  return inputs && inputs.length > 0 ? inputs.map((p) => (p === STDIN_ARG ? '-' : p)) : [defaultCorpus()];
}

/**
 * The review the views should show: the one `--review` names (it must exist), else the inputs'
 * review file when there is one; null when there is none.
 */
export function readReview(args: ReviewArgs, policy: WritePolicy): LoadedReview | null {
  const location = reviewLocation(inputPaths(args.inputs), args.review);
  if (!location) return null;
  const loaded = loadReview(location, policy, args.review !== undefined);
  return loaded.text === null ? null : loaded;
}

/** One line when entries of the review match nothing any more (their text changed). */
function warnUnmatched(io: Io, loaded: LoadedReview, count: number): void {
  if (count === 0) return;
  io.stderr(`claimdiff: warning: ${loaded.path}: ${count} review entr${count === 1 ? 'y matches' : 'ies match'} nothing in these articles any more (their text changed); the reports list ${count === 1 ? 'it' : 'them'}\n`);
}

/** The corpus with the review applied (as it was without one). */
export function reviewCorpus(analysis: CorpusAnalysis, loaded: LoadedReview | null, io: Io): CorpusAnalysis {
  if (!loaded) return analysis;
  const reviewed = applyReviewCorpus(analysis, loaded.review);
  warnUnmatched(io, loaded, reviewed.unmatched.length);
  return reviewed.analysis;
}

/** One comparison with the review applied. */
export function reviewComparison(comparison: Comparison, loaded: LoadedReview | null, io: Io): Comparison {
  if (!loaded) return comparison;
  const reviewed = applyReview(comparison, loaded.review);
  warnUnmatched(io, loaded, reviewed.review?.unmatched.length ?? 0);
  return reviewed;
}

/**
 * The review applied to each comparison as it is made (a report compares one event at a time), and
 * one warning at the end for all the entries that matched nothing.
 */
export function reviewEach(loaded: LoadedReview | null, io: Io): { apply(comparison: Comparison): Comparison; done(): void } {
  let unmatched = 0;
  return {
    apply(comparison) {
      if (!loaded) return comparison;
      const reviewed = applyReview(comparison, loaded.review);
      unmatched += reviewed.review?.unmatched.length ?? 0;
      return reviewed;
    },
    done() {
      if (loaded) warnUnmatched(io, loaded, unmatched);
    },
  };
}
