// Rarity-weighted term vectors: drop background sentences, count terms, weigh by smoothed IDF.
import type { ArticleFeatures } from './features.js';
import { HashTable } from './hash-table.js';

/** Sparse unit vector: ascending term keys and their weights. */
export interface TermVector {
  terms: Uint32Array;
  weights: Float32Array;
}

export interface VectorSpace {
  vectors: TermVector[];
  /** Document frequency of each term key. */
  df: HashTable;
  /** Hashes of background sentences (in RECURRING_SENTENCE or more articles). */
  recurring: Set<number>;
  idf: (df: number) => number;
}

/** A sentence in this many articles is background (a toll, the war's start date), not news. */
export const RECURRING_SENTENCE = 3;
/** An article made mostly of recurring sentences is a copy, not background: keep its sentences. */
const MAX_BACKGROUND_SHARE = 0.5;
/** Title words count this many times: a title names the event. */
const TITLE_WEIGHT = 2;
/** Numbers (tolls, years) recur across events: they count half. */
const NUMBER_WEIGHT = 0.5;
/** Names (capitalized inside a sentence, Latin script) identify an event's actors: they count 1.5 times. */
const NAME_WEIGHT = 1.5;
/**
 * Smoothing of document frequency: a prior of PRIOR_DOCS documents in which a content word
 * appears with probability PRIOR_RATE, so that idf = ln((N + 5) / (df + 0.1)). It keeps weights
 * finite and ordered on a handful of articles and vanishes on thousands.
 */
const PRIOR_DOCS = 5;
const PRIOR_RATE = 0.02;

/** Sentence hashes that appear in at least RECURRING_SENTENCE articles. */
export function recurringSentences(features: readonly ArticleFeatures[]): Set<number> {
  let total = 0;
  for (const f of features) total += f.sentenceHashes.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const f of features) {
    // Count a sentence once per article: a repeated line inside one article is not background.
    const unique = Array.from(new Set(f.sentenceHashes));
    all.set(unique, at);
    at += unique.length;
  }
  const sorted = all.subarray(0, at).sort();
  const out = new Set<number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j += 1;
    if (j - i >= RECURRING_SENTENCE) out.add(sorted[i]);
    i = j;
  }
  return out;
}

/** Term keys an article counts: title twice, body minus background sentences; ascending, with counts. */
export function countTerms(f: ArticleFeatures, recurring: ReadonlySet<number>): { terms: Uint32Array; counts: Float32Array } {
  const keep = new Uint8Array(f.terms.length).fill(1);
  if (recurring.size > 0) {
    let dropped = 0;
    for (let s = 0; s < f.sentenceHashes.length; s += 1) {
      if (recurring.has(f.sentenceHashes[s])) dropped += f.sentenceEnds[s] - f.sentenceStarts[s];
    }
    const body = f.terms.length - f.titleTerms;
    if (dropped > 0 && dropped < body * MAX_BACKGROUND_SHARE) {
      for (let s = 0; s < f.sentenceHashes.length; s += 1) {
        if (recurring.has(f.sentenceHashes[s])) keep.fill(0, f.sentenceStarts[s], f.sentenceEnds[s]);
      }
    }
  }
  const keys = new Uint32Array(f.terms.length + f.titleTerms * (TITLE_WEIGHT - 1));
  let size = 0;
  for (let i = 0; i < f.terms.length; i += 1) {
    if (!keep[i]) continue;
    keys[size++] = f.terms[i];
    if (i < f.titleTerms) for (let r = 1; r < TITLE_WEIGHT; r += 1) keys[size++] = f.terms[i];
  }
  const sorted = keys.subarray(0, size).sort();
  let unique = 0;
  for (let i = 0; i < size; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) unique += 1;
  const terms = new Uint32Array(unique);
  const counts = new Float32Array(unique);
  let u = -1;
  for (let i = 0; i < size; i += 1) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) terms[++u] = sorted[i];
    counts[u] += 1;
  }
  return { terms, counts };
}

/** Smoothed inverse document frequency for a corpus of `n` articles. */
export function idfFor(n: number): (df: number) => number {
  return (df) => Math.log((n + PRIOR_DOCS) / (df + PRIOR_DOCS * PRIOR_RATE));
}

/** The vectors of all articles, weighted by corpus rarity. */
export function buildVectors(features: readonly ArticleFeatures[]): VectorSpace {
  const recurring = recurringSentences(features);
  const counted = features.map((f) => countTerms(f, recurring));
  const df = new HashTable(1 << 16);
  for (const c of counted) for (let i = 0; i < c.terms.length; i += 1) df.add(c.terms[i], 1);
  const idf = idfFor(features.length);
  const vectors = counted.map(({ terms, counts }, a): TermVector => {
    const names = features[a].capitalized;
    const w = new Float32Array(terms.length);
    const d = new Uint32Array(terms.length);
    let norm = 0;
    let shared = 0;
    let j = 0;
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i];
      d[i] = df.get(t);
      while (j < names.length && names[j] < t) j += 1;
      const name = j < names.length && names[j] === t;
      const x = (1 + Math.log(counts[i])) * idf(d[i]) * (t & 1 ? NUMBER_WEIGHT : 1) * (name ? NAME_WEIGHT : 1);
      w[i] = x;
      norm += x * x;
      if (d[i] > 1) shared += 1;
    }
    norm = Math.sqrt(norm) || 1;
    // Terms no other article has never meet in a dot product: keep them in the norm, not in memory.
    const keptTerms = new Uint32Array(shared);
    const keptWeights = new Float32Array(shared);
    let k = 0;
    for (let i = 0; i < terms.length; i += 1) {
      if (d[i] > 1) {
        keptTerms[k] = terms[i];
        keptWeights[k] = w[i] / norm;
        k += 1;
      }
    }
    return { terms: keptTerms, weights: keptWeights };
  });
  return { vectors, df, recurring, idf };
}

/** Cosine of two unit vectors (a merge of their ascending term lists). */
export function cosine(a: TermVector, b: TermVector): number {
  const at = a.terms;
  const bt = b.terms;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < at.length && j < bt.length) {
    const x = at[i];
    const y = bt[j];
    if (x === y) {
      dot += a.weights[i] * b.weights[j];
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return dot;
}
