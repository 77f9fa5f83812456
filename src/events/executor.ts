// The seam for running the two costly steps of event grouping (featurizing and linking) on other
// threads: the library says what an executor does and starts no thread itself; cli/ implements it
// with worker threads.
import type { Article } from '../types.js';
import type { LinkContext } from './candidates.js';
import type { Links } from './links.js';
import type { PackedFeatures } from './packed.js';

/** Called as work advances: `done` out of `total` steps. */
export type Progress = (done: number, total: number) => void;

/** Workers for one grouping run. Each method gives exactly what the calling thread would compute. */
export interface EventWorkers {
  /** `featurizeChunk` of every CHUNK articles (`toInput` of each), in input order. */
  featurize(articles: readonly Article[], onProgress?: Progress): Promise<PackedFeatures[]>;
  /** `linkRange` over the shared-memory `context` for every article, in article order. */
  link(context: LinkContext, onProgress?: Progress): Promise<Links>;
  /** Releases the threads; called once the run is over, also after a failure. */
  close(): Promise<void>;
}

/** Runs the costly steps of event grouping elsewhere (cli/ implements it with worker threads). */
export interface EventExecutor {
  /** Workers for one grouping run, or null when none can start here: the run then stays on this thread. */
  start(): EventWorkers | null;
}
