// Wire copy: two articles republish the same text when the Jaccard similarity of their word
// 5-gram shingle sets, estimated from bottom-k sketches, reaches NEAR_COPY.

/** Shingle Jaccard at which two articles republish the same text. */
export const NEAR_COPY = 0.8;

/** Jaccard similarity of two shingle sets estimated from their ascending bottom-k sketches. */
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
