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
