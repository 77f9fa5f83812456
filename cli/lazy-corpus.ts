// A corpus whose events are compared when the browser needs them: the event a person opens at once,
// the others one at a time in the background between keys, so the events list appears as soon as
// grouping is done. Implements the terminal UI's EventLoader over the library.
import { compareArticles } from '../src/compare.js';
import { resolveOptions, type AnalysisOptions, type AnalysisOverrides } from '../src/options.js';
import type { Article, Comparison, CorpusAnalysis, EventGroup } from '../src/types.js';
import type { EventLoader } from './tui/loader.js';

export interface LazyCorpus extends EventLoader {
  /** Its comparisons fill in as events are compared (`comparisons[i]` is undefined until then). */
  analysis: CorpusAnalysis;
  /** Compares every event not compared yet (for output that needs them all). */
  compareAll(): CorpusAnalysis;
}

/** The events of `articles`, none compared yet; `notCompared` are listed only. */
export function lazyCorpus(events: EventGroup[], articles: readonly Article[], overrides: AnalysisOverrides, notCompared: EventGroup[] = []): LazyCorpus {
  const options: AnalysisOptions = resolveOptions(overrides);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // A sparse array: a view reads `comparisons[i]` and finds undefined until event i is compared.
  const comparisons: Comparison[] = new Array<Comparison>(events.length);
  const analysis: CorpusAnalysis = notCompared.length > 0 ? { events, comparisons, notCompared } : { events, comparisons };
  const articlesOf = (i: number): Article[] => (events[i]?.articles ?? []).map((id) => byId.get(id)!).filter(Boolean);
  const ensure = (i: number): void => {
    if (i >= 0 && i < events.length && !comparisons[i]) comparisons[i] = compareArticles(articlesOf(i), options);
  };
  return {
    analysis,
    articles: articlesOf,
    ensure,
    background(onCompared) {
      let stopped = false;
      let next = 0;
      const step = () => {
        if (stopped) return;
        while (next < events.length && comparisons[next]) next += 1;
        if (next >= events.length) return;
        ensure(next);
        onCompared();
        // One event per turn of the event loop: keys are read between two comparisons.
        setImmediate(step);
      };
      setImmediate(step);
      return () => {
        stopped = true;
      };
    },
    compareAll() {
      for (let i = 0; i < events.length; i += 1) ensure(i);
      return analysis;
    },
  };
}
