// Rarity-weighted term vectors: drop background sentences, count terms, weigh by smoothed IDF.
// All vectors live in three flat arrays (compressed rows), not one pair of arrays per article.
import { type Alloc, heapAlloc } from './alloc.js';
import type { ArticleFeatures } from './features.js';
import { HashTable } from './hash-table.js';
import type { FeatureStore } from './packed.js';
import { RECURRING_SENTENCE } from './sentence-counts.js';
import { sortUint32 } from './sort.js';

/** Sparse unit vectors: article i has terms[start[i] .. start[i+1]) (ascending keys) and their weights. */
export interface VectorSet {
  start: Uint32Array;
  terms: Uint32Array;
  weights: Float32Array;
}

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

/** Smoothed inverse document frequency for a corpus of `n` articles. */
export function idfFor(n: number): (df: number) => number {
  return (df) => Math.log((n + PRIOR_DOCS) / (df + PRIOR_DOCS * PRIOR_RATE));
}

/** Scratch space for countTerms (one per thread). */
let keysScratch = new Uint32Array(4096);
let keepScratch = new Uint8Array(4096);

/**
 * Marks in keepScratch which of an article's terms count (title twice, body minus background
 * sentences); returns how many key slots counting them needs.
 */
function markKept(f: ArticleFeatures, sentences: HashTable): number {
  if (keepScratch.length < f.terms.length) keepScratch = new Uint8Array(f.terms.length * 2);
  const keep = keepScratch.fill(1, 0, f.terms.length);
  let dropped = 0;
  for (let s = 0; s < f.sentenceHashes.length; s += 1) {
    if (sentences.get(f.sentenceHashes[s]) >= RECURRING_SENTENCE) dropped += f.sentenceEnds[s] - f.sentenceStarts[s];
  }
  const body = f.terms.length - f.titleTerms;
  if (dropped > 0 && dropped < body * MAX_BACKGROUND_SHARE) {
    for (let s = 0; s < f.sentenceHashes.length; s += 1) {
      if (sentences.get(f.sentenceHashes[s]) >= RECURRING_SENTENCE) keep.fill(0, f.sentenceStarts[s], f.sentenceEnds[s]);
    }
  }
  return f.terms.length + f.titleTerms * (TITLE_WEIGHT - 1);
}

/**
 * Appends an article's term counts (title twice, body minus background sentences) to
 * terms/counts at `at`, ascending; returns the new end.
 */
function countTerms(f: ArticleFeatures, sentences: HashTable, terms: Uint32Array, counts: Float32Array, at: number): number {
  const need = markKept(f, sentences);
  const keep = keepScratch;
  if (keysScratch.length < need) keysScratch = new Uint32Array(need * 2);
  let size = 0;
  for (let i = 0; i < f.terms.length; i += 1) {
    if (!keep[i]) continue;
    keysScratch[size++] = f.terms[i];
    if (i < f.titleTerms) for (let r = 1; r < TITLE_WEIGHT; r += 1) keysScratch[size++] = f.terms[i];
  }
  sortUint32(keysScratch, 0, size);
  const sorted = keysScratch;
  let u = at - 1;
  for (let i = 0; i < size; i += 1) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      u += 1;
      terms[u] = sorted[i];
      counts[u] = 0;
    }
    counts[u] += 1;
  }
  return u + 1;
}

/** A set of one article's distinct terms (one per thread): open addressing, at most a quarter full; key 0 is empty. */
let seenKeys = new Uint32Array(4096);

/**
 * Adds 1 to the document frequency of each distinct term article a counts: the terms countTerms
 * would list, found with a small set instead of a sort (the frequencies need no order); returns
 * how many more entries the vectors will keep.
 */
function countDocument(f: ArticleFeatures, sentences: HashTable, docFreq: HashTable): number {
  markKept(f, sentences);
  const keep = keepScratch;
  if (seenKeys.length < f.terms.length * 4) {
    let cap = seenKeys.length;
    while (cap < f.terms.length * 4) cap *= 2;
    seenKeys = new Uint32Array(cap);
  }
  const seen = seenKeys;
  const mask = seen.length - 1;
  let kept = 0;
  for (let i = 0; i < f.terms.length; i += 1) {
    if (!keep[i]) continue;
    const t = f.terms[i];
    let s = (t >>> 1) & mask;
    while (seen[s] !== 0 && seen[s] !== t) s = (s + 1) & mask;
    if (seen[s] === t) continue;
    seen[s] = t;
    const d = docFreq.add(t, 1);
    if (d >= 2) kept += d === 2 ? 2 : 1;
  }
  // Empty the slots taken: each kept term's probe run from its home slot.
  for (let i = 0; i < f.terms.length; i += 1) {
    for (let s = (f.terms[i] >>> 1) & mask; seen[s] !== 0; s = (s + 1) & mask) seen[s] = 0;
  }
  return kept;
}

/** Scratch space for one article's term counts (one per thread). */
let articleTerms = new Uint32Array(4096);
let articleCounts = new Float32Array(4096); // counts first, weights after

/** Counts an article's terms into the scratch arrays; returns how many distinct terms it has. */
function countArticle(f: ArticleFeatures, sentences: HashTable): number {
  const need = f.terms.length + f.titleTerms * (TITLE_WEIGHT - 1);
  if (articleTerms.length < need) {
    articleTerms = new Uint32Array(need * 2);
    articleCounts = new Float32Array(need * 2);
  }
  return countTerms(f, sentences, articleTerms, articleCounts, 0);
}

/**
 * The vectors of all articles, weighted by corpus rarity (`sentences`: articles per sentence hash); the final arrays come from `alloc`.
 * Each article's terms are counted twice, once for the document frequencies and once to weigh
 * them, rather than held meanwhile: held, the counts of every article took more memory than the
 * vectors (about 146 MB at 100k articles), as garbage beside them until the collector ran.
 */
export function buildVectors(store: FeatureStore, sentences: HashTable, alloc: Alloc = heapAlloc): VectorSet {
  const n = store.size;
  // 1. Document frequencies, and how many entries the vectors keep: a term no other article has
  //    never meets in a dot product, so it counts in the norm but is not kept.
  const docFreq = new HashTable(1 << 16);
  let kept = 0;
  for (let a = 0; a < n; a += 1) kept += countDocument(store.article(a), sentences, docFreq);
  // 2. Weigh, normalize, and write the kept terms.
  const idf = idfFor(n);
  const out = { start: alloc.u32(n + 1), terms: alloc.u32(kept), weights: alloc.f32(kept) };
  let write = 0;
  let df = new Uint32Array(256);
  for (let a = 0; a < n; a += 1) {
    const f = store.article(a);
    const size = countArticle(f, sentences);
    const terms = articleTerms;
    const weights = articleCounts;
    if (df.length < size) df = new Uint32Array(size * 2);
    const names = f.capitalized;
    let norm = 0;
    let j = 0;
    for (let i = 0; i < size; i += 1) {
      const t = terms[i];
      const d = docFreq.get(t);
      df[i] = d;
      while (j < names.length && names[j] < t) j += 1;
      const name = j < names.length && names[j] === t;
      const x = (1 + Math.log(weights[i])) * idf(d) * (t & 1 ? NUMBER_WEIGHT : 1) * (name ? NAME_WEIGHT : 1);
      weights[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    out.start[a] = write;
    for (let i = 0; i < size; i += 1) {
      if (df[i] < 2) continue;
      out.terms[write] = terms[i];
      out.weights[write] = weights[i] / norm;
      write += 1;
    }
  }
  out.start[n] = write;
  return out;
}

/** Cosine of the unit vectors of articles a and b (a merge of their ascending term lists). */
export function cosine(v: VectorSet, a: number, b: number): number {
  const { terms, weights } = v;
  let i = v.start[a];
  const iEnd = v.start[a + 1];
  let j = v.start[b];
  const jEnd = v.start[b + 1];
  let dot = 0;
  while (i < iEnd && j < jEnd) {
    const x = terms[i];
    const y = terms[j];
    if (x === y) {
      dot += weights[i] * weights[j];
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return dot;
}
