// A whole corpus: group the articles into events, then compare the coverage within each event.
import type { AnalysisOptions, Article, CorpusAnalysis } from './types.js';
import { groupEventsParallel, type EventOptions } from './events/index.js';
import { compareArticles } from './compare.js';
import type { FramingOptions } from './framing/index.js';

export interface CorpusOptions {
  analysis?: Partial<AnalysisOptions>;
  /** Event grouping, including the executor that runs it on other threads (cli/ passes worker threads). */
  events?: EventOptions;
  framing?: FramingOptions;
  /** Called once per compared event, after grouping. */
  onEventCompared?: (done: number, total: number) => void;
}

export async function analyzeCorpus(articles: readonly Article[], options: CorpusOptions = {}): Promise<CorpusAnalysis> {
  const events = await groupEventsParallel(articles, options.events);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const comparisons = events.map((event, i) => {
    const comparison = compareArticles(event.articles.map((id) => byId.get(id)!), options.analysis, options.framing);
    options.onEventCompared?.(i + 1, events.length);
    return comparison;
  });
  return { events, comparisons };
}
