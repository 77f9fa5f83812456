// A reviewer's corrections as training data: the claims they merged (the same fact), split
// (different facts) and the relations they corrected, as rows of two texts and a relation: the
// `pairs` format that `claimdiff pairs` reads and `npm run train -- --pairs FILE` learns from.
import type { PairRelation, ReviewedClaim, ReviewFile } from '../types.js';
import { pairKey } from './edit.js';

export interface ReviewedPair {
  s1: string;
  s2: string;
  relation: PairRelation;
  /** The claims' ids, so a row can be traced back to its entry. */
  claim1: string;
  claim2: string;
  /** `merge`, `split` or `relation` (a group's relation corrected). */
  correction: 'merge' | 'split' | 'relation';
}

/**
 * The rows, in entry order: a merge gives its relation (`shared` unless the reviewer gave another),
 * a split `unrelated`, a corrected group one row per pair of members from two articles, with the
 * corrected relation. A pair's own entry wins over its group's correction; each pair appears once.
 */
export function reviewedPairs(review: ReviewFile): ReviewedPair[] {
  const rows = new Map<string, ReviewedPair>();
  const keys = Object.keys(review.entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const row = (a: ReviewedClaim, b: ReviewedClaim, relation: PairRelation, correction: ReviewedPair['correction']): ReviewedPair => ({
    s1: a.text,
    s2: b.text,
    relation,
    claim1: a.id,
    claim2: b.id,
    correction,
  });
  for (const key of keys) {
    const e = review.entries[key];
    if (e.kind !== 'pair' || e.claims?.length !== 2 || e.same === undefined) continue;
    const [a, b] = e.claims;
    rows.set(pairKey(a.id, b.id), e.same ? row(a, b, e.relation ?? 'shared', 'merge') : row(a, b, 'unrelated', 'split'));
  }
  for (const key of keys) {
    const e = review.entries[key];
    if (e.kind !== 'group' || !e.relation || !e.claims) continue;
    for (let i = 0; i < e.claims.length; i += 1) {
      for (let j = i + 1; j < e.claims.length; j += 1) {
        const [a, b] = [e.claims[i], e.claims[j]];
        const k = pairKey(a.id, b.id);
        if (a.article === b.article || rows.has(k)) continue;
        rows.set(k, row(a, b, e.relation, 'relation'));
      }
    }
  }
  return [...rows.values()];
}
