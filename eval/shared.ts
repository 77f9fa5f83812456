// Helpers for evaluation scripts: where the shared data lives, skipping cleanly when it is absent,
// precision / recall / F1 tables, and the random ANT events the wild samples draw.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInput } from '../src/ingest/index.js';
import { groupEvents } from '../src/events/index.js';
import type { Article } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATA = path.resolve(ROOT, '..', 'shared', 'data');

/** The path of a shared dataset, or null after printing a clear `skipped` line. */
export function dataPath(...parts: string[]): string | null {
  const p = path.join(DATA, ...parts);
  if (existsSync(p)) return p;
  console.log(`skipped: ${p} not found (the shared evaluation data sits beside the project in ../shared/data)`);
  return null;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

/** Per-class P/R/F1 and macro-F1 of predicted against gold labels. */
export function classReport(gold: readonly string[], pred: readonly string[], classes: readonly string[]) {
  const perClass: Record<string, Prf> = {};
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === c && g === c) tp += 1;
      else if (pred[i] === c) fp += 1;
      else if (g === c) fn += 1;
    });
    perClass[c] = prf(tp, fp, fn);
  }
  const macroF1 = classes.reduce((s, c) => s + perClass[c].f1, 0) / classes.length;
  const accuracy = gold.filter((g, i) => g === pred[i]).length / Math.max(1, gold.length);
  return { perClass, macroF1, accuracy };
}

export function fmt(x: number): string {
  return x.toFixed(3);
}

/**
 * A fitted linear model as the TypeScript literal a generated weights file exports (one line per
 * field, so a refit shows as a readable diff).
 */
export function linearModelLiteral(model: { id: string; trainedOn: string; features: readonly string[]; mean: readonly number[]; scale: readonly number[]; weights: readonly number[]; bias: number }): string {
  const json = (v: unknown) => JSON.stringify(v);
  return `{
  id: ${json(model.id)},
  trainedOn: ${json(model.trainedOn)},
  features: ${json(model.features)},
  mean: ${json(model.mean)},
  scale: ${json(model.scale)},
  weights: ${json(model.weights)},
  bias: ${model.bias},
}`;
}

/** mulberry32: a small seeded generator, so a draw is the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every ANT record as an article, by docno, read as `claimdiff` reads the JSONL files. */
export function readAntCorpus(dir: string): Map<string, Article> {
  const out = new Map<string, Article>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const full = path.join(dir, file);
    for (const a of parseInput(new Uint8Array(readFileSync(full)), full).articles) out.set(docnoOf(a.id), a);
  }
  return out;
}

/**
 * The AllSides stories crawled with their outlets' first paragraphs (English; left, centre and right
 * outlets of one story, `../shared/data/allsides-neus/raw_crawled`), as articles by id
 * (`allsides-<story>-<side>`), read as `claimdiff` reads JSONL; null when the data is absent.
 */
export function allsidesArticles(): Map<string, Article> | null {
  const dir = dataPath('allsides-neus', 'raw_crawled');
  if (!dir || !existsSync(dir)) return null;
  const lines: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const story = JSON.parse(line) as { id: number; date?: string; news?: Record<string, { newsSource?: string; newsTitle?: string; newBody?: string[] } | undefined> };
      for (const side of ['left', 'center', 'right']) {
        const n = story.news?.[side];
        if (!n?.newBody?.length) continue;
        lines.push(JSON.stringify({ id: `allsides-${story.id}-${side}`, title: n.newsTitle ?? '', text: n.newBody.join('\n\n'), outlet: n.newsSource ?? side, date: story.date ?? null }));
      }
    }
  }
  const { articles } = parseInput(new TextEncoder().encode(lines.join('\n') + '\n'), 'allsides.jsonl');
  return new Map(articles.map((a) => [docnoOf(a.id), a]));
}

/** The docno an article id stands for (`SkyNews.jsonl#SK-...` or the docno itself). */
export const docnoOf = (id: string): string => id.replace(/^.*#/, '');

/** One drawn event: named by its first article's docno. */
export interface SampledEvent { event: string; articles: string[] }

/** The articles of every event some sample in `dir` (`*.json` with `events`) already drew: a new draw leaves them out. */
export function articlesRead(dir: string): Set<string> {
  const seen = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    for (const e of (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { events: SampledEvent[] }).events) e.articles.forEach((a) => seen.add(a));
  }
  return seen;
}

/** Which events a draw may pick: their size in articles and how many outlets they hold at least. */
export interface EventPool { articles: [min: number, max: number]; outlets: number }
/** The first pool drawn from (3-8 articles, three outlets or more); stop 29 found it read out. */
export const DEFAULT_POOL: EventPool = { articles: [3, 8], outlets: 3 };

/** `--articles 3-8` and `--outlets 3` as an EventPool (the defaults where absent); throws a one-line message on a malformed range. */
export function eventPool(articles: string | undefined, outlets: string | undefined): EventPool {
  const [min, max] = (articles ?? `${DEFAULT_POOL.articles[0]}-${DEFAULT_POOL.articles[1]}`).split('-').map(Number);
  const least = Number(outlets ?? DEFAULT_POOL.outlets);
  if (!(min >= 2 && max >= min && least >= 2)) throw new Error(`--articles takes MIN-MAX (MIN at least 2) and --outlets a number of at least 2, not ${articles ?? ''} ${outlets ?? ''}`);
  return { articles: [min, max], outlets: least };
}

export const describePool = (pool: EventPool): string => `${pool.articles[0]}-${pool.articles[1]} articles from ${pool.outlets} outlets or more`;

/**
 * `n` random events of the corpus as `claimdiff events` groups it, seeded: of the pool's size (3-8
 * articles from three outlets or more unless told), none holding an article of `exclude`.
 */
export function sampleAntEvents(corpus: Map<string, Article>, n: number, seed: number, exclude: ReadonlySet<string>, pool: EventPool = DEFAULT_POOL): SampledEvent[] {
  const outlets = (ids: readonly string[]) => new Set(ids.map((id) => corpus.get(id)!.outlet)).size;
  const [min, max] = pool.articles;
  const candidates = groupEvents([...corpus.values()])
    .map((e) => e.articles.map(docnoOf))
    .filter((ids) => ids.length >= min && ids.length <= max && outlets(ids) >= pool.outlets && !ids.some((id) => exclude.has(id)));
  if (candidates.length < n) console.error(`only ${candidates.length} unread events of ${describePool(pool)} remain: draw from another pool with --articles MIN-MAX and --outlets N`);
  const next = seededRandom(seed);
  const picked: string[][] = [];
  const left = [...candidates];
  while (picked.length < n && left.length > 0) picked.push(left.splice(Math.floor(next() * left.length), 1)[0]);
  return picked.map((articles) => ({ event: articles[0], articles }));
}
