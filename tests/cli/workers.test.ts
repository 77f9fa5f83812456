// The event executor on worker threads (cli/workers): on ANT its events must be identical to the
// single-thread ones, with progress in order. Skipped when /work/shared/data is absent.
import { describe, expect, it } from 'vitest';
import { groupEvents, groupEventsParallel, PARALLEL_MIN_ARTICLES, type EventExecutor } from '../../src/events/index.js';
import { workerThreads } from '../../cli/workers/pool.js';
import { ANT_DIR, hasData, loadAnt } from '../events/corpora.js';

describe.skipIf(!hasData(ANT_DIR))('ANT corpus, parallel path', () => {
  it('gives the same events with worker threads as on one thread, and reports progress', async () => {
    // Fewer articles than the default threshold: the threads are asked for below it.
    const articles = loadAnt().slice(0, 6000);
    expect(articles.length).toBeLessThan(PARALLEL_MIN_ARTICLES);
    const single = groupEvents(articles);
    const progress: Array<[number, number]> = [];
    // Count the steps the worker threads finish, so a silent fall-back to one thread fails the test.
    const finished: string[] = [];
    const threads = workerThreads(2);
    const executor: EventExecutor = {
      start: () => {
        const workers = threads.start();
        if (!workers) return null;
        return {
          featurize: (a, p) => workers.featurize(a, p).then((r) => (finished.push('featurize'), r)),
          link: (c, p) => workers.link(c, p).then((r) => (finished.push('link'), r)),
          close: () => workers.close(),
        };
      },
    };
    const parallel = await groupEventsParallel(articles, { executor, parallelMinArticles: 5000, onProgress: (done, total) => progress.push([done, total]) });
    expect(finished).toEqual(['featurize', 'link']);
    expect(parallel).toEqual(single);
    expect(progress.at(-1)).toEqual([2 * articles.length, 2 * articles.length]);
    expect(progress.every(([done, total], i) => done <= total && (i === 0 || done >= progress[i - 1][0]))).toBe(true);
    // Events span outlets: the corpus has five, reporting the same months.
    expect(single.filter((g) => g.outlets.length > 1).length).toBeGreaterThan(300);
  }, 120_000);
});

describe('workerThreads', () => {
  it('starts no worker for one thread, so the grouping stays on the calling thread', () => {
    expect(workerThreads(1).start()).toBeNull();
  });
});
