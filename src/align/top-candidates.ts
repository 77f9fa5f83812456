// The candidates the link model scores, found without listing every pair above the floor: the
// same pairs, in the same order, as closestCandidates(candidatePairs(...)) of candidates.ts (the
// reference, kept for the test that proves it), but each claim keeps only its running top list.
// In an event of a thousand articles millions of pairs share a word; a claim keeps a few dozen.
import type { Candidate, CandidateVector } from './candidates.js';
import type { ClaimFeatures } from './features.js';

/**
 * Every claim's best candidates so far, best first: at most `perClaim`, at most `perArticle` from
 * one other article. Ordered by cosine, then by when the pair was found (its place in the
 * reference's list), so ties fall as they do in the reference's stable sort. All lists sit in flat
 * arrays, `perClaim + 1` places per claim (one spare for the entry about to fall off): arrays per
 * claim shifted with `splice` made an array of removed entries per call (290 MB of short-lived
 * arrays at 1,000 articles).
 */
class TopLists {
  readonly cos: Float64Array;
  readonly order: Float64Array;
  readonly article: Int32Array;
  /** The pair's other claim. */
  readonly other: Int32Array;
  /** How many entries each claim's list holds. */
  readonly size: Int32Array;
  /** Places per claim: `perClaim` and one spare. */
  readonly width: number;

  constructor(
    claims: number,
    private readonly perArticle: number,
    private readonly perClaim: number,
  ) {
    // A claim has at most `claims - 1` others (so an unbounded list, as tests ask, still fits).
    this.width = Math.min(perClaim, Math.max(0, claims - 1)) + 1;
    this.cos = new Float64Array(claims * this.width);
    this.order = new Float64Array(claims * this.width);
    this.article = new Int32Array(claims * this.width);
    this.other = new Int32Array(claims * this.width);
    this.size = new Int32Array(claims);
  }

  /**
   * Offers claim `self` a pair found `order`-th (orders only grow). What falls off the end never
   * comes back: the list only fills up and its last entry only gets better.
   */
  offer(self: number, cos: number, order: number, article: number, other: number): void {
    const base = self * this.width;
    const n = this.size[self];
    // Full, and not better than the last: a later pair loses a tie.
    if (n >= this.perClaim && cos <= this.cos[base + n - 1]) return;
    let same = 0;
    let worstSame = -1;
    for (let k = 0; k < n; k += 1) {
      if (this.article[base + k] !== article) continue;
      same += 1;
      worstSame = k;
    }
    if (same >= this.perArticle) {
      // Three from that article already: the new pair replaces the worst of them, if better.
      if (cos <= this.cos[base + worstSame]) return;
      this.remove(self, worstSame);
    }
    const count = this.size[self];
    let at = count;
    while (at > 0 && this.cos[base + at - 1] < cos) at -= 1;
    for (let k = count; k > at; k -= 1) {
      this.cos[base + k] = this.cos[base + k - 1];
      this.order[base + k] = this.order[base + k - 1];
      this.article[base + k] = this.article[base + k - 1];
      this.other[base + k] = this.other[base + k - 1];
    }
    this.cos[base + at] = cos;
    this.order[base + at] = order;
    this.article[base + at] = article;
    this.other[base + at] = other;
    this.size[self] = count + 1;
    if (count + 1 > this.perClaim) this.remove(self, count);
  }

  /** Where claim `self`'s list begins in the flat arrays. */
  start(self: number): number {
    return self * this.width;
  }

  private remove(self: number, k: number): void {
    const base = self * this.width;
    const n = this.size[self];
    for (let m = k; m + 1 < n; m += 1) {
      this.cos[base + m] = this.cos[base + m + 1];
      this.order[base + m] = this.order[base + m + 1];
      this.article[base + m] = this.article[base + m + 1];
      this.other[base + m] = this.other[base + m + 1];
    }
    this.size[self] = n - 1;
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

  const lists = new TopLists(n, perArticle, perClaim);
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
        lists.offer(i, cos, order, article[j], j);
        lists.offer(j, cos, order, article[i], i);
        order += 1;
      }
      dot[j] = 0;
    }
  }
  return order * n * lists.width < Number.MAX_SAFE_INTEGER ? keptInOrder(lists, n) : keptByMap(lists, n);
}

/** `keptInOrder` for lists too many for its keys to stay exact (never at tens of thousands of claims). */
function keptByMap(lists: TopLists, n: number): Candidate[] {
  const kept = new Map<number, Candidate>();
  for (let self = 0; self < n; self += 1) {
    for (let at = lists.start(self), end = at + lists.size[self]; at < end; at += 1) {
      const o = lists.order[at];
      if (!kept.has(o)) kept.set(o, { i: Math.min(self, lists.other[at]), j: Math.max(self, lists.other[at]), cos: lists.cos[at] });
    }
  }
  return [...kept.keys()].sort((a, b) => a - b).map((o) => kept.get(o)!);
}

/**
 * Every pair a claim keeps, once, in the order the reference lists it. Each kept entry is one
 * number, its pair's order times the slots of all lists plus its slot, so that one numeric sort of
 * a typed array orders them (a pair both claims keep comes twice, side by side, with one cosine):
 * a Map of up to 230,000 pairs and a sort of its keys with a comparator took an eighth of the stage.
 */
function keptInOrder(lists: TopLists, n: number): Candidate[] {
  const slots = n * lists.width;
  let count = 0;
  for (let self = 0; self < n; self += 1) count += lists.size[self];
  const keys = new Float64Array(count);
  let k = 0;
  for (let self = 0; self < n; self += 1) {
    for (let at = lists.start(self), end = at + lists.size[self]; at < end; at += 1) keys[k++] = lists.order[at] * slots + at;
  }
  keys.sort();
  const out: Candidate[] = [];
  let previous = -1;
  for (let m = 0; m < count; m += 1) {
    const at = keys[m] % slots;
    const o = (keys[m] - at) / slots;
    if (o === previous) continue;
    previous = o;
    const self = Math.floor(at / lists.width);
    const other = lists.other[at];
    out.push({ i: Math.min(self, other), j: Math.max(self, other), cos: lists.cos[at] });
  }
  return out;
}
