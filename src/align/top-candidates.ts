// The candidates the link model scores, found without listing every pair above the floor: the
// same pairs, in the same order, as closestCandidates(candidatePairs(...)) of candidates.ts (the
// reference, kept for the test that proves it), but each claim keeps only its running top list.
// In an event of a thousand articles millions of pairs share a word; a claim keeps a few dozen.
import type { Candidate, CandidateVector } from './candidates.js';
import type { ClaimFeatures } from './features.js';

/**
 * A claim's best candidates so far, best first: at most `perClaim`, at most `perArticle` from one
 * other article. Ordered by cosine, then by when the pair was found (its place in the reference's
 * list), so ties fall as they do in the reference's stable sort.
 */
class TopList {
  readonly cos: number[] = [];
  readonly order: number[] = [];
  readonly article: number[] = [];
  /** The pair's other claim. */
  readonly other: number[] = [];

  constructor(
    private readonly perArticle: number,
    private readonly perClaim: number,
  ) {}

  /**
   * Offers a pair found `order`-th (orders only grow). What falls off the end never comes back: the
   * list only fills up and its last entry only gets better.
   */
  offer(cos: number, order: number, article: number, other: number): void {
    const n = this.cos.length;
    // Full, and not better than the last: a later pair loses a tie.
    if (n >= this.perClaim && cos <= this.cos[n - 1]) return;
    let same = 0;
    let worstSame = -1;
    for (let k = 0; k < n; k += 1) {
      if (this.article[k] !== article) continue;
      same += 1;
      worstSame = k;
    }
    if (same >= this.perArticle) {
      // Three from that article already: the new pair replaces the worst of them, if better.
      if (cos <= this.cos[worstSame]) return;
      this.remove(worstSame);
    }
    let at = this.cos.length;
    while (at > 0 && this.cos[at - 1] < cos) at -= 1;
    this.cos.splice(at, 0, cos);
    this.order.splice(at, 0, order);
    this.article.splice(at, 0, article);
    this.other.splice(at, 0, other);
    if (this.cos.length > this.perClaim) this.remove(this.cos.length - 1);
  }

  private remove(k: number): void {
    this.cos.splice(k, 1);
    this.order.splice(k, 1);
    this.article.splice(k, 1);
    this.other.splice(k, 1);
  }
}

/**
 * The pairs (i < j, different articles) whose cosine on `vector` reaches `minCos` and that either
 * claim keeps among its `perArticle` closest in each other article and `perClaim` closest in all:
 * equal to `closestCandidates(candidatePairs(features, minCos, vector), articleOf, perArticle, perClaim)`.
 * Claims of one article must be contiguous in `features` (as featuresWithIdf lists them).
 */
export function topCandidates(
  features: readonly ClaimFeatures[],
  minCos: number,
  vector: CandidateVector,
  articleOf: (claim: number) => number,
  perArticle: number,
  perClaim: number,
): Candidate[] {
  const n = features.length;
  // Postings as flat arrays: term -> the claims that have it (in claim order) with their weights.
  // Each claim's entries sit in two arrays for all claims (`from[i] .. from[i + 1]`), not a typed
  // array pair per claim: tens of thousands of small buffers for the collector to track.
  const termId = new Map<string, number>();
  const df: number[] = [];
  const from = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) from[i + 1] = from[i] + vector(features[i]).size;
  const termOf = new Int32Array(from[n]);
  const weightOf = new Float64Array(from[n]);
  for (let i = 0; i < n; i += 1) {
    let k = from[i];
    for (const [term, w] of vector(features[i])) {
      let id = termId.get(term);
      if (id === undefined) {
        id = df.length;
        termId.set(term, id);
        df.push(0);
      }
      df[id] += 1;
      termOf[k] = id;
      weightOf[k] = w;
      k += 1;
    }
  }
  const start = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t += 1) start[t + 1] = start[t] + df[t];
  const fill = start.slice(0, df.length);
  const postClaim = new Int32Array(start[df.length]);
  const postWeight = new Float64Array(start[df.length]);
  for (let i = 0; i < n; i += 1) {
    for (let k = from[i]; k < from[i + 1]; k += 1) {
      const at = fill[termOf[k]]++;
      postClaim[at] = i;
      postWeight[at] = weightOf[k];
    }
  }
  const article = Int32Array.from(features, (_, i) => articleOf(i));
  // The last claim of each claim's article: the postings of a term are entered after it.
  const last = new Int32Array(n);
  for (let i = n - 1; i >= 0; i -= 1) last[i] = i + 1 < n && article[i + 1] === article[i] ? last[i + 1] : i;

  const lists = Array.from({ length: n }, () => new TopList(perArticle, perClaim));
  const dot = new Float64Array(n);
  const touched = new Int32Array(n);
  let order = 0;
  for (let i = 0; i < n; i += 1) {
    let count = 0;
    for (let k = from[i]; k < from[i + 1]; k += 1) {
      const w = weightOf[k];
      let lo = start[termOf[k]];
      let hi = start[termOf[k] + 1];
      const end = hi;
      // First posting of a claim after i's article (the reference skips j <= i and i's own article).
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (postClaim[mid] <= last[i]) lo = mid + 1;
        else hi = mid;
      }
      for (let p = lo; p < end; p += 1) {
        const j = postClaim[p];
        if (dot[j] === 0) touched[count++] = j;
        dot[j] += w * postWeight[p];
      }
    }
    for (let t = 0; t < count; t += 1) {
      const j = touched[t];
      if (dot[j] >= minCos) {
        const cos = Math.min(1, dot[j]);
        lists[i].offer(cos, order, article[j], j);
        lists[j].offer(cos, order, article[i], i);
        order += 1;
      }
      dot[j] = 0;
    }
  }
  // Every pair a claim keeps, once, in the order the reference lists it.
  const kept = new Map<number, Candidate>();
  lists.forEach((list, self) => {
    list.order.forEach((o, k) => {
      if (!kept.has(o)) kept.set(o, { i: Math.min(self, list.other[k]), j: Math.max(self, list.other[k]), cos: list.cos[k] });
    });
  });
  return [...kept.keys()].sort((a, b) => a - b).map((o) => kept.get(o)!);
}
