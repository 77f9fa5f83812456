// TF-IDF vectors as flat arrays for the pair features' hot loops: terms interned to integers once
// per comparison, entries kept in the order of the vector's Map (so every sum runs in the order
// `cosine` of features.ts runs it, and gives the same number), and an open-addressing table for
// lookups. Comparing two claims then allocates nothing and hashes no string.

/** Terms to integers, one table per comparison, with a number looked up once per term (its IDF). */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** `weigh(term)` of each id. */
  readonly weights: number[] = [];

  constructor(private readonly weigh: (term: string) => number) {}

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.weights.length;
      this.ids.set(term, id);
      this.weights.push(this.weigh(term));
    }
    return id;
  }
}

/** A vector's entries in its Map's order, with a lookup table from term id to entry. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Slot -> entry index + 1 (0: empty); a power of two, at least twice the entries. */
  table: Int32Array;
  /** 32 minus the table's bits: a multiplicative hash's top bits pick the slot. */
  shift: number;
  /** Sum of the squared weights, in entry order (the `total` of `coverage`). */
  squares: number;
}

function slot(id: number, shift: number): number {
  return Math.imul(id, 0x9e3779b1) >>> shift;
}

export function sparseVector(vector: ReadonlyMap<string, number>, interner: Interner): SparseVector {
  const n = vector.size;
  let bits = 1;
  while (1 << bits < 2 * n) bits += 1;
  const ids = new Int32Array(n);
  const weights = new Float64Array(n);
  const table = new Int32Array(1 << bits);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  let squares = 0;
  let k = 0;
  for (const [term, w] of vector) {
    const id = interner.id(term);
    ids[k] = id;
    weights[k] = w;
    squares += w * w;
    let s = slot(id, shift);
    while (table[s] !== 0) s = (s + 1) & mask;
    table[s] = k + 1;
    k += 1;
  }
  return { ids, weights, table, shift, squares };
}

/** The entry of term `id` in `v`, or -1. */
export function entryOf(v: SparseVector, id: number): number {
  const mask = v.table.length - 1;
  let s = slot(id, v.shift);
  for (;;) {
    const e = v.table[s];
    if (e === 0) return -1;
    if (v.ids[e - 1] === id) return e - 1;
    s = (s + 1) & mask;
  }
}

/** Cosine of two unit vectors: the same sum, in the same order, as `cosine` over their Maps. */
export function sparseCosine(a: SparseVector, b: SparseVector): number {
  const swap = a.ids.length > b.ids.length;
  const small = swap ? b : a;
  const large = swap ? a : b;
  let dot = 0;
  for (let k = 0; k < small.ids.length; k += 1) {
    const e = entryOf(large, small.ids[k]);
    if (e >= 0) dot += small.weights[k] * large.weights[e];
  }
  return Math.min(1, dot);
}

/** Share of `a`'s squared weight whose terms `b` also has: `coverage` of pair-features.ts. */
export function sparseCoverage(a: SparseVector, b: SparseVector): number {
  let found = 0;
  for (let k = 0; k < a.ids.length; k += 1) {
    if (entryOf(b, a.ids[k]) >= 0) found += a.weights[k] * a.weights[k];
  }
  return a.squares > 0 ? found / a.squares : 0;
}

/** A set of pairs of ids, for lookups. */
export interface PairSet {
  low: Int32Array;
  high: Int32Array;
  /** Slot -> 1 + index into low/high, 0: empty. */
  table: Int32Array;
  shift: number;
}

function pairSlot(low: number, high: number, shift: number): number {
  return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> shift;
}

/** The pairs (low[k], high[k]), assumed distinct. */
export function pairSet(low: Int32Array, high: Int32Array): PairSet {
  let bits = 1;
  while (1 << bits < 2 * low.length) bits += 1;
  const table = new Int32Array(1 << bits);
  const mask = table.length - 1;
  const shift = 32 - bits;
  for (let k = 0; k < low.length; k += 1) {
    let s = pairSlot(low[k], high[k], shift);
    while (table[s] !== 0) s = (s + 1) & mask;
    table[s] = k + 1;
  }
  return { low, high, table, shift };
}

export function hasPair(set: PairSet, low: number, high: number): boolean {
  const mask = set.table.length - 1;
  let s = pairSlot(low, high, set.shift);
  for (;;) {
    const e = set.table[s];
    if (e === 0) return false;
    if (set.low[e - 1] === low && set.high[e - 1] === high) return true;
    s = (s + 1) & mask;
  }
}

/** How many values two sorted, distinct lists share. */
export function sortedOverlap(a: ArrayLike<number>, b: ArrayLike<number>, aFrom = 0, aTo = a.length, bFrom = 0, bTo = b.length): number {
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
