// The corpus as the terminal UI shows it: the engine's analysis with the reviewer's decisions
// applied. Rebuilt when the review changes, but each event's comparison only when an entry about
// its articles changed, so a key press in a large corpus rebuilds one event, not all of them.
import type { Comparison, CorpusAnalysis, ReviewEntry, ReviewFile } from '../../src/types.js';
import { applyReview } from '../../src/review/index.js';

interface Reviewed {
  file: ReviewFile;
  analysis: CorpusAnalysis;
  /** Per comparison: the entries about its articles when it was last reviewed, and the result. */
  parts: Array<{ entries: Array<[string, ReviewEntry]>; comparison: Comparison }>;
}

const cache = new WeakMap<CorpusAnalysis, Reviewed>();

/** The entries about a comparison's articles, with their keys, in key order. */
function entriesAbout(file: ReviewFile, articles: ReadonlySet<string>): Array<[string, ReviewEntry]> {
  return Object.keys(file.entries)
    .sort()
    .map((k): [string, ReviewEntry] => [k, file.entries[k]])
    .filter(([, e]) => e.articles.some((a) => articles.has(a)));
}

const sameEntries = (a: ReadonlyArray<[string, ReviewEntry]>, b: ReadonlyArray<[string, ReviewEntry]>) =>
  a.length === b.length && a.every(([k, e], i) => k === b[i][0] && e === b[i][1]);

/** The analysis with `file` applied; the analysis itself when reviews are off (no file). */
export function reviewedAnalysis(analysis: CorpusAnalysis, file: ReviewFile | null | undefined): CorpusAnalysis {
  if (!file) return analysis;
  const last = cache.get(analysis);
  if (last?.file === file) return last.analysis;
  const parts = analysis.comparisons.map((engine, i) => {
    const entries = entriesAbout(file, new Set(engine.articles.map((a) => a.id)));
    const before = last?.parts[i];
    // Edits make new entry objects only for what changed: the same objects, the same review.
    if (before && sameEntries(before.entries, entries)) return before;
    return { entries, comparison: applyReview(engine, { ...file, entries: Object.fromEntries(entries) }) };
  });
  const reviewed = { file, analysis: { ...analysis, comparisons: parts.map((p) => p.comparison) }, parts };
  cache.set(analysis, reviewed);
  return reviewed.analysis;
}
