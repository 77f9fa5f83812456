// The event executor on worker threads: a pool for the two costly steps of event grouping,
// featurizing chunks of articles and linking ranges of articles over shared memory. The calling
// thread works too: tasks go to whichever thread is free, results come back as transferred typed
// arrays and are kept in task order. Any worker failure rejects, and the library falls back to one thread.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../src/types.js';
import { type LinkContext, linkRange } from '../../src/events/candidates.js';
import type { EventExecutor, EventWorkers } from '../../src/events/executor.js';
import { toInput } from '../../src/events/features.js';
import { concatLinks, LinkList, type Links } from '../../src/events/links.js';
import { CHUNK, featurizeChunk, type PackedFeatures } from '../../src/events/packed.js';
import type { ProvenanceSource } from '../../src/ingest/build-article.js';
import { attachProvenance, type ParseOutcome, type ParseTask, runParseTask, transferable } from './parse-task.js';
import type { WorkerRequest } from './worker.js';

/** Default number of threads (the calling one included): the cores there are, at most 4. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Starts a worker on worker.ts. From the built .js this is the plain file; from the .ts
 * sources (tsx, vitest) a worker does not inherit the TypeScript loader on Node 20, so a small
 * bootstrap registers tsx's loader inside the worker first (development only: tsx is a devDependency).
 */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./worker.js', self));
  const tsxPackage = createRequire(self).resolve('tsx/package.json');
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(tsxPackage)).href;
  const entry = new URL('./worker.ts', self).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** Event grouping on `threads` threads in all, this one included (1: no worker threads). */
export function workerThreads(threads = defaultThreads()): EventExecutor {
  return { start: () => (threads > 1 ? WorkerPool.start(threads - 1) : null) };
}

/**
 * Worker threads started at most once for a command and lent to each step that can use them
 * (reading the inputs, then grouping), so a command pays for starting them once; the command
 * closes them when it is done.
 */
export class CommandThreads {
  private pool: WorkerPool | null | undefined;

  constructor(private readonly threads = defaultThreads()) {}

  /** The pool, started on the first call; null with one thread or when threads cannot start. */
  workers(): WorkerPool | null {
    if (this.pool === undefined) this.pool = this.threads > 1 ? WorkerPool.start(this.threads - 1) : null;
    return this.pool;
  }

  /** An executor for groupEventsParallel on these threads: the run's close() ends them, grouping being their last work. */
  executor(): EventExecutor {
    return {
      start: () => {
        const pool = this.workers();
        // Grouping is the threads' last work: closing them then frees what they hold (the linking context).
        return pool && { featurize: (a, p) => pool.featurize(a, p), link: (c, p) => pool.link(c, p), close: () => this.close() };
      },
    };
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}

type Reply =
  | { kind: 'features'; chunk: number; packed: PackedFeatures }
  | { kind: 'links'; range: number; links: Links }
  | { kind: 'parsed'; index: number; outcomes: ParseOutcome[]; provenance?: Array<ProvenanceSource | null> };

/** Tasks sent to a worker before its first reply. */
const IN_FLIGHT = 2;

/** A request and the buffers to transfer with it (moved, not copied). */
function post(w: Worker, request: WorkerRequest): void {
  if (request.kind !== 'parse') return w.postMessage(request);
  const { task, buffers } = transferable(request.task);
  w.postMessage({ ...request, task }, buffers);
}

export class WorkerPool implements EventWorkers {
  private constructor(private readonly workers: Worker[]) {}

  /** A pool of `count` worker threads, or null when threads cannot start here. */
  static start(count: number): WorkerPool | null {
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < count; i += 1) workers.push(startWorker());
    } catch {
      for (const w of workers) void w.terminate();
      return null;
    }
    return new WorkerPool(workers);
  }

  /**
   * Runs tasks 0..count-1: `task(i)` is the request for a worker, `local(i)` does the same on this
   * thread; `take` receives each reply. This thread takes the next task whenever it is free and
   * lets worker replies in between tasks.
   */
  private async run(count: number, task: (i: number) => WorkerRequest, local: (i: number) => Reply, take: (reply: Reply) => void): Promise<void> {
    let next = 0;
    let done = 0;
    let failure: Error | null = null;
    let settle = (): void => {};
    const finished = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const cleanups: Array<() => void> = [];
    for (const w of this.workers) {
      const onMessage = (reply: Reply): void => {
        take(reply);
        done += 1;
        if (next < count) post(w, task(next++));
        if (done === count) settle();
      };
      const onFailure = (e: unknown): void => {
        failure = e instanceof Error ? e : new Error(`worker stopped: ${String(e)}`);
        settle();
      };
      w.on('message', onMessage);
      w.on('error', onFailure);
      w.on('exit', onFailure);
      cleanups.push(() => {
        w.off('message', onMessage);
        w.off('error', onFailure);
        w.off('exit', onFailure);
      });
      // Two tasks in flight per worker: while this thread runs a task of its own and cannot answer,
      // the worker goes on with its second one instead of waiting.
      for (let k = 0; k < IN_FLIGHT && next < count; k += 1) post(w, task(next++));
    }
    try {
      while (next < count && failure === null) {
        take(local(next++));
        done += 1;
        // Let worker replies (and their next task requests) in before the next local task.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (done < count && failure === null) await finished;
    } finally {
      for (const c of cleanups) c();
    }
    if (failure) throw failure;
  }

  /** Packed features of all articles, chunk by chunk in input order. */
  async featurize(articles: readonly Article[], onProgress?: (done: number, total: number) => void): Promise<PackedFeatures[]> {
    const n = articles.length;
    const chunks = Math.ceil(n / CHUNK);
    const out: PackedFeatures[] = new Array(chunks);
    let done = 0;
    const inputs = (chunk: number) => articles.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map(toInput);
    await this.run(
      chunks,
      (chunk) => ({ kind: 'featurize', chunk, inputs: inputs(chunk) }),
      (chunk) => ({ kind: 'features', chunk, packed: featurizeChunk(inputs(chunk)) }),
      (reply) => {
        if (reply.kind !== 'features') return;
        out[reply.chunk] = reply.packed;
        done += reply.packed.count;
        onProgress?.(done, 2 * n);
      },
    );
    return out;
  }

  /** What each parsing task gave, in task order; the tasks run on the workers and on this thread. */
  async parse(tasks: readonly ParseTask[]): Promise<ParseOutcome[][]> {
    const out: ParseOutcome[][] = new Array(tasks.length);
    await this.run(
      tasks.length,
      (index) => ({ kind: 'parse', index, task: tasks[index] }),
      (index) => ({ kind: 'parsed', index, outcomes: runParseTask(tasks[index]) }),
      (reply) => {
        if (reply.kind !== 'parsed') return;
        if (reply.provenance) attachProvenance(reply.outcomes, reply.provenance);
        out[reply.index] = reply.outcomes;
      },
    );
    return out;
  }

  /** Links of all articles, linked CHUNK articles at a time over the shared context, in article order. */
  async link(context: LinkContext, onProgress?: (done: number, total: number) => void): Promise<Links> {
    for (const w of this.workers) w.postMessage({ kind: 'context', context } satisfies WorkerRequest);
    const n = context.days.length;
    const ranges = Math.ceil(n / CHUNK);
    const parts: Links[] = new Array(ranges);
    let done = 0;
    await this.run(
      ranges,
      (range) => ({ kind: 'link', range, from: range * CHUNK, to: Math.min(n, (range + 1) * CHUNK) }),
      (range) => {
        const out = new LinkList();
        linkRange(context, range * CHUNK, Math.min(n, (range + 1) * CHUNK), out);
        return { kind: 'links', range, links: out };
      },
      (reply) => {
        if (reply.kind !== 'links') return;
        parts[reply.range] = reply.links;
        done = Math.min(n, done + CHUNK);
        onProgress?.(n + done, 2 * n);
      },
    );
    return concatLinks(parts);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
