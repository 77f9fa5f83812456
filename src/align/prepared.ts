// What a claim offers every pair it is in, computed once per comparison: its TF-IDF vectors as
// interned flat arrays (sparse.ts), its phrases, word pairs, figures and dates, where each concept
// stands and which concepts stand around it. The pair features and the unit context read these
// instead of the claim's Maps and Sets, for as long as the comparison scores its pairs.
import type { ClaimFeatures, IdfTables } from './features.js';
import { bigramProfile, type BigramProfile } from './dice.js';
import { entryOf, Interner, pairSet, sortedOverlap, sparseFromIds, sparseFromTerms, sparseVector, Store, type PairSet, type SparseVector } from './sparse.js';

/** Concept pairs that stand within `SKIP_WINDOW` content words of each other: the atoms of a fact (14 + wounded). */
const SKIP_WINDOW = 4;

/** Two term ids as one number (ids stay far below 2^26: that many terms would not fit in memory). */
export const SPAN = 2 ** 26;

/**
 * What a claim offers every pair it is in, computed once per comparison, as interned ids in the
 * comparison's store: its vectors, phrases, word pairs, figures, dates, where each concept stands
 * and what stands around it. A clause is prepared for what units are compared on (stems,
 * concepts, the words around each concept); its other parts are left empty.
 */
export interface PreparedClaim {
  features: ClaimFeatures;
  /** The comparison's interner and store: two prepared claims compare when they share them. */
  interner: Interner;
  store: Store;
  stems: SparseVector;
  roots: SparseVector;
  concepts: SparseVector;
  /** Word pairs (stem ids as one number), sorted, distinct: `reals[bigrams .. bigrams + bigramCount)`. */
  bigrams: number;
  bigramCount: number;
  /** Concept pairs within the window (lower id, higher id), in order of first occurrence. */
  skips: PairSet;
  /** Number tokens' normalized forms (ids), sorted, distinct: `ints[numbers .. numbers + numberCount)`. */
  numbers: number;
  numberCount: number;
  dates: ReadonlySet<string>;
  /**
   * Where each entry of `concepts` stands in `conceptSeq`: `ints[positions + ints[posStart + e] ..
   * positions + ints[posStart + e + 1])`; the concepts around each position, sorted distinct ids:
   * `ints[around + ints[aroundStart + p] .. around + ints[aroundStart + p + 1])`.
   */
  posStart: number;
  positions: number;
  aroundStart: number;
  around: number;
  quoteProfiles: BigramProfile[];
  /** The clauses' own prepared forms (empty when the claim does not split). */
  clauses: PreparedClaim[];
}

/** What one comparison's prepared claims share. */
export interface Preparation {
  interner: Interner;
  store: Store;
  /** The comparison's IDF tables: a clause's vectors are weighted here (it has no Maps of its own). */
  idf: IdfTables;
}

/** One interner and store per comparison (its IDF tables); the interner keeps each term's concept IDF. */
export function preparation(idf: IdfTables): Preparation {
  return { interner: new Interner((term) => idf.concepts.get(term) ?? 1), store: new Store(), idf };
}

const NO_DATES: ReadonlySet<string> = new Set();
const EMPTY_VECTOR: SparseVector = { ids: 0, weights: 0, size: 0, table: 0, bits: 0, squares: 0 };
const EMPTY_PAIRS: PairSet = { low: 0, high: 0, size: 0, table: 0, bits: 0 };

/** Sorted, without repeats (numbers in ascending order). */
function sortedDistinct(values: number[]): number[] {
  values.sort((x, y) => x - y);
  let n = 0;
  for (let k = 0; k < values.length; k += 1) if (k === 0 || values[k] !== values[k - 1]) values[n++] = values[k];
  values.length = n;
  return values;
}

/** Scratch lists for one claim's skip pairs and windows. */
const skipLows: number[] = [];
const skipHighs: number[] = [];
let aroundScratch = new Int32Array(256);

/** A claim's prepared form (its clauses' too), in the comparison's preparation. */
export function prepareClaim(f: ClaimFeatures, prep: Preparation, unit = false): PreparedClaim {
  const { interner, store } = prep;
  // A clause's vectors are built here from its term lists (buildUnitFeatures makes no Maps), each
  // term looked up once: its concepts' vector from the ids of `seq`.
  // (A claim's vector comes from its Map, interned first as before.)
  const claimConcepts = unit ? null : sparseVector(f.concepts, interner, store);
  const seq: number[] = [];
  for (const c of f.conceptSeq) seq.push(interner.id(c));
  const concepts = claimConcepts ?? sparseFromIds(seq, prep.idf.concepts, interner, store);
  const len = seq.length;
  // Positions of each concept entry, and the concepts around each position.
  const entries = concepts.size;
  const posStart = store.allocInts(entries + 1);
  const positions = store.allocInts(len);
  const aroundStart = store.allocInts(len + 1);
  const ints = store.ints;
  const entry: number[] = [];
  for (const id of seq) {
    const e = entryOf(ints, concepts, id);
    entry.push(e);
    ints[posStart + e + 1] += 1;
  }
  for (let e = 0; e < entries; e += 1) ints[posStart + e + 1] += ints[posStart + e];
  const fill: number[] = [];
  for (let e = 0; e < entries; e += 1) fill.push(ints[posStart + e]);
  for (let p = 0; p < len; p += 1) ints[positions + fill[entry[p]]++] = p;
  // The window of each position, sorted and distinct (insertion into a run of at most eight), in a
  // typed scratch list copied into the store at once.
  if (aroundScratch.length < 2 * SKIP_WINDOW * len) aroundScratch = new Int32Array(Math.max(2 * SKIP_WINDOW * len, 2 * aroundScratch.length));
  const list = aroundScratch;
  let count = 0;
  for (let p = 0; p < len; p += 1) {
    const from = count;
    const last = Math.min(len - 1, p + SKIP_WINDOW);
    for (let k = Math.max(0, p - SKIP_WINDOW); k <= last; k += 1) {
      if (k === p) continue;
      const v = seq[k];
      let at = count;
      while (at > from && list[at - 1] > v) at -= 1;
      if (at > from && list[at - 1] === v) continue;
      for (let m = count; m > at; m -= 1) list[m] = list[m - 1];
      list[at] = v;
      count += 1;
    }
    ints[aroundStart + p + 1] = count;
  }
  const around = store.allocInts(count);
  store.ints.set(list.subarray(0, count), around);
  const stems = unit ? sparseFromTerms(f.terms, prep.idf.stems, interner, store) : sparseVector(f.weights, interner, store);
  const clauses = f.clauses.map((c) => prepareClaim(c, prep, true));
  if (unit) {
    return {
      features: f, interner, store, stems, roots: EMPTY_VECTOR, concepts, bigrams: 0, bigramCount: 0, skips: EMPTY_PAIRS,
      numbers: 0, numberCount: 0, dates: NO_DATES, posStart, positions, aroundStart, around, quoteProfiles: [], clauses,
    };
  }
  skipLows.length = 0;
  skipHighs.length = 0;
  for (let a = 0; a < len; a += 1) {
    for (let b = a + 1; b < Math.min(len, a + 1 + SKIP_WINDOW); b += 1) {
      if (seq[a] === seq[b]) continue;
      skipLows.push(Math.min(seq[a], seq[b]));
      skipHighs.push(Math.max(seq[a], seq[b]));
    }
  }
  const skips = pairSet(skipLows, skipHighs, skipLows.length, store);
  const bigramList: number[] = [];
  let previous = f.terms.length > 0 ? interner.id(f.terms[0]) : 0;
  for (let k = 1; k < f.terms.length; k += 1) {
    const id = interner.id(f.terms[k]);
    bigramList.push(previous * SPAN + id);
    previous = id;
  }
  const numberList: number[] = [];
  for (const t of f.tokens) if (t.isNumber) numberList.push(interner.id(t.norm));
  sortedDistinct(bigramList);
  sortedDistinct(numberList);
  const bigrams = store.allocReals(bigramList.length);
  store.reals.set(bigramList, bigrams);
  const numbers = store.allocInts(numberList.length);
  store.ints.set(numberList, numbers);
  return {
    features: f,
    interner,
    store,
    stems,
    roots: sparseFromTerms(f.rootSeq, prep.idf.roots, interner, store),
    concepts,
    bigrams,
    bigramCount: bigramList.length,
    skips,
    numbers,
    numberCount: numberList.length,
    dates: f.claim.dates.length > 0 ? new Set(f.claim.dates.map((x) => x.iso ?? x.text)) : NO_DATES,
    posStart,
    positions,
    aroundStart,
    around,
    quoteProfiles: f.quotes.map((q) => bigramProfile(q.key)),
    clauses,
  };
}

/**
 * How well the words around a shared rare key agree: for each key both claims have, the overlap
 * of the concepts within `SKIP_WINDOW` words of it on each side, weighted by the key's rarity; the best.
 * `inB`, when known: the entry in `db` of each of `da`'s concepts, or -1.
 */
export function localMatch(da: PreparedClaim, db: PreparedClaim, top: number, inB?: ArrayLike<number>): number {
  let best = 0;
  const idf = da.interner.weights;
  const ints = da.store.ints;
  for (let e = 0; e < da.concepts.size; e += 1) {
    const id = ints[da.concepts.ids + e];
    const f = inB ? inB[e] : entryOf(ints, db.concepts, id);
    if (f < 0) continue;
    const rarity = (idf[id] - 1) / top;
    if (rarity <= best) continue;
    for (let m = ints[da.posStart + e]; m < ints[da.posStart + e + 1]; m += 1) {
      const i = ints[da.positions + m];
      const wa0 = da.around + ints[da.aroundStart + i];
      const wa1 = da.around + ints[da.aroundStart + i + 1];
      for (let q = ints[db.posStart + f]; q < ints[db.posStart + f + 1]; q += 1) {
        const j = ints[db.positions + q];
        const wb0 = db.around + ints[db.aroundStart + j];
        const wb1 = db.around + ints[db.aroundStart + j + 1];
        const shared = sortedOverlap(ints, wa0, wa1, ints, wb0, wb1);
        best = Math.max(best, (rarity * shared) / Math.max(1, Math.min(wa1 - wa0, wb1 - wb0)));
      }
    }
  }
  return Math.min(1, best);
}
