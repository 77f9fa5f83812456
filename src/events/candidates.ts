// Blocking: which pairs of articles are worth scoring. Each article posts its few rarest strong
// terms to an inverted index; two articles become a candidate pair when they share at least
// MIN_SHARED_KEYS of them within the date window. Cost grows with the pairs inside a window,
// never with all pairs.
import { HashTable } from './hash-table.js';
import type { VectorSet } from './vectors.js';

/** Terms each article posts to the index: its highest-weighted shared words (32 kept 99% of gold pairs on the dev data). */
const KEYS_PER_ARTICLE = 32;
/** Posted terms two articles must share to be scored. */
const MIN_SHARED_KEYS = 2;

export interface BlockingInput {
  vectors: VectorSet;
  /** Day numbers (NaN when unknown). */
  days: Float64Array;
  window: number;
  /** Reports progress as articles scanned. */
  onArticle?: (done: number) => void;
}

/** Posted keys of all articles: article i posts keys[i * KEYS_PER_ARTICLE .. + count[i]). */
interface Keys {
  keys: Uint32Array;
  count: Uint8Array;
}

/** Scratch space for blockingKeys (one per thread). */
let scratch = new Float32Array(1024);

/** The strongest terms of each vector (numbers excluded: tolls and years are shared by unrelated stories). */
export function blockingKeys(v: VectorSet): Keys {
  const n = v.start.length - 1;
  const keys = new Uint32Array(n * KEYS_PER_ARTICLE);
  const count = new Uint8Array(n);
  const { terms, weights } = v;
  for (let a = 0; a < n; a += 1) {
    const from = v.start[a];
    const to = v.start[a + 1];
    if (scratch.length < to - from) scratch = new Float32Array((to - from) * 2);
    let words = 0;
    for (let i = from; i < to; i += 1) if ((terms[i] & 1) === 0) scratch[words++] = weights[i];
    // The KEYS_PER_ARTICLE-th largest weight (a numeric typed-array sort, no comparator), then a pass.
    const cut = words <= KEYS_PER_ARTICLE ? -1 : scratch.subarray(0, words).sort()[words - KEYS_PER_ARTICLE];
    const limit = Math.min(KEYS_PER_ARTICLE, words);
    const base = a * KEYS_PER_ARTICLE;
    let k = 0;
    for (let i = from; i < to && k < limit; i += 1) if ((terms[i] & 1) === 0 && weights[i] > cut) keys[base + k++] = terms[i];
    for (let i = from; i < to && k < limit; i += 1) if ((terms[i] & 1) === 0 && weights[i] === cut) keys[base + k++] = terms[i];
    count[a] = k;
  }
  return { keys, count };
}

/** Posting lists in compressed rows: the articles posting key slot k are list[start[k] .. start[k+1]). */
interface Postings {
  slots: HashTable;
  /** Dated articles per slot, in (day, index) order, with their days alongside. */
  datedStart: Int32Array;
  dated: Int32Array;
  datedDays: Float64Array;
  /** Undated articles per slot (they meet every article), in index order. */
  undatedStart: Int32Array;
  undated: Int32Array;
}

function buildPostings(k: Keys, days: Float64Array): Postings {
  const n = k.count.length;
  const slots = new HashTable(1 << 15);
  let slotCount = 0;
  const ofArticle = (a: number): Uint32Array => k.keys.subarray(a * KEYS_PER_ARTICLE, a * KEYS_PER_ARTICLE + k.count[a]);
  for (const key of k.keys) if (key !== 0 && slots.get(key) < 0) slots.set(key, slotCount++);
  // Visit articles in (day, index) order so that every list comes out sorted without a sort per list.
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => !Number.isNaN(days[i]));
  order.sort((x, y) => days[x] - days[y] || x - y);
  const datedStart = new Int32Array(slotCount + 1);
  const undatedStart = new Int32Array(slotCount + 1);
  for (let a = 0; a < n; a += 1) {
    const start = Number.isNaN(days[a]) ? undatedStart : datedStart;
    for (const key of ofArticle(a)) start[slots.get(key) + 1] += 1;
  }
  for (let k = 0; k < slotCount; k += 1) {
    datedStart[k + 1] += datedStart[k];
    undatedStart[k + 1] += undatedStart[k];
  }
  const dated = new Int32Array(datedStart[slotCount]);
  const datedDays = new Float64Array(datedStart[slotCount]);
  const undated = new Int32Array(undatedStart[slotCount]);
  const datedFill = datedStart.slice(0, slotCount);
  const undatedFill = undatedStart.slice(0, slotCount);
  for (const a of order) {
    for (const key of ofArticle(a)) {
      const at = datedFill[slots.get(key)]++;
      dated[at] = a;
      datedDays[at] = days[a];
    }
  }
  for (let a = 0; a < n; a += 1) {
    if (Number.isNaN(days[a])) for (const key of ofArticle(a)) undated[undatedFill[slots.get(key)]++] = a;
  }
  return { slots, datedStart, dated, datedDays, undatedStart, undated };
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

/** Growable list of pairs. */
class PairList {
  data = new Int32Array(1 << 16);
  size = 0;
  push(a: number, b: number): void {
    if (this.size + 2 > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size] = a < b ? a : b;
    this.data[this.size + 1] = a < b ? b : a;
    this.size += 2;
  }
}

/**
 * Candidate pairs as a flat [a, b, a, b, ...] list with a < b. Each pair is met from one side only:
 * a dated article looks forward in time (to day + window) and at the undated; an undated article
 * looks at the undated after it.
 */
export function candidatePairs(input: BlockingInput): Int32Array {
  const { vectors, days, window } = input;
  const n = vectors.start.length - 1;
  const keys = blockingKeys(vectors);
  const p = buildPostings(keys, days);
  const seenBy = new Int32Array(n).fill(-1);
  const shared = new Int32Array(n);
  const out = new PairList();
  const meet = (a: number, b: number): void => {
    if (seenBy[b] !== a) {
      seenBy[b] = a;
      shared[b] = 0;
    }
    shared[b] += 1;
    if (shared[b] === MIN_SHARED_KEYS) out.push(a, b);
  };
  for (let a = 0; a < n; a += 1) {
    const day = days[a];
    const undatedA = Number.isNaN(day);
    for (let q = a * KEYS_PER_ARTICLE; q < a * KEYS_PER_ARTICLE + keys.count[a]; q += 1) {
      const slot = p.slots.get(keys.keys[q]);
      if (!undatedA) {
        const end = p.datedStart[slot + 1];
        const from = lowerBound(p.datedDays, p.datedStart[slot], end, day);
        for (let i = from; i < end; i += 1) {
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
    if (input.onArticle && (a & 1023) === 1023) input.onArticle(a + 1);
  }
  return out.data.slice(0, out.size);
}
