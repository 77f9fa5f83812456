// The grouping pipeline after featurizing, shared by the single-thread and the worker paths.
import type { Article, EventGroup } from '../types.js';
import { candidatePairs } from './candidates.js';
import { averageLinkage, type Links } from './cluster.js';
import { dayNumber } from './dates.js';
import { describeGroups } from './describe.js';
import type { FeatureStore } from './packed.js';
import { scorePair } from './score.js';
import { buildVectors } from './vectors.js';

export interface GroupSettings {
  threshold: number;
  dateWindowDays: number;
  onProgress?: (done: number, total: number) => void;
}

/** Defaults chosen on the declared dev data (BASIL events 1-50, AllSides), see eval/events.ts. */
export const DEFAULT_THRESHOLD = 0.17;
export const DEFAULT_WINDOW_DAYS = 4;
/** Links below this share of the threshold barely move a mean: not kept, to save memory. */
const KEEP_RATIO = 0.4;

/** Links found so far, in growable typed arrays (a million links would be a million objects otherwise). */
class LinkList implements Links {
  a = new Int32Array(1 << 14);
  b = new Int32Array(1 << 14);
  score = new Float32Array(1 << 14);
  copy = new Uint8Array(1 << 14);
  length = 0;

  push(a: number, b: number, score: number, copy: boolean): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float32Array | Uint8Array>(x: T): T => {
        const y = new (x.constructor as new (n: number) => T)(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.score = grow(this.score);
      this.copy = grow(this.copy);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length] = score;
    this.copy[this.length] = copy ? 1 : 0;
    this.length += 1;
  }
}

/**
 * 1. weigh terms by rarity (background sentences out)  2. block candidate pairs by rare terms
 * within the date window  3. score them (terms, copies, dates)  4. merge by average linkage
 * 5. describe each group.
 */
export function groupFeatures(articles: readonly Article[], features: FeatureStore, settings: GroupSettings): EventGroup[] {
  const n = articles.length;
  const vectors = buildVectors(features);
  const days = Float64Array.from(articles, (a) => dayNumber(a.date));
  const window = settings.dateWindowDays;
  const pairs = candidatePairs({
    vectors,
    days,
    window,
    onArticle: settings.onProgress ? (done) => settings.onProgress?.(n + done, 2 * n) : undefined,
  });
  const ctx = { vectors, features, days, window };
  const keep = settings.threshold * KEEP_RATIO;
  const links = new LinkList();
  for (let p = 0; p < pairs.length; p += 2) {
    const s = scorePair(ctx, pairs[p], pairs[p + 1]);
    if (s < 0) links.push(pairs[p], pairs[p + 1], -s, true);
    else if (s >= keep) links.push(pairs[p], pairs[p + 1], s, false);
  }
  const groupOf = averageLinkage(n, links, settings.threshold);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const g = byRoot.get(groupOf[i]);
    if (g) g.push(i);
    else byRoot.set(groupOf[i], [i]);
  }
  // Map iteration follows insertion, i.e. the first article of each group: ids e1, e2 ... in that order.
  const out = describeGroups({ articles, vectors }, [...byRoot.values()], links, groupOf);
  settings.onProgress?.(2 * n, 2 * n);
  return out;
}
