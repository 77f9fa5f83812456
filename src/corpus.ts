// A whole corpus: group the articles into events, then compare the coverage within each event
// (or within the events a selection keeps: one event by id, or those with enough outlets).
import type { Article, CorpusAnalysis, EventGroup } from './types.js';
import { groupEventsParallel } from './events/index.js';
import { compareArticles } from './compare.js';
import { resolveOptions, type AnalysisOptions, type AnalysisOverrides } from './options.js';

export interface CorpusOptions extends AnalysisOverrides {
  /** Called once per compared event, after grouping. */
  onEventCompared?: (done: number, total: number) => void;
  /** Which events to compare (default: all); the others are listed in `notCompared`. */
  select?: EventSelection;
}

/** Which events of a corpus to compare. */
export interface EventSelection {
  /** One event: its id, or the id of an article it holds. */
  event?: string;
  /** Only events whose articles come from at least this many outlets (an article of unknown outlet counts as one of its own). */
  minOutlets?: number;
}

/** Thrown when `select.event` names neither an event nor an article of the corpus. */
export class UnknownEventError extends Error {
  constructor(readonly wanted: string) {
    super(`no event has the id ${JSON.stringify(wanted)} or holds an article with that id`);
    this.name = 'UnknownEventError';
  }
}

/** How many outlets cover an event: its named outlets, and each article of unknown outlet as one more. */
export function outletCount(event: EventGroup, articles: ReadonlyMap<string, Pick<Article, 'outlet'>>): number {
  const named = new Set<string>();
  let unknown = 0;
  for (const id of event.articles) {
    const outlet = articles.get(id)?.outlet;
    if (outlet) named.add(outlet);
    else unknown += 1;
  }
  return named.size + unknown;
}

/** The events a selection keeps, in event order, and the others. Throws UnknownEventError for an unknown `event`. */
export function selectEvents(events: readonly EventGroup[], articles: readonly Article[], select: EventSelection = {}): { chosen: EventGroup[]; others: EventGroup[] } {
  if (select.event !== undefined) {
    const wanted = select.event;
    const event = events.find((e) => e.id === wanted) ?? events.find((e) => e.articles.includes(wanted));
    if (!event) throw new UnknownEventError(wanted);
    return { chosen: [event], others: events.filter((e) => e !== event) };
  }
  const min = select.minOutlets ?? 1;
  if (min <= 1) return { chosen: [...events], others: [] };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const chosen: EventGroup[] = [];
  const others: EventGroup[] = [];
  for (const e of events) (outletCount(e, byId) >= min ? chosen : others).push(e);
  return { chosen, others };
}

/** Compares each event's articles with the same options. */
export function compareEvents(events: readonly EventGroup[], articles: readonly Article[], options: CorpusOptions = {}): CorpusAnalysis['comparisons'] {
  const opts: AnalysisOptions = resolveOptions(options);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return events.map((event, i) => {
    const comparison = compareArticles(event.articles.map((id) => byId.get(id)!), opts);
    options.onEventCompared?.(i + 1, events.length);
    return comparison;
  });
}

/** Groups the articles into events (`options.events`), then compares the selected events with the same options. */
export async function analyzeCorpus(articles: readonly Article[], options: CorpusOptions = {}): Promise<CorpusAnalysis> {
  const opts: AnalysisOptions = resolveOptions(options);
  const events = await groupEventsParallel(articles, opts.events);
  const { chosen, others } = selectEvents(events, articles, options.select);
  const comparisons = compareEvents(chosen, articles, options);
  return others.length > 0 ? { events: chosen, comparisons, notCompared: others } : { events: chosen, comparisons };
}
