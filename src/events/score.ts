// Pair scores: rarity-weighted term cosine, wire-copy Jaccard from shingle sketches, date distance.
import { dateFactor } from './dates.js';
import type { FeatureStore } from './packed.js';
import { cosine, type VectorSet } from './vectors.js';

/** Shingle Jaccard at which two articles republish the same text. */
export const NEAR_COPY = 0.8;
const COPY_MIN_COSINE = 0.3;
/** A wire copy's link score at least (its cosine is below 1 only by the words no other article has). */
const COPY_SCORE = 0.95;

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

export interface ScoreContext {
  vectors: VectorSet;
  features: FeatureStore;
  days: Float64Array;
  window: number;
}

/**
 * The link score of two articles: term cosine times the date factor; a wire copy counts as at
 * least COPY_SCORE. Negative when the pair is a near-copy (the sign carries the flag, no object per pair).
 */
export function scorePair(ctx: ScoreContext, a: number, b: number): number {
  const factor = dateFactor(ctx.days[a] - ctx.days[b], ctx.window);
  if (factor === 0) return 0;
  const terms = cosine(ctx.vectors, a, b);
  // Copies share their rare terms too: below this cosine no pair is a copy, skip the sketch.
  if (terms < COPY_MIN_COSINE) return terms * factor;
  const copy = sketchJaccard(ctx.features.sketch(a), ctx.features.sketch(b)) >= NEAR_COPY;
  return copy ? -Math.max(terms, COPY_SCORE) * factor : terms * factor;
}
