// TF-IDF vectors as flat arrays for the pair features' hot loops: terms interned to integers once
// per comparison, entries kept in the order of the vector's Map (so every sum runs in the order
// `cosine` of features.ts runs it, and gives the same number), and an open-addressing table for
// lookups. Comparing two claims then allocates nothing and hashes no string. Plain arrays of small
// integers and of doubles, not typed arrays: tens of thousands of small typed arrays, each with its
// own buffer outside the heap, cost more to allocate and collect than they save.

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
  ids: number[];
  weights: number[];
  /** Slot -> entry index + 1 (0: empty); a power of two, at least twice the entries. */
  table: number[];
  /** 32 minus the table's bits: a multiplicative hash's top bits pick the slot. */
  shift: number;
  /** Sum of the squared weights, in entry order (the `total` of `coverage`). */
  squares: number;
}

/** An array of `n` zeros (small integers, packed). */
export function zeros(n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k += 1) out.push(0);
  return out;
}

function slot(id: number, shift: number): number {
  return Math.imul(id, 0x9e3779b1) >>> shift;
}

export function sparseVector(vector: ReadonlyMap<string, number>, interner: Interner): SparseVector {
  const n = vector.size;
  let bits = 1;
  while (1 << bits < 2 * n) bits += 1;
  const ids: number[] = [];
  const weights: number[] = [];
  const table = zeros(1 << bits);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  let squares = 0;
  let k = 0;
  for (const [term, w] of vector) {
    const id = interner.id(term);
    ids.push(id);
    weights.push(w);
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

/** A set of pairs of ids, in order of insertion, with a lookup table. */
export interface PairSet {
  low: number[];
  high: number[];
  /** Slot -> 1 + index into low/high, 0: empty. */
  table: number[];
  shift: number;
}

function pairSlot(low: number, high: number, shift: number): number {
  return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> shift;
}

/** An empty pair set with room for `capacity` pairs. */
export function pairSet(capacity: number): PairSet {
  let bits = 1;
  while (1 << bits < 2 * capacity) bits += 1;
  return { low: [], high: [], table: zeros(1 << bits), shift: 32 - bits };
}

/** Adds a pair unless present (at most the capacity the set was made with). */
export function addPair(set: PairSet, low: number, high: number): void {
  const mask = set.table.length - 1;
  let s = pairSlot(low, high, set.shift);
  for (;;) {
    const e = set.table[s];
    if (e === 0) break;
    if (set.low[e - 1] === low && set.high[e - 1] === high) return;
    s = (s + 1) & mask;
  }
  set.low.push(low);
  set.high.push(high);
  set.table[s] = set.low.length;
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
