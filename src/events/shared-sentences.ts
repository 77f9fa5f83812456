// Sentences shared verbatim by exactly two otherwise different articles must not link them: such a
// link is scored again without those sentences' terms (see sentence-counts.ts for background sentences).
import { dateFactor } from './dates.js';
import { HashTable } from './hash-table.js';
import type { Links } from './links.js';
import type { FeatureStore } from './packed.js';
import type { VectorSet } from './vectors.js';

/** Shared sentences holding more of an article's terms than this are copying, not background: no rescoring. */
const MAX_SHARED_SHARE = 0.3;

/** Pairs of articles that share sentences found in no other article: "a,b" -> the shared hashes. */
function sharedPairs(store: FeatureStore, counts: HashTable): Map<string, { a: number; b: number; hashes: number[] }> {
  const first = new HashTable(1 << 8); // hash -> 1 + the first article that has it
  const pairs = new Map<string, { a: number; b: number; hashes: number[] }>();
  const n = store.size;
  for (let i = 0; i < n; i += 1) {
    const f = store.article(i);
    for (const h of f.sentenceHashes) {
      if (h === 0 || counts.get(h) !== 2) continue;
      const seen = first.get(h);
      if (seen < 0) {
        first.set(h, i + 1);
        continue;
      }
      const a = seen - 1;
      if (a === i) continue;
      const key = `${a},${i}`;
      const pair = pairs.get(key) ?? { a, b: i, hashes: [] };
      pair.hashes.push(h);
      pairs.set(key, pair);
    }
  }
  return pairs;
}

/** Term keys of an article's sentences with the given hashes, and how many of its terms that is. */
function sentenceTerms(store: FeatureStore, i: number, hashes: readonly number[], into: Set<number>): number {
  const f = store.article(i);
  let covered = 0;
  for (let s = 0; s < f.sentenceHashes.length; s += 1) {
    if (!hashes.includes(f.sentenceHashes[s])) continue;
    for (let t = f.sentenceStarts[s]; t < f.sentenceEnds[s]; t += 1) into.add(f.terms[t]);
    covered += f.sentenceEnds[s] - f.sentenceStarts[s];
  }
  return covered / Math.max(1, f.terms.length);
}

/**
 * Pairs of articles ("a,b", a < b) sharing sentences no other article has, each with the terms of
 * those sentences, or null when the shared part is large (copying, not background). Read from
 * the features before linking, so that the features (the largest arrays of grouping after the
 * articles) can go before the links are found.
 */
export type SharedSentencePairs = Map<string, ReadonlySet<number> | null>;

export function sharedSentencePairs(store: FeatureStore, counts: HashTable): SharedSentencePairs {
  const out: SharedSentencePairs = new Map();
  for (const [key, pair] of sharedPairs(store, counts)) {
    const skip = new Set<number>();
    const shareA = sentenceTerms(store, pair.a, pair.hashes, skip);
    const shareB = sentenceTerms(store, pair.b, pair.hashes, skip);
    out.set(key, shareA > MAX_SHARED_SHARE || shareB > MAX_SHARED_SHARE ? null : skip);
  }
  return out;
}

/** Cosine of articles a and b over the terms not in `skip`. */
function cosineWithout(v: VectorSet, a: number, b: number, skip: ReadonlySet<number>): number {
  let dot = 0;
  for (let i = v.start[a], j = v.start[b]; i < v.start[a + 1] && j < v.start[b + 1]; ) {
    const x = v.terms[i];
    const y = v.terms[j];
    if (x === y) {
      if (!skip.has(x)) dot += v.weights[i] * v.weights[j];
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return dot;
}

/**
 * Rescores, in place, the links between two articles that share sentences no other article has,
 * leaving those sentences' terms out, unless the pair is a wire copy or the shared part is large.
 */
export function discountSharedSentences(links: Links, pairs: SharedSentencePairs, vectors: VectorSet, days: Float64Array, window: number): void {
  if (pairs.size === 0) return;
  for (let e = 0; e < links.length; e += 1) {
    if (links.copy[e]) continue;
    const a = Math.min(links.a[e], links.b[e]);
    const b = Math.max(links.a[e], links.b[e]);
    const skip = pairs.get(`${a},${b}`);
    if (!skip) continue;
    links.score[e] = cosineWithout(vectors, a, b, skip) * dateFactor(days[a] - days[b], window);
  }
}
