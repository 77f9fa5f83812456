// The grouping pipeline after featurizing, shared by the single-thread and the worker paths.
import type { Article, EventGroup } from '../types.js';
import { candidatePairs } from './candidates.js';
import { averageLinkage, type Links } from './cluster.js';
import { dayNumber } from './dates.js';
import { describeGroups, type GroupLink } from './describe.js';
import type { ArticleFeatures } from './features.js';
import { NEAR_COPY, scorePair } from './score.js';
import { buildVectors } from './vectors.js';

export interface GroupSettings {
  threshold: number;
  dateWindowDays: number;
  onProgress?: (done: number, total: number) => void;
}

/** Defaults chosen on the declared dev data (BASIL events 1-50, AllSides), see eval/events.ts. */
export const DEFAULT_THRESHOLD = 0.16;
export const DEFAULT_WINDOW_DAYS = 4;
/** Links below this share of the threshold barely move a mean: not kept, to save memory. */
const KEEP_RATIO = 0.4;

/**
 * 1. weigh terms by rarity (background sentences out)  2. block candidate pairs by rare terms
 * within the date window  3. score them (terms, copies, dates)  4. merge by average linkage
 * 5. describe each group.
 */
export function groupFeatures(articles: readonly Article[], features: readonly ArticleFeatures[], settings: GroupSettings): EventGroup[] {
  const n = articles.length;
  const space = buildVectors(features);
  const days = Float64Array.from(articles, (a) => dayNumber(a.date));
  const window = settings.dateWindowDays;
  const pairs = candidatePairs({
    vectors: space.vectors,
    days,
    window,
    onArticle: settings.onProgress ? (done) => settings.onProgress?.(n + done, 2 * n) : undefined,
  });
  const ctx = { vectors: space.vectors, features, days, window };
  const keep = settings.threshold * KEEP_RATIO;
  const found: GroupLink[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const s = scorePair(ctx, pairs[p], pairs[p + 1]);
    if (s.score >= keep || (s.jaccard >= NEAR_COPY && s.score > 0)) found.push({ a: pairs[p], b: pairs[p + 1], score: s.score, nearCopy: s.jaccard >= NEAR_COPY && s.score > 0 });
  }
  const links: Links = {
    a: Int32Array.from(found, (l) => l.a),
    b: Int32Array.from(found, (l) => l.b),
    score: Float32Array.from(found, (l) => l.score),
    length: found.length,
  };
  const groupOf = averageLinkage(n, links, settings.threshold);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const g = byRoot.get(groupOf[i]);
    if (g) g.push(i);
    else byRoot.set(groupOf[i], [i]);
  }
  // Map iteration follows insertion, i.e. the first article of each group: ids e1, e2 ... in that order.
  const groups = [...byRoot.values()];
  const out = describeGroups({ articles, vectors: space.vectors }, groups, found, groupOf);
  settings.onProgress?.(2 * n, 2 * n);
  return out;
}
