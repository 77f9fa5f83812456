// The corpus as the terminal UI shows it: the engine's analysis with the reviewer's decisions
// applied. Rebuilt when the review changes or an event is compared (a large corpus is compared
// while it is browsed), but each event's comparison only when its engine comparison or an entry
// about its articles changed, so a key press in a large corpus re-applies one event, not all.
import type { Comparison, CorpusAnalysis, ReviewEntry, ReviewFile } from '../../src/types.js';
import { applyReview } from '../../src/review/index.js';

type Keyed = Array<[string, ReviewEntry]>;

interface Part {
  engine: Comparison;
  entries: Keyed;
  comparison: Comparison;
}

interface Reviewed {
  file: ReviewFile;
  /** The engine's comparisons the result was made from (a lazily compared corpus fills its holes). */
  engines: Array<Comparison | undefined>;
  analysis: CorpusAnalysis;
  parts: Array<Part | undefined>;
}

const cache = new WeakMap<CorpusAnalysis, Reviewed>();
const byArticleCache = new WeakMap<ReviewFile, Map<string, Keyed>>();

/** The file's entries by article id, each list in key order. */
function entriesByArticle(file: ReviewFile): Map<string, Keyed> {
  let index = byArticleCache.get(file);
  if (index) return index;
  index = new Map();
  for (const key of Object.keys(file.entries).sort()) {
    const entry = file.entries[key];
    for (const article of new Set(entry.articles)) {
      const list = index.get(article) ?? index.set(article, []).get(article)!;
      list.push([key, entry]);
    }
  }
  byArticleCache.set(file, index);
  return index;
}

/** The entries about a comparison's articles, each once, in key order. */
function entriesAbout(file: ReviewFile, comparison: Comparison): Keyed {
  const index = entriesByArticle(file);
  const found = new Map<string, ReviewEntry>();
  for (const a of comparison.articles) for (const [k, e] of index.get(a.id) ?? []) found.set(k, e);
  return [...found.keys()].sort().map((k): [string, ReviewEntry] => [k, found.get(k)!]);
}

const sameEntries = (a: Keyed, b: Keyed) => a.length === b.length && a.every(([k, e], i) => k === b[i][0] && e === b[i][1]);

/** The analysis with `file` applied; the analysis itself when reviews are off (no file). Events not compared yet stay so. */
export function reviewedAnalysis(analysis: CorpusAnalysis, file: ReviewFile | null | undefined): CorpusAnalysis {
  if (!file) return analysis;
  const last = cache.get(analysis);
  const engines = Array.from({ length: analysis.comparisons.length }, (_, i) => analysis.comparisons[i] as Comparison | undefined);
  if (last?.file === file && last.engines.length === engines.length && last.engines.every((c, i) => c === engines[i])) return last.analysis;
  const parts = engines.map((engine, i): Part | undefined => {
    if (!engine) return undefined;
    const entries = entriesAbout(file, engine);
    const before = last?.parts[i];
    // Edits make new entry objects only for what changed: the same objects, the same review.
    if (before && before.engine === engine && sameEntries(before.entries, entries)) return before;
    return { engine, entries, comparison: applyReview(engine, { ...file, entries: Object.fromEntries(entries) }) };
  });
  // Holes stay holes: a view finds an event not compared yet as it would without a review.
  const comparisons: Comparison[] = new Array<Comparison>(engines.length);
  parts.forEach((p, i) => {
    if (p) comparisons[i] = p.comparison;
  });
  const reviewed: Reviewed = { file, engines, analysis: { ...analysis, comparisons }, parts };
  cache.set(analysis, reviewed);
  return reviewed.analysis;
}
