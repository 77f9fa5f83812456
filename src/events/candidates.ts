// Blocking: which pairs of articles are worth scoring. Each article posts its few rarest strong
// terms to an inverted index; two articles become a candidate pair when they share at least
// MIN_SHARED_KEYS of them within the date window. Cost grows with the pairs inside a window,
// never with all pairs.
import { HashTable } from './hash-table.js';
import type { TermVector } from './vectors.js';

/** Terms each article posts to the index: its highest-weighted shared words (32 kept 99% of gold pairs on the dev data). */
const KEYS_PER_ARTICLE = 32;
/** Posted terms two articles must share to be scored. */
const MIN_SHARED_KEYS = 2;

export interface BlockingInput {
  vectors: readonly TermVector[];
  /** Day numbers (NaN when unknown). */
  days: Float64Array;
  window: number;
  /** Reports progress as articles scanned. */
  onArticle?: (done: number) => void;
}

/** Scratch space for blockingKeys (one per thread). */
let scratch = new Float32Array(1024);

/** The strongest terms of a vector (numbers excluded: tolls and years are shared by unrelated stories). */
export function blockingKeys(v: TermVector, limit = KEYS_PER_ARTICLE): Uint32Array {
  const { terms, weights } = v;
  if (scratch.length < terms.length) scratch = new Float32Array(terms.length * 2);
  let words = 0;
  for (let i = 0; i < terms.length; i += 1) if ((terms[i] & 1) === 0) scratch[words++] = weights[i];
  // The limit-th largest weight (a numeric typed-array sort, no comparator callback), then a pass.
  const cut = words <= limit ? -1 : scratch.subarray(0, words).sort()[words - limit];
  const out = new Uint32Array(Math.min(limit, words));
  let k = 0;
  for (let i = 0; i < terms.length && k < out.length; i += 1) if ((terms[i] & 1) === 0 && weights[i] > cut) out[k++] = terms[i];
  for (let i = 0; i < terms.length && k < out.length; i += 1) if ((terms[i] & 1) === 0 && weights[i] === cut) out[k++] = terms[i];
  return out;
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

function buildPostings(keys: readonly Uint32Array[], days: Float64Array): Postings {
  const n = keys.length;
  const slots = new HashTable(1 << 15);
  let slotCount = 0;
  for (const ks of keys) for (const k of ks) if (slots.get(k) < 0) slots.set(k, slotCount++);
  // Visit articles in (day, index) order so that every list comes out sorted without a sort per list.
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => !Number.isNaN(days[i]));
  order.sort((x, y) => days[x] - days[y] || x - y);
  const datedStart = new Int32Array(slotCount + 1);
  const undatedStart = new Int32Array(slotCount + 1);
  for (let a = 0; a < n; a += 1) {
    const start = Number.isNaN(days[a]) ? undatedStart : datedStart;
    for (const k of keys[a]) start[slots.get(k) + 1] += 1;
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
    for (const k of keys[a]) {
      const at = datedFill[slots.get(k)]++;
      dated[at] = a;
      datedDays[at] = days[a];
    }
  }
  for (let a = 0; a < n; a += 1) {
    if (Number.isNaN(days[a])) for (const k of keys[a]) undated[undatedFill[slots.get(k)]++] = a;
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
  const n = vectors.length;
  const keys = vectors.map((v) => blockingKeys(v));
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
    for (const k of keys[a]) {
      const slot = p.slots.get(k);
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
