// Candidate pairs without comparing all pairs: an inverted index from stems to claims accumulates
// TF-IDF dot products, so only claims of different articles that share a stem are ever scored.
import type { ClaimFeatures } from './features.js';

export interface Candidate {
  i: number;
  j: number;
  /** TF-IDF cosine, accumulated through the index. */
  cos: number;
}

/** Which vector of a claim the index is built on. */
export type CandidateVector = (f: ClaimFeatures) => ReadonlyMap<string, number>;

/** All pairs (i < j, different articles) whose cosine on `vector` (default: the stems) reaches `minCos`. */
export function candidatePairs(features: readonly ClaimFeatures[], minCos: number, vector: CandidateVector = (f) => f.weights): Candidate[] {
  const postings = new Map<string, Array<[number, number]>>();
  features.forEach((f, i) => {
    for (const [term, w] of vector(f)) {
      const list = postings.get(term);
      if (list) list.push([i, w]);
      else postings.set(term, [[i, w]]);
    }
  });
  const out: Candidate[] = [];
  const dot = new Float64Array(features.length);
  const touched: number[] = [];
  // featuresOf lists each article's claims together: the last claim of i's article, so that the
  // postings of a term are entered after it (binary search) instead of walked from the start.
  const last = new Int32Array(features.length);
  for (let i = features.length - 1; i >= 0; i -= 1) last[i] = i + 1 < features.length && features[i + 1].article === features[i].article ? last[i + 1] : i;
  for (let i = 0; i < features.length; i += 1) {
    for (const [term, w] of vector(features[i])) {
      const list = postings.get(term)!;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid][0] <= last[i]) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < list.length; k += 1) {
        const [j, v] = list[k];
        if (j <= i || features[j].article === features[i].article) continue;
        if (dot[j] === 0) touched.push(j);
        dot[j] += w * v;
      }
    }
    for (const j of touched) {
      if (dot[j] >= minCos) out.push({ i, j, cos: Math.min(1, dot[j]) });
      dot[j] = 0;
    }
    touched.length = 0;
  }
  return out;
}

/**
 * The candidates kept for the model: for each claim, the `perArticle` closest (by cosine) in each
 * other article, and no more than `perClaim` in all (a claim states a fact or two, which a few
 * claims of each outlet repeat: in an event of a thousand articles, its closest dozens are enough).
 * A pair stays when either of its claims keeps it, so every claim keeps its best matches.
 */
export function closestCandidates(candidates: readonly Candidate[], articleOf: (claim: number) => number, perArticle: number, perClaim = Infinity): Candidate[] {
  if (!Number.isFinite(perArticle) && !Number.isFinite(perClaim)) return [...candidates];
  const byClaim = new Map<number, number[]>();
  candidates.forEach((c, k) => {
    (byClaim.get(c.i) ?? byClaim.set(c.i, []).get(c.i)!).push(k);
    (byClaim.get(c.j) ?? byClaim.set(c.j, []).get(c.j)!).push(k);
  });
  const keep = new Uint8Array(candidates.length);
  for (const [self, list] of byClaim) {
    list.sort((x, y) => candidates[y].cos - candidates[x].cos || x - y);
    const perOther = new Map<number, number>();
    let kept = 0;
    for (const k of list) {
      if (kept >= perClaim) break;
      const c = candidates[k];
      const other = articleOf(c.i === self ? c.j : c.i);
      const n = perOther.get(other) ?? 0;
      if (n >= perArticle) continue;
      perOther.set(other, n + 1);
      keep[k] = 1;
      kept += 1;
    }
  }
  return candidates.filter((_, k) => keep[k] === 1);
}
