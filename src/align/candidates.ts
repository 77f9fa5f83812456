// Candidate pairs without comparing all pairs: an inverted index from stems to claims accumulates
// TF-IDF dot products, so only claims of different articles that share a stem are ever scored.
import type { ClaimFeatures } from './features.js';

export interface Candidate {
  i: number;
  j: number;
  /** TF-IDF cosine, accumulated through the index. */
  cos: number;
}

/** All pairs (i < j, different articles) whose cosine reaches `minCos`. */
export function candidatePairs(features: readonly ClaimFeatures[], minCos: number): Candidate[] {
  const postings = new Map<string, Array<[number, number]>>();
  features.forEach((f, i) => {
    for (const [term, w] of f.weights) {
      const list = postings.get(term);
      if (list) list.push([i, w]);
      else postings.set(term, [[i, w]]);
    }
  });
  const out: Candidate[] = [];
  const dot = new Float64Array(features.length);
  const touched: number[] = [];
  for (let i = 0; i < features.length; i += 1) {
    for (const [term, w] of features[i].weights) {
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
