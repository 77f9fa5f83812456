// Helpers for benchmarks: the shared data, ANT articles through the real ingest, timing and memory.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../src/ingest/index.js';
import type { Article } from '../src/types.js';
import { dataPath } from '../eval/shared.js';

export { dataPath };

/** The ANT corpus's JSONL files, or null (after a `skipped` line) when the shared data is absent. */
export function antFiles(): string[] | null {
  const dir = dataPath('ant-corpus-multisource');
  if (!dir) return null;
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));
}

/** Reads the ANT corpus with the project's own ingest; returns the articles and the bytes read. */
export function readAnt(files: readonly string[]): { articles: Article[]; bytes: number } {
  const articles: Article[] = [];
  let bytes = 0;
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    articles.push(...parseInput(data, file).articles);
  }
  return { articles, bytes };
}

/** Peak resident memory of this process so far, in MB (Linux: VmHWM). */
export function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    if (kb > 0) return kb / 1024;
  } catch {
    // not Linux: fall back to the current RSS
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/**
 * CPU time (user + system, ms) of the fastest of `runs` runs after a warm-up: CPU time, not wall
 * time, so that other processes on a shared machine do not count.
 */
export function fastestCpuMs(fn: () => void, runs: number): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/** Sets of `size` ANT articles from the `count` busiest days of the corpus, taken across its outlets in turn. */
export function busyDaySets(articles: readonly Article[], size = 50, count = 3): Array<[string, Article[]]> {
  const byDay = new Map<string, Article[]>();
  for (const a of articles) if (a.date) byDay.set(a.date.slice(0, 10), [...(byDay.get(a.date.slice(0, 10)) ?? []), a]);
  const days = [...byDay.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, count);
  return days.map(([day, list]) => {
    const outlets = new Map<string, Article[]>();
    for (const a of list) outlets.set(a.outlet ?? '', [...(outlets.get(a.outlet ?? '') ?? []), a]);
    const picked: Article[] = [];
    for (let k = 0; picked.length < size && k < 100; k += 1) for (const l of outlets.values()) if (l[k] && picked.length < size) picked.push(l[k]);
    return [day, picked];
  });
}
