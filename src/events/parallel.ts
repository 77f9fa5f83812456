// A pool of worker threads for the two costly steps: featurizing chunks of articles and linking
// ranges of articles over shared memory. Tasks go to the next free worker; results come back as
// transferred typed arrays, in task order. Any worker failure rejects, and the caller falls back
// to one thread.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.js';
import type { LinkContext } from './candidates.js';
import { toInput } from './describe.js';
import type { WorkerRequest } from './featurize-worker.js';
import { concatLinks, type Links } from './links.js';
import { CHUNK, type PackedFeatures } from './packed.js';

/** Default worker count: the cores there are, at most 4. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Starts a worker on featurize-worker. From the built .js this is the plain file; from the .ts
 * sources (tsx, vitest) a worker does not inherit the TypeScript loader on Node 20, so a small
 * bootstrap registers tsx's loader inside the worker first (development only: tsx is a devDependency).
 */
function startWorker(): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./featurize-worker.js', self));
  const tsxPackage = createRequire(self).resolve('tsx/package.json');
  const api = new URL('dist/esm/api/index.mjs', `file://${tsxPackage}`).href;
  const entry = new URL('./featurize-worker.ts', self).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

type Reply = { kind: 'features'; chunk: number; packed: PackedFeatures } | { kind: 'links'; range: number; links: Links };

export class WorkerPool {
  private constructor(private readonly workers: Worker[]) {}

  /** A pool of `count` workers, or null when threads cannot start here. */
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

  /** Runs tasks 0..count-1 on the free workers; `task(i)` is the request, `take` receives each reply. */
  private run(count: number, task: (i: number) => WorkerRequest, take: (reply: Reply) => void): Promise<void> {
    let next = 0;
    let done = 0;
    return new Promise<void>((resolve, reject) => {
      if (count === 0) {
        resolve();
        return;
      }
      const cleanups: Array<() => void> = [];
      const finish = (error?: unknown): void => {
        for (const c of cleanups) c();
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      for (const w of this.workers) {
        const onMessage = (reply: Reply): void => {
          take(reply);
          done += 1;
          if (done === count) finish();
          else if (next < count) w.postMessage(task(next++));
        };
        const onError = (e: unknown): void => finish(e);
        const onExit = (code: number): void => finish(new Error(`worker exited with code ${code}`));
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        cleanups.push(() => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        });
        if (next < count) w.postMessage(task(next++));
      }
    });
  }

  /** Packed features of all articles, chunk by chunk in input order. */
  async featurize(articles: readonly Article[], onProgress?: (done: number, total: number) => void): Promise<PackedFeatures[]> {
    const n = articles.length;
    const chunks = Math.ceil(n / CHUNK);
    const out: PackedFeatures[] = new Array(chunks);
    let done = 0;
    await this.run(
      chunks,
      (chunk) => ({ kind: 'featurize', chunk, inputs: articles.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map(toInput) }),
      (reply) => {
        if (reply.kind !== 'features') return;
        out[reply.chunk] = reply.packed;
        done += reply.packed.count;
        onProgress?.(done, 2 * n);
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
