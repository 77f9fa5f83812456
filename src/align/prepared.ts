// What a claim offers every pair it is in, computed once per comparison: its TF-IDF vectors as
// interned flat arrays (sparse.ts), its phrases, word pairs, figures and dates, where each concept
// stands and which concepts stand around it. The pair features and the unit context read these
// instead of the claim's Maps and Sets; a claim prepared for one comparison is kept with it.
import type { ClaimFeatures, IdfTables } from './features.js';
import { bigramProfile, type BigramProfile } from './dice.js';
import { addPair, entryOf, Interner, pairSet, sortedOverlap, sparseVector, zeros, type PairSet, type SparseVector } from './sparse.js';

/** Concept pairs that stand within `SKIP_WINDOW` content words of each other: the atoms of a fact (14 + wounded). */
const SKIP_WINDOW = 4;

/** Two term ids as one number (ids stay far below 2^26: that many terms would not fit in memory). */
export const SPAN = 2 ** 26;

/**
 * What a claim offers every pair it is in, computed once per comparison, as interned ids: its
 * vectors, phrases, word pairs, figures, dates, where each concept stands and what stands around it.
 */
export interface PreparedClaim {
  features: ClaimFeatures;
  /** The comparison's interner: ids of two prepared claims agree when it is the same. */
  interner: Interner;
  stems: SparseVector;
  roots: SparseVector;
  concepts: SparseVector;
  /** Word pairs (stem ids as one number), sorted, distinct. */
  bigrams: number[];
  /** Concept pairs within the window (lower id, higher id), in order of first occurrence. */
  skips: PairSet;
  /** Number tokens' normalized forms (ids), sorted, distinct. */
  numbers: number[];
  dates: Set<string>;
  /** Positions in `conceptSeq` of each entry of `concepts`: positions[posStart[e] .. posStart[e + 1]). */
  posStart: number[];
  positions: number[];
  /** The concepts within the window of each position (itself left out), sorted ids: around[aroundStart[p] .. aroundStart[p + 1]). */
  aroundStart: number[];
  around: number[];
  quoteProfiles: BigramProfile[];
  /** The clauses' own prepared forms (empty when the claim does not split). */
  clauses: PreparedClaim[];
}

const interners = new WeakMap<IdfTables, Interner>();

/** One interner per comparison (its IDF tables), so that ids of two claims compared always agree; it keeps each term's concept IDF. */
export function internerOf(idf: IdfTables): Interner {
  let interner = interners.get(idf);
  if (!interner) interners.set(idf, (interner = new Interner((term) => idf.concepts.get(term) ?? 1)));
  return interner;
}

/** Sorted, without repeats (numbers in ascending order). */
function sortedDistinct(values: number[]): number[] {
  values.sort((x, y) => x - y);
  let n = 0;
  for (let k = 0; k < values.length; k += 1) if (k === 0 || values[k] !== values[k - 1]) values[n++] = values[k];
  values.length = n;
  return values;
}

/**
 * A claim's prepared form (its clauses' too) for the comparison `idf` belongs to. Not cached: the
 * caller keeps it for as long as it compares, and it goes when the comparison's scoring is done.
 */
export function prepareClaim(f: ClaimFeatures, idf: IdfTables): PreparedClaim {
  return prepareWith(f, internerOf(idf));
}

function prepareWith(f: ClaimFeatures, interner: Interner): PreparedClaim {
  const concepts = sparseVector(f.concepts, interner);
  const seq: number[] = [];
  for (const c of f.conceptSeq) seq.push(interner.id(c));
  const len = seq.length;
  const skips = pairSet(len * SKIP_WINDOW);
  for (let a = 0; a < len; a += 1) {
    for (let b = a + 1; b < Math.min(len, a + 1 + SKIP_WINDOW); b += 1) {
      if (seq[a] === seq[b]) continue;
      if (seq[a] < seq[b]) addPair(skips, seq[a], seq[b]);
      else addPair(skips, seq[b], seq[a]);
    }
  }
  // Positions of each concept entry, and the concepts around each position.
  const entries = concepts.ids.length;
  const posStart = zeros(entries + 1);
  const entry: number[] = [];
  for (const id of seq) {
    const e = entryOf(concepts, id);
    entry.push(e);
    posStart[e + 1] += 1;
  }
  for (let e = 0; e < entries; e += 1) posStart[e + 1] += posStart[e];
  const fill = posStart.slice(0, entries);
  const positions = zeros(len);
  for (let p = 0; p < len; p += 1) positions[fill[entry[p]]++] = p;
  // The window of each position, sorted and distinct (insertion into a list of at most eight).
  const aroundStart = [0];
  const around: number[] = [];
  for (let p = 0; p < len; p += 1) {
    const from = around.length;
    for (let k = Math.max(0, p - SKIP_WINDOW); k <= Math.min(len - 1, p + SKIP_WINDOW); k += 1) {
      if (k === p) continue;
      const v = seq[k];
      let at = around.length;
      while (at > from && around[at - 1] > v) at -= 1;
      if (at > from && around[at - 1] === v) continue;
      around.push(0);
      for (let m = around.length - 1; m > at; m -= 1) around[m] = around[m - 1];
      around[at] = v;
    }
    aroundStart.push(around.length);
  }
  const bigrams: number[] = [];
  let previous = f.terms.length > 0 ? interner.id(f.terms[0]) : 0;
  for (let k = 1; k < f.terms.length; k += 1) {
    const id = interner.id(f.terms[k]);
    bigrams.push(previous * SPAN + id);
    previous = id;
  }
  const numbers: number[] = [];
  for (const t of f.tokens) if (t.isNumber) numbers.push(interner.id(t.norm));
  const d: PreparedClaim = {
    features: f,
    interner,
    stems: sparseVector(f.weights, interner),
    roots: sparseVector(f.roots, interner),
    concepts,
    bigrams: sortedDistinct(bigrams),
    skips,
    numbers: sortedDistinct(numbers),
    dates: new Set(f.claim.dates.map((x) => x.iso ?? x.text)),
    posStart,
    positions,
    aroundStart,
    around,
    quoteProfiles: f.quotes.map((q) => bigramProfile(q.key)),
    clauses: f.clauses.map((c) => prepareWith(c, interner)),
  };
  return d;
}

/**
 * How well the words around a shared rare key agree: for each key both claims have, the overlap
 * of the concepts within `SKIP_WINDOW` words of it on each side, weighted by the key's rarity; the best.
 * `inB`, when known: the entry in `db` of each of `da`'s concepts, or -1.
 */
export function localMatch(da: PreparedClaim, db: PreparedClaim, top: number, inB?: ArrayLike<number>): number {
  let best = 0;
  const idf = da.interner.weights;
  for (let e = 0; e < da.concepts.ids.length; e += 1) {
    const id = da.concepts.ids[e];
    const f = inB ? inB[e] : entryOf(db.concepts, id);
    if (f < 0) continue;
    const rarity = (idf[id] - 1) / top;
    if (rarity <= best) continue;
    for (let m = da.posStart[e]; m < da.posStart[e + 1]; m += 1) {
      const i = da.positions[m];
      const wa0 = da.aroundStart[i];
      const wa1 = da.aroundStart[i + 1];
      for (let q = db.posStart[f]; q < db.posStart[f + 1]; q += 1) {
        const j = db.positions[q];
        const wb0 = db.aroundStart[j];
        const wb1 = db.aroundStart[j + 1];
        const shared = sortedOverlap(da.around, db.around, wa0, wa1, wb0, wb1);
        best = Math.max(best, (rarity * shared) / Math.max(1, Math.min(wa1 - wa0, wb1 - wb0)));
      }
    }
  }
  return Math.min(1, best);
}
