// A whole corpus: group the articles into events, then compare the coverage within each event.
import type { Article, CorpusAnalysis } from './types.js';
import { groupEventsParallel } from './events/index.js';
import { compareArticles } from './compare.js';
import { resolveOptions, type AnalysisOptions, type AnalysisOverrides } from './options.js';

export interface CorpusOptions extends AnalysisOverrides {
  /** Called once per compared event, after grouping. */
  onEventCompared?: (done: number, total: number) => void;
}

/** Groups the articles into events (`options.events`), then compares each event with the same options. */
export async function analyzeCorpus(articles: readonly Article[], options: CorpusOptions = {}): Promise<CorpusAnalysis> {
  const opts: AnalysisOptions = resolveOptions(options);
  const events = await groupEventsParallel(articles, opts.events);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const comparisons = events.map((event, i) => {
    const comparison = compareArticles(event.articles.map((id) => byId.get(id)!), opts);
    options.onEventCompared?.(i + 1, events.length);
    return comparison;
  });
  return { events, comparisons };
}
