// TF-IDF vectors and sets as flat arrays for the pair features' hot loops: terms interned to
// integers once per comparison, entries kept in the order of the vector's Map (so every sum runs
// in the order `cosine` of features.ts runs it, and gives the same number), and open-addressing
// tables for lookups. All of a comparison's numbers live in two growing arrays (a `Store`): tens
// of thousands of claims and clauses then cost no object or buffer each, and comparing two
// allocates nothing and hashes no string.

/** Terms to integers, one table per comparison, with a number looked up once per term (its IDF). */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** `weigh(term)` of each id. */
  readonly weights: number[] = [];

  constructor(private readonly weigh: (term: string) => number) {}

  /** Each id's term. */
  private readonly terms: string[] = [];

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.weights.length;
      this.ids.set(term, id);
      this.weights.push(this.weigh(term));
      this.terms.push(term);
    }
    return id;
  }

  term(id: number): string {
    return this.terms[id];
  }

  /** Each IDF table's value per term id (NaN until looked up). */
  private readonly tables = new Map<ReadonlyMap<string, number>, Float64Array>();

  /**
   * `table.get(term) ?? 1` for the term of `id`, looked up once per id and table: the clauses of a
   * comparison (16,000 at 1,000 articles) share their terms with their claims and with each other.
   */
  weightIn(table: ReadonlyMap<string, number>, id: number): number {
    let values = this.tables.get(table);
    if (!values || id >= values.length) {
      const grown = new Float64Array(Math.max(1024, 2 * (values?.length ?? 0), id + 1)).fill(Number.NaN);
      if (values) grown.set(values);
      values = grown;
      this.tables.set(table, values);
    }
    let w = values[id];
    if (Number.isNaN(w)) {
      w = table.get(this.terms[id]) ?? 1;
      values[id] = w;
    }
    return w;
  }
}

/** Growing flat arrays of integers and of doubles; things in them are named by offset. */
export class Store {
  ints = new Int32Array(1 << 12);
  reals = new Float64Array(1 << 10);
  private intCount = 0;
  private realCount = 0;

  /** Room for `n` integers (zeroed); returns their offset. Earlier references to `ints` go stale. */
  allocInts(n: number): number {
    if (this.intCount + n > this.ints.length) {
      const grown = new Int32Array(Math.max(2 * this.ints.length, this.intCount + n));
      grown.set(this.ints.subarray(0, this.intCount));
      this.ints = grown;
    }
    const at = this.intCount;
    this.intCount += n;
    return at;
  }

  allocReals(n: number): number {
    if (this.realCount + n > this.reals.length) {
      const grown = new Float64Array(Math.max(2 * this.reals.length, this.realCount + n));
      grown.set(this.reals.subarray(0, this.realCount));
      this.reals = grown;
    }
    const at = this.realCount;
    this.realCount += n;
    return at;
  }
}

/**
 * A vector's entries in its Map's order: term ids at `ints[ids .. ids + size)`, weights at
 * `reals[weights .. weights + size)`, and a lookup table from term id to entry (index + 1, 0 for
 * empty) at `ints[table .. table + 2^bits)`.
 */
export interface SparseVector {
  ids: number;
  weights: number;
  size: number;
  table: number;
  bits: number;
  /** Sum of the squared weights, in entry order (the `total` of `coverage`). */
  squares: number;
}

/** Table bits for `n` entries: at most three quarters full. */
function tableBits(n: number): number {
  let bits = 1;
  while (1 << bits < (4 * n) / 3 + 1) bits += 1;
  return bits;
}

function slot(id: number, bits: number): number {
  return Math.imul(id, 0x9e3779b1) >>> (32 - bits);
}

/** Scratch: which `sparseFromTerms` call last met each term id (`stamp`) and its entry then; each entry's id and weight. */
let entryStamp = new Int32Array(1024);
let entryAt = new Int32Array(1024);
let stamp = 0;
const termWeights: number[] = [];
const termIds: number[] = [];

/** A vector given as a Map, written into the store in the Map's order. */
export function sparseVector(vector: ReadonlyMap<string, number>, interner: Interner, store: Store): SparseVector {
  termIds.length = 0;
  termWeights.length = 0;
  for (const [term, w] of vector) {
    termIds.push(interner.id(term));
    termWeights.push(w);
  }
  return storeEntries(store, 1);
}

/** Writes the scratch entries (`termIds`, `termWeights` divided by `divisor`) into the store, with their lookup table. */
function storeEntries(store: Store, divisor: number): SparseVector {
  const size = termIds.length;
  const bits = tableBits(size);
  const ids = store.allocInts(size);
  const table = store.allocInts(1 << bits);
  const weights = store.allocReals(size);
  const { ints, reals } = store;
  const mask = (1 << bits) - 1;
  let squares = 0;
  for (let k = 0; k < size; k += 1) {
    const id = termIds[k];
    const w = termWeights[k] / divisor;
    ints[ids + k] = id;
    reals[weights + k] = w;
    squares += w * w;
    let s = slot(id, bits);
    while (ints[table + s] !== 0) s = (s + 1) & mask;
    ints[table + s] = k + 1;
  }
  return { ids, weights, size, table, bits, squares };
}

/**
 * The TF-IDF vector of a term list (`tfidfVector` of features.ts: the same entries, in the same
 * order, with the same weights), written straight into the store: for a clause, whose vectors
 * serve only its prepared form, no Map is built to be converted.
 */
export function sparseFromTerms(terms: readonly string[], idf: ReadonlyMap<string, number>, interner: Interner, store: Store): SparseVector {
  termList.length = 0;
  for (const term of terms) termList.push(interner.id(term));
  return sparseFromIds(termList, idf, interner, store);
}

/** Scratch: the interned terms of `sparseFromTerms`. */
const termList: number[] = [];

/** `sparseFromTerms` of terms already interned (`ids`, in the list's order): no string is looked up again. */
export function sparseFromIds(ids: readonly number[], idf: ReadonlyMap<string, number>, interner: Interner, store: Store): SparseVector {
  stamp += 1;
  termIds.length = 0;
  termWeights.length = 0;
  for (const id of ids) {
    if (id >= entryStamp.length) {
      const size = Math.max(2 * entryStamp.length, id + 1);
      const grownStamp = new Int32Array(size);
      grownStamp.set(entryStamp);
      entryStamp = grownStamp;
      const grownAt = new Int32Array(size);
      grownAt.set(entryAt);
      entryAt = grownAt;
    }
    if (entryStamp[id] === stamp) termWeights[entryAt[id]] += 1;
    else {
      entryStamp[id] = stamp;
      entryAt[id] = termIds.length;
      termIds.push(id);
      termWeights.push(1);
    }
  }
  // As tfidfVector: counts times IDF, the norm summed in order of first occurrence.
  const size = termIds.length;
  let norm = 0;
  for (let k = 0; k < size; k += 1) {
    const w = termWeights[k] * interner.weightIn(idf, termIds[k]);
    termWeights[k] = w;
    norm += w * w;
  }
  return storeEntries(store, Math.sqrt(norm) || 1);
}

/** The entry of term `id` in `v`, or -1 (`ints`: the store's integers). */
export function entryOf(ints: Int32Array, v: SparseVector, id: number): number {
  if (v.size === 0) return -1;
  const mask = (1 << v.bits) - 1;
  let s = slot(id, v.bits);
  for (;;) {
    const e = ints[v.table + s];
    if (e === 0) return -1;
    if (ints[v.ids + e - 1] === id) return e - 1;
    s = (s + 1) & mask;
  }
}

/** Cosine of two unit vectors: the same sum, in the same order, as `cosine` over their Maps. */
export function sparseCosine(store: Store, a: SparseVector, b: SparseVector): number {
  const swap = a.size > b.size;
  const small = swap ? b : a;
  const large = swap ? a : b;
  const { ints, reals } = store;
  let dot = 0;
  for (let k = 0; k < small.size; k += 1) {
    const e = entryOf(ints, large, ints[small.ids + k]);
    if (e >= 0) dot += reals[small.weights + k] * reals[large.weights + e];
  }
  return Math.min(1, dot);
}

/**
 * A set of pairs of ids in order of insertion: `ints[low .. low + size)` and `ints[high ..)`, with
 * a lookup table (index + 1, 0 for empty) at `ints[table .. table + 2^bits)`.
 */
export interface PairSet {
  low: number;
  high: number;
  size: number;
  table: number;
  bits: number;
}

function pairSlot(low: number, high: number, bits: number): number {
  return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> (32 - bits);
}

/** The distinct pairs of `lows` and `highs`, in order of first occurrence. */
export function pairSet(lows: ArrayLike<number>, highs: ArrayLike<number>, count: number, store: Store): PairSet {
  const bits = tableBits(count);
  const table = store.allocInts(1 << bits);
  const low = store.allocInts(count);
  const high = store.allocInts(count);
  const set: PairSet = { low, high, size: 0, table, bits };
  const ints = store.ints;
  const mask = (1 << bits) - 1;
  for (let k = 0; k < count; k += 1) {
    let s = pairSlot(lows[k], highs[k], bits);
    let present = false;
    for (;;) {
      const e = ints[table + s];
      if (e === 0) break;
      if (ints[low + e - 1] === lows[k] && ints[high + e - 1] === highs[k]) {
        present = true;
        break;
      }
      s = (s + 1) & mask;
    }
    if (present) continue;
    ints[low + set.size] = lows[k];
    ints[high + set.size] = highs[k];
    set.size += 1;
    ints[table + s] = set.size;
  }
  return set;
}

export function hasPair(ints: Int32Array, set: PairSet, low: number, high: number): boolean {
  if (set.size === 0) return false;
  const mask = (1 << set.bits) - 1;
  let s = pairSlot(low, high, set.bits);
  for (;;) {
    const e = ints[set.table + s];
    if (e === 0) return false;
    if (ints[set.low + e - 1] === low && ints[set.high + e - 1] === high) return true;
    s = (s + 1) & mask;
  }
}

/** How many values two sorted, distinct runs share: `a[aFrom, aTo)` and `b[bFrom, bTo)`. */
export function sortedOverlap(a: ArrayLike<number>, aFrom: number, aTo: number, b: ArrayLike<number>, bFrom: number, bTo: number): number {
  let i = aFrom;
  let j = bFrom;
  let n = 0;
  while (i < aTo && j < bTo) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return n;
}
