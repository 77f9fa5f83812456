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
  for (let i = 0; i < features.length; i += 1) {
    for (const [term, w] of vector(features[i])) {
      for (const [j, v] of postings.get(term)!) {
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
 * The candidates kept for the model: for each claim and each other article, the `max` closest by
 * cosine (a claim is one fact among a handful in another article, not among hundreds). A pair stays
 * when either of its claims keeps it.
 */
export function closestCandidates(candidates: readonly Candidate[], articleOf: (claim: number) => number, max: number): Candidate[] {
  if (!Number.isFinite(max)) return [...candidates];
  const byKey = new Map<string, number[]>();
  candidates.forEach((c, k) => {
    for (const [self, other] of [[c.i, c.j], [c.j, c.i]]) {
      const key = `${self}:${articleOf(other)}`;
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(k);
    }
  });
  const keep = new Uint8Array(candidates.length);
  for (const list of byKey.values()) {
    list.sort((x, y) => candidates[y].cos - candidates[x].cos || x - y);
    for (const k of list.slice(0, max)) keep[k] = 1;
  }
  return candidates.filter((_, k) => keep[k] === 1);
}
