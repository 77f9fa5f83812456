// Pair scores: rarity-weighted term cosine, wire-copy Jaccard from shingle sketches, date distance.
import { dateFactor } from './dates.js';
import type { ArticleFeatures } from './features.js';
import { cosine, type TermVector } from './vectors.js';

/** Shingle Jaccard at which two articles republish the same text. */
export const NEAR_COPY = 0.8;
const COPY_MIN_COSINE = 0.3;

/** Jaccard similarity of two shingle sets estimated from their bottom-k sketches. */
export function sketchJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  // A short article's sketch holds all its shingles; both sketches cover the union's k smallest.
  const k = Math.min(a.length, b.length);
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  // Walk the union in ascending order; its k smallest are a uniform sample of the union.
  while (taken < k && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) i += 1;
    else if (i >= a.length || b[j] < a[i]) j += 1;
    else {
      both += 1;
      i += 1;
      j += 1;
    }
    taken += 1;
  }
  return taken === 0 ? 0 : both / taken;
}

export interface PairScore {
  score: number;
  /** Cosine of the term vectors before the date factor. */
  terms: number;
  jaccard: number;
}

export interface ScoreContext {
  vectors: readonly TermVector[];
  features: readonly ArticleFeatures[];
  days: Float64Array;
  window: number;
}

/** The link score of two articles: content similarity (a wire copy counts as near 1) times the date factor. */
export function scorePair(ctx: ScoreContext, a: number, b: number): PairScore {
  const terms = cosine(ctx.vectors[a], ctx.vectors[b]);
  // Copies share their rare terms too: below this cosine no pair is a copy, skip the sketch.
  const jaccard = terms >= COPY_MIN_COSINE ? sketchJaccard(ctx.features[a].sketch, ctx.features[b].sketch) : 0;
  const content = jaccard >= NEAR_COPY ? Math.max(terms, 0.95) : terms;
  const factor = dateFactor(ctx.days[a] - ctx.days[b], ctx.window);
  return { score: content * factor, terms, jaccard };
}
