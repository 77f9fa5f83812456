// Blocking and linking: which pairs of articles are worth scoring, and their scores. Each article
// posts its strongest shared terms to an inverted index; two articles become a candidate pair
// when they share at least MIN_SHARED_KEYS of them within the date window. Cost grows with the
// pairs inside a window, never with all pairs. Everything here is typed arrays, so worker threads
// can link ranges of articles over shared memory.
import type { Alloc } from './alloc.js';
import { dateFactor } from './dates.js';
import { HashTable } from './hash-table.js';
import type { LinkList } from './links.js';
import { NEAR_COPY, sketchJaccard } from './copies.js';
import { sortUint32 } from './sort.js';
import { cosine, type VectorSet } from './vectors.js';

/** Terms each article posts to the index: its highest-weighted shared words (32 kept 99% of gold pairs on the dev data). */
const KEYS_PER_ARTICLE = 32;
/** Posted terms two articles must share to be scored. */
const MIN_SHARED_KEYS = 2;
/** Copies share their rare terms too: below this cosine no pair is a copy, and the sketches are not compared. */
const COPY_MIN_COSINE = 0.3;
/** A wire copy's content score at least (its cosine is below 1 only by the words no other article has). */
const COPY_SCORE = 0.95;

/**
 * The inverted index: article i posts slots slot[i * KEYS_PER_ARTICLE .. + count[i]); slot k lists
 * its dated articles in (day, index) order in dated[datedStart[k] .. datedStart[k+1]) (days alongside)
 * and its undated ones in undated[undatedStart[k] .. undatedStart[k+1]).
 */
export interface Blocking {
  slot: Int32Array;
  count: Uint8Array;
  datedStart: Int32Array;
  dated: Int32Array;
  datedDays: Float64Array;
  undatedStart: Int32Array;
  undated: Int32Array;
}

/** What linking reads: plain typed arrays (shared with workers in the parallel path). */
export interface LinkContext {
  vectors: VectorSet;
  blocking: Blocking;
  /** Day numbers (NaN when unknown). */
  days: Float64Array;
  window: number;
  /** Shingle sketches: article i has sketches[sketchStart[i] .. sketchStart[i+1]). */
  sketchStart: Uint32Array;
  sketches: Uint32Array;
  /** Links scoring below this are dropped (they barely move a mean). */
  keep: number;
}

/** Scratch space for key selection (one per thread), and its bits: positive floats order as their bits do. */
let scratch = new Float32Array(1024);
let scratchBits = new Uint32Array(scratch.buffer);

/** The strongest words of each vector, as term keys (numbers excluded: tolls and years are shared by unrelated stories). */
function selectKeys(v: VectorSet, alloc: Alloc): { keys: Uint32Array; count: Uint8Array } {
  const n = v.start.length - 1;
  const keys = new Uint32Array(n * KEYS_PER_ARTICLE);
  const count = alloc.u8(n);
  const { terms, weights } = v;
  for (let a = 0; a < n; a += 1) {
    const from = v.start[a];
    const to = v.start[a + 1];
    if (scratch.length < to - from) {
      scratch = new Float32Array((to - from) * 2);
      scratchBits = new Uint32Array(scratch.buffer);
    }
    let words = 0;
    let positive = true;
    for (let i = from; i < to; i += 1) {
      if ((terms[i] & 1) !== 0) continue;
      positive &&= weights[i] > 0;
      scratch[words++] = weights[i];
    }
    // The KEYS_PER_ARTICLE-th largest weight, then a pass. Positive floats sort as their bits do
    // (sortUint32, faster than TypedArray#sort); any other weight takes the typed-array sort.
    let cut = -1;
    if (words > KEYS_PER_ARTICLE) {
      if (positive) sortUint32(scratchBits, 0, words);
      else scratch.subarray(0, words).sort();
      cut = scratch[words - KEYS_PER_ARTICLE];
    }
    const limit = Math.min(KEYS_PER_ARTICLE, words);
    const base = a * KEYS_PER_ARTICLE;
    let k = 0;
    for (let i = from; i < to && k < limit; i += 1) if ((terms[i] & 1) === 0 && weights[i] > cut) keys[base + k++] = terms[i];
    for (let i = from; i < to && k < limit; i += 1) if ((terms[i] & 1) === 0 && weights[i] === cut) keys[base + k++] = terms[i];
    count[a] = k;
  }
  return { keys, count };
}

/** Builds the inverted index of the articles' posted keys. */
export function buildBlocking(vectors: VectorSet, days: Float64Array, alloc: Alloc): Blocking {
  const n = vectors.start.length - 1;
  const { keys, count } = selectKeys(vectors, alloc);
  const slots = new HashTable(1 << 15);
  const slot = alloc.i32(n * KEYS_PER_ARTICLE);
  let slotCount = 0;
  for (let a = 0; a < n; a += 1) {
    for (let q = a * KEYS_PER_ARTICLE; q < a * KEYS_PER_ARTICLE + count[a]; q += 1) {
      let s = slots.get(keys[q]);
      if (s < 0) {
        s = slotCount++;
        slots.set(keys[q], s);
      }
      slot[q] = s;
    }
  }
  // Visit articles in (day, index) order so that every list comes out sorted without a sort per list.
  const order: number[] = [];
  for (let a = 0; a < n; a += 1) if (!Number.isNaN(days[a])) order.push(a);
  order.sort((x, y) => days[x] - days[y] || x - y);
  const datedStart = alloc.i32(slotCount + 1);
  const undatedStart = alloc.i32(slotCount + 1);
  for (let a = 0; a < n; a += 1) {
    const start = Number.isNaN(days[a]) ? undatedStart : datedStart;
    for (let q = a * KEYS_PER_ARTICLE; q < a * KEYS_PER_ARTICLE + count[a]; q += 1) start[slot[q] + 1] += 1;
  }
  for (let k = 0; k < slotCount; k += 1) {
    datedStart[k + 1] += datedStart[k];
    undatedStart[k + 1] += undatedStart[k];
  }
  const dated = alloc.i32(datedStart[slotCount]);
  const datedDays = alloc.f64(datedStart[slotCount]);
  const undated = alloc.i32(undatedStart[slotCount]);
  const datedFill = datedStart.slice(0, slotCount);
  const undatedFill = undatedStart.slice(0, slotCount);
  for (const a of order) {
    for (let q = a * KEYS_PER_ARTICLE; q < a * KEYS_PER_ARTICLE + count[a]; q += 1) {
      const at = datedFill[slot[q]]++;
      dated[at] = a;
      datedDays[at] = days[a];
    }
  }
  for (let a = 0; a < n; a += 1) {
    if (!Number.isNaN(days[a])) continue;
    for (let q = a * KEYS_PER_ARTICLE; q < a * KEYS_PER_ARTICLE + count[a]; q += 1) undated[undatedFill[slot[q]]++] = a;
  }
  return { slot, count, datedStart, dated, datedDays, undatedStart, undated };
}

function lowerBound(xs: Float64Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The link score of two articles: term cosine times the date factor; a wire copy (shingle
 * Jaccard >= NEAR_COPY) counts as at least COPY_SCORE. Negative for a copy: the sign carries the flag.
 */
export function scorePair(ctx: LinkContext, a: number, b: number): number {
  const factor = dateFactor(ctx.days[a] - ctx.days[b], ctx.window);
  if (factor === 0) return 0;
  return scoreTerms(ctx, a, b, cosine(ctx.vectors, a, b), factor);
}

/** scorePair once the term cosine and the date factor (not 0) are known. */
function scoreTerms(ctx: LinkContext, a: number, b: number, terms: number, factor: number): number {
  if (terms < COPY_MIN_COSINE) return terms * factor;
  const sa = ctx.sketches.subarray(ctx.sketchStart[a], ctx.sketchStart[a + 1]);
  const sb = ctx.sketches.subarray(ctx.sketchStart[b], ctx.sketchStart[b + 1]);
  return sketchJaccard(sa, sb) >= NEAR_COPY ? -Math.max(terms, COPY_SCORE) * factor : terms * factor;
}

/**
 * One article's vector spread into a small open-addressing table (one per thread), so that its
 * cosine with each of the articles it meets reads only the other's terms: one probe each in a
 * table that stays in the first-level cache, instead of a merge of both lists whose every step
 * is a branch the processor cannot predict (the merge was most of linking's time). The products
 * are summed in the other's ascending key order, the order of the merge: the same cosine, bit for bit.
 */
let anchorKeys = new Uint32Array(1024);
let anchorWeights = new Float64Array(1024);
let anchorMask = 1023;

/** Spreads article a's vector into the anchor table (term keys are never 0, the empty mark). */
function setAnchor(v: VectorSet, a: number): void {
  const from = v.start[a];
  const to = v.start[a + 1];
  // At most a quarter full, so that a key a lacks mostly meets an empty slot at once.
  if ((to - from) * 4 > anchorKeys.length) {
    let cap = anchorKeys.length;
    while ((to - from) * 4 > cap) cap *= 2;
    anchorKeys = new Uint32Array(cap);
    anchorWeights = new Float64Array(cap);
    anchorMask = cap - 1;
  }
  const keys = anchorKeys;
  const mask = anchorMask;
  for (let i = from; i < to; i += 1) {
    const t = v.terms[i];
    let s = (t >>> 1) & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = t;
    anchorWeights[s] = v.weights[i];
  }
}

/** Empties the slots article a took. */
function clearAnchor(v: VectorSet, a: number): void {
  const keys = anchorKeys;
  const mask = anchorMask;
  for (let i = v.start[a]; i < v.start[a + 1]; i += 1) {
    let s = (v.terms[i] >>> 1) & mask;
    while (keys[s] !== 0) {
      keys[s] = 0;
      s = (s + 1) & mask;
    }
  }
}

/** The cosine of the anchored article with article b (`cosine`, the same value). */
function anchorCosine(v: VectorSet, b: number): number {
  const { terms, weights } = v;
  const keys = anchorKeys;
  const mask = anchorMask;
  let dot = 0;
  for (let j = v.start[b], end = v.start[b + 1]; j < end; j += 1) {
    const t = terms[j];
    for (let s = (t >>> 1) & mask; keys[s] !== 0; s = (s + 1) & mask) {
      if (keys[s] === t) {
        dot += anchorWeights[s] * weights[j];
        break;
      }
    }
  }
  return dot;
}

/** Per-thread marks: which article last met b, and how many keys they share. */
let seenBy = new Int32Array(0);
let shared = new Int32Array(0);

/**
 * Finds and scores the candidate pairs of articles a in [from, to), appending links to `out`.
 * Each pair is met from one side only: a dated article looks forward in time (to day + window)
 * and at the undated; an undated article looks at the undated after it.
 */
export function linkRange(ctx: LinkContext, from: number, to: number, out: LinkList): void {
  const { blocking: p, days, window } = ctx;
  const n = days.length;
  if (seenBy.length < n) {
    seenBy = new Int32Array(n);
    shared = new Int32Array(n);
  }
  seenBy.fill(-1, 0, n);
  const meet = (a: number, b: number): void => {
    if (seenBy[b] !== a) {
      seenBy[b] = a;
      shared[b] = 0;
    }
    shared[b] += 1;
    if (shared[b] !== MIN_SHARED_KEYS) return;
    const factor = dateFactor(days[a] - days[b], window);
    if (factor === 0) return;
    const s = scoreTerms(ctx, a, b, anchorCosine(ctx.vectors, b), factor);
    if (s < 0) out.push(a, b, -s, true);
    else if (s >= ctx.keep) out.push(a, b, s, false);
  };
  for (let a = from; a < to; a += 1) {
    const day = days[a];
    const undatedA = Number.isNaN(day);
    if (p.count[a] === 0) continue;
    setAnchor(ctx.vectors, a);
    for (let q = a * KEYS_PER_ARTICLE; q < a * KEYS_PER_ARTICLE + p.count[a]; q += 1) {
      const slot = p.slot[q];
      if (!undatedA) {
        const end = p.datedStart[slot + 1];
        for (let i = lowerBound(p.datedDays, p.datedStart[slot], end, day); i < end; i += 1) {
          if (p.datedDays[i] > day + window) break;
          const b = p.dated[i];
          if (p.datedDays[i] === day && b <= a) continue;
          meet(a, b);
        }
      }
      for (let i = p.undatedStart[slot]; i < p.undatedStart[slot + 1]; i += 1) {
        const b = p.undated[i];
        if (!undatedA || b > a) meet(a, b);
      }
    }
    clearAnchor(ctx.vectors, a);
  }
}
