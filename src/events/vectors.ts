// Rarity-weighted term vectors: drop background sentences, count terms, weigh by smoothed IDF.
// All vectors live in three flat arrays (compressed rows), not one pair of arrays per article.
import { type Alloc, heapAlloc } from './alloc.js';
import type { ArticleFeatures } from './features.js';
import { HashTable } from './hash-table.js';
import type { FeatureStore } from './packed.js';
import { RECURRING_SENTENCE } from './sentence-counts.js';

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

/**
 * Appends an article's term counts (title twice, body minus background sentences) to
 * terms/counts at `at`, ascending; returns the new end.
 */
function countTerms(f: ArticleFeatures, sentences: HashTable, terms: Uint32Array, counts: Float32Array, at: number): number {
  const keep = new Uint8Array(f.terms.length).fill(1);
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
  const need = f.terms.length + f.titleTerms * (TITLE_WEIGHT - 1);
  if (keysScratch.length < need) keysScratch = new Uint32Array(need * 2);
  let size = 0;
  for (let i = 0; i < f.terms.length; i += 1) {
    if (!keep[i]) continue;
    keysScratch[size++] = f.terms[i];
    if (i < f.titleTerms) for (let r = 1; r < TITLE_WEIGHT; r += 1) keysScratch[size++] = f.terms[i];
  }
  const sorted = keysScratch.subarray(0, size).sort();
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

/** Scratch space for one chunk's term counts (one per thread). */
let chunkTerms = new Uint32Array(1 << 16);
let chunkCounts = new Float32Array(1 << 16);

/**
 * The vectors of all articles, weighted by corpus rarity (`sentences`: articles per sentence hash); the final arrays come from `alloc`.
 * Counts are kept a chunk of articles at a time in arrays cut to the distinct terms they hold: one
 * pair of arrays sized for every term occurrence of the corpus held twice as much (240 MB at 100k articles).
 */
export function buildVectors(store: FeatureStore, sentences: HashTable, alloc: Alloc = heapAlloc): VectorSet {
  const n = store.size;
  const start = new Uint32Array(n + 1);
  const termParts: Uint32Array[] = [];
  const weightParts: Float32Array[] = []; // counts first, weights after
  const docFreq = new HashTable(1 << 16);
  let at = 0;
  let a = 0;
  for (const c of store.chunks) {
    const bound = c.terms.length + c.titleTerms.reduce((s, t) => s + t * (TITLE_WEIGHT - 1), 0);
    if (chunkTerms.length < bound) {
      chunkTerms = new Uint32Array(bound * 2);
      chunkCounts = new Float32Array(bound * 2);
    }
    const base = at;
    let local = 0;
    for (let k = 0; k < c.count; k += 1, a += 1) {
      const end = countTerms(store.article(a), sentences, chunkTerms, chunkCounts, local);
      for (let i = local; i < end; i += 1) docFreq.add(chunkTerms[i], 1);
      local = end;
      start[a + 1] = base + end;
    }
    termParts.push(chunkTerms.slice(0, local));
    weightParts.push(chunkCounts.slice(0, local));
    at = base + local;
  }
  const idf = idfFor(n);
  // Weigh, normalize, and compact in place (each part into its own opening): terms no other
  // article has never meet in a dot product, so they count in the norm but are not kept.
  let write = 0;
  let df = new Uint32Array(256);
  const kept: number[] = [];
  a = 0;
  for (let p = 0; p < termParts.length; p += 1) {
    const terms = termParts[p];
    const weights = weightParts[p];
    const base = start[a];
    let local = 0;
    for (let k = 0; k < store.chunks[p].count; k += 1, a += 1) {
      const from = start[a] - base;
      const to = start[a + 1] - base;
      if (df.length < to - from) df = new Uint32Array((to - from) * 2);
      const names = store.article(a).capitalized;
      let norm = 0;
      let j = 0;
      for (let i = from; i < to; i += 1) {
        const t = terms[i];
        const d = docFreq.get(t);
        df[i - from] = d;
        while (j < names.length && names[j] < t) j += 1;
        const name = j < names.length && names[j] === t;
        const x = (1 + Math.log(weights[i])) * idf(d) * (t & 1 ? NUMBER_WEIGHT : 1) * (name ? NAME_WEIGHT : 1);
        weights[i] = x;
        norm += x * x;
      }
      norm = Math.sqrt(norm) || 1;
      start[a] = write + local;
      for (let i = from; i < to; i += 1) {
        if (df[i - from] < 2) continue;
        terms[local] = terms[i];
        weights[local] = weights[i] / norm;
        local += 1;
      }
    }
    kept.push(local);
    write += local;
  }
  start[n] = write;
  const out = { start: alloc.u32(n + 1), terms: alloc.u32(write), weights: alloc.f32(write) };
  out.start.set(start);
  let to = 0;
  for (let p = 0; p < termParts.length; p += 1) {
    out.terms.set(termParts[p].subarray(0, kept[p]), to);
    out.weights.set(weightParts[p].subarray(0, kept[p]), to);
    to += kept[p];
  }
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
