// Event grouping: which articles of a corpus report the same event (public API of src/events).
import type { Article, EventGroup } from '../types.js';
import { heapAlloc, sharedAlloc } from './alloc.js';
import { toInput } from './features.js';
import { afterLinking, DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, finishGroups, type GroupSettings, linkAll, prepareGroups } from './group.js';
import { CHUNK, featurizeChunk, type PackedFeatures } from './packed.js';
import type { EventExecutor } from './executor.js';

export { DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS } from './group.js';
export type { EventExecutor, EventWorkers, Progress } from './executor.js';

export interface EventOptions {
  /** Mean link score (0..1) two groups of articles need to merge into one event; default 0.17. */
  threshold?: number;
  /** Articles further apart than this (in days) are never one event; default 4. Unknown dates do not block. */
  dateWindowDays?: number;
  /** Runs the costly steps of groupEventsParallel on other threads (cli/ provides one on worker threads); without it everything runs on the calling thread. */
  executor?: EventExecutor;
  /** Called as work advances; `total` counts two steps per article (read it, then link it). */
  onProgress?: (done: number, total: number) => void;
  /** Fewer articles than this are grouped on the calling thread even with an executor; default PARALLEL_MIN_ARTICLES. */
  parallelMinArticles?: number;
}

/**
 * Below this many articles starting workers costs more than it saves (measured in bench/events.ts):
 * on the ANT corpus (11,430 articles) and at 25,000 the threads took 13-15% more CPU time and no
 * less wall time, idle or loaded; the worker compiles and warms up the grouping code again.
 */
export const PARALLEL_MIN_ARTICLES = 20_000;

function settingsOf(options: EventOptions): GroupSettings {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const dateWindowDays = options.dateWindowDays ?? DEFAULT_WINDOW_DAYS;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  if (!(dateWindowDays >= 0)) throw new RangeError(`dateWindowDays must be 0 or more, got ${dateWindowDays}`);
  return { threshold, dateWindowDays, onProgress: options.onProgress };
}

/** Groups articles into events on the calling thread. */
export function groupEvents(articles: readonly Article[], options: EventOptions = {}): EventGroup[] {
  const settings = settingsOf(options);
  // The features are passed on, never kept here: they can go once linking is prepared.
  const prepared = prepareGroups(articles, featurizeAll(articles, options), settings, heapAlloc);
  return finishGroups(articles, prepared, linkAll(prepared.context, settings), settings);
}

function featurizeAll(articles: readonly Article[], options: EventOptions): PackedFeatures[] {
  const n = articles.length;
  const chunks: PackedFeatures[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    chunks.push(featurizeChunk(articles.slice(from, from + CHUNK).map(toInput)));
    options.onProgress?.(Math.min(n, from + CHUNK), 2 * n);
  }
  return chunks;
}

/**
 * Groups articles into events with the options' executor reading and linking them on other threads,
 * when the corpus is large enough to pay (PARALLEL_MIN_ARTICLES); the result is identical to groupEvents.
 */
export async function groupEventsParallel(articles: readonly Article[], options: EventOptions = {}): Promise<EventGroup[]> {
  const settings = settingsOf(options);
  if (!options.executor || articles.length < (options.parallelMinArticles ?? PARALLEL_MIN_ARTICLES)) return groupEvents(articles, options);
  const pool = options.executor.start();
  if (!pool) return groupEvents(articles, options);
  try {
    let prepared = prepareGroups(articles, await pool.featurize(articles, options.onProgress), settings, sharedAlloc);
    const links = await pool.link(prepared.context, options.onProgress);
    // The threads hold the linking context until they end: end them, and let its keys and sketches go.
    await pool.close();
    prepared = afterLinking(prepared);
    return finishGroups(articles, prepared, links, settings);
  } catch {
    // A worker that cannot start or crashes (e.g. no TypeScript loader in the thread) is no reason to fail.
    return groupEvents(articles, options);
  } finally {
    await pool.close();
  }
}
