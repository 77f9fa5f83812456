// The grouping pipeline after featurizing, shared by the single-thread and the worker paths:
// 1. weigh terms by rarity (background sentences out)  2. block candidate pairs by rare terms
// within the date window  3. score them (terms, wire copies, dates)  4. merge by average linkage
// 5. describe each group.
import type { Article, EventGroup } from '../types.js';
import type { Alloc } from './alloc.js';
import { buildBlocking, type LinkContext, linkRange } from './candidates.js';
import { averageLinkage } from './cluster.js';
import { dayNumber } from './dates.js';
import { describeGroups } from './describe.js';
import { CHUNK, FeatureStore, type PackedFeatures } from './packed.js';
import { concatLinks, LinkList, type Links } from './links.js';
import type { HashTable } from './hash-table.js';
import { discountSharedSentences, sharedSentencePairs, type SharedSentencePairs } from './shared-sentences.js';
import { sentenceCounts } from './sentence-counts.js';
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

/** Steps 1-2: vectors (`sentences`: articles per sentence hash), inverted index, days and sketches, allocated by `alloc` (shared memory for workers). */
export function prepareLinking(articles: readonly Article[], store: FeatureStore, sentences: HashTable, settings: GroupSettings, alloc: Alloc): LinkContext {
  const vectors = buildVectors(store, sentences, alloc);
  const days = alloc.f64(articles.length);
  articles.forEach((a, i) => {
    days[i] = dayNumber(a.date);
  });
  const { start, sketches } = store.sketches(alloc);
  return {
    vectors,
    blocking: buildBlocking(vectors, days, alloc),
    days,
    window: settings.dateWindowDays,
    sketchStart: start,
    sketches,
    keep: settings.threshold * KEEP_RATIO,
  };
}

/** What linking and finishing need from the features: the link context and the pairs that share sentences. */
export interface PreparedLinking {
  context: LinkContext;
  shared: SharedSentencePairs;
}

/**
 * Steps 1-2 from the features of all articles. Nothing returned refers to `chunks`: a caller that
 * keeps no other reference lets them go before linking (at 100k articles they are about 110 MB).
 */
export function prepareGroups(articles: readonly Article[], chunks: readonly PackedFeatures[], settings: GroupSettings, alloc: Alloc): PreparedLinking {
  const store = new FeatureStore(chunks);
  const sentences = sentenceCounts(store);
  return { context: prepareLinking(articles, store, sentences, settings, alloc), shared: sharedSentencePairs(store, sentences) };
}

/** Step 3 on this thread, CHUNK articles at a time for progress. */
export function linkAll(ctx: LinkContext, settings: GroupSettings): Links {
  const n = ctx.days.length;
  const parts: Links[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    const out = new LinkList();
    linkRange(ctx, from, Math.min(n, from + CHUNK), out);
    parts.push(out);
    settings.onProgress?.(n + Math.min(n, from + CHUNK), 2 * n);
  }
  return concatLinks(parts);
}

/**
 * What `finishGroups` still reads once the links are found: the blocking keys and the shingle
 * sketches served linking only (about 75 MB at 100k articles), so they can go before the groups
 * are described.
 */
export function afterLinking(prepared: PreparedLinking): PreparedLinking {
  const none = new Int32Array(0);
  const blocking = { slot: none, count: new Uint8Array(0), datedStart: none, dated: none, datedDays: new Float64Array(0), undatedStart: none, undated: none };
  return { ...prepared, context: { ...prepared.context, blocking, sketchStart: new Uint32Array(0), sketches: new Uint32Array(0) } };
}

/** Steps 4-5, after rescoring links that rest on a sentence only the two articles share. */
export function finishGroups(articles: readonly Article[], prepared: PreparedLinking, links: Links, settings: GroupSettings): EventGroup[] {
  const n = articles.length;
  const ctx = prepared.context;
  discountSharedSentences(links, prepared.shared, ctx.vectors, ctx.days, ctx.window);
  const groupOf = averageLinkage(n, links, settings.threshold);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const g = byRoot.get(groupOf[i]);
    if (g) g.push(i);
    else byRoot.set(groupOf[i], [i]);
  }
  // Map iteration follows insertion, i.e. the first article of each group: ids e1, e2 ... in that order.
  const out = describeGroups({ articles, vectors: ctx.vectors }, [...byRoot.values()], links, groupOf);
  settings.onProgress?.(2 * n, 2 * n);
  return out;
}
