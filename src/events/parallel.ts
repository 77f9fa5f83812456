// Featurizing in worker threads: chunks of articles go to the next free worker; features come back
// as transferred typed arrays. Any worker failure returns null and the caller runs on one thread.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.js';
import { toInput } from './describe.js';
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

/** Packed features of all articles computed by `count` workers, chunk by chunk in input order; null if a worker failed. */
export async function featurizeInWorkers(articles: readonly Article[], count: number, onProgress?: (done: number, total: number) => void): Promise<PackedFeatures[] | null> {
  const n = articles.length;
  const chunks = Math.ceil(n / CHUNK);
  const results: PackedFeatures[] = new Array(chunks);
  let workers: Worker[] = [];
  try {
    workers = Array.from({ length: Math.min(count, chunks) }, startWorker);
  } catch {
    return null;
  }
  let next = 0;
  let done = 0;
  const send = (w: Worker): void => {
    if (next >= chunks) return;
    const chunk = next;
    next += 1;
    const inputs = articles.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map(toInput);
    w.postMessage({ chunk, inputs });
  };
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.on('message', (m: { chunk: number; packed: PackedFeatures }) => {
              results[m.chunk] = m.packed;
              done += m.packed.count;
              onProgress?.(done, 2 * n);
              if (next < chunks) send(w);
              else resolve();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
            send(w);
          }),
      ),
    );
  } catch {
    return null;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (let c = 0; c < chunks; c += 1) if (results[c] === undefined) return null;
  return results;
}
