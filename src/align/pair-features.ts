// The features of a pair of claims that the alignment model weighs: how much wording, roots and
// news concepts they share and how rare those are, entities, figures, quotes and speakers, where
// each sits in its article, and (added once every pair is scored) how the pair ranks among each
// claim's other candidates in the other article. Symmetric: swapping the claims changes nothing.
import { bigramProfile, diceAboveChance, diceProfiles, type BigramProfile } from './dice.js';
import type { ClaimFeatures, IdfTables } from './features.js';
import { entryOf, hasPair, Interner, pairSet, sortedOverlap, sparseCosine, sparseCoverage, sparseVector, type PairSet, type SparseVector } from './sparse.js';
import { numbersCompatible } from '../text/numbers.js';

/** The names of the pair features, in vector order. */
export const PAIR_FEATURES = [
  'cosStem',
  'cosRoot',
  'cosConcept',
  'dice',
  'coverageMin',
  'coverageMax',
  'rareShared',
  'sharedCount',
  'entityShared',
  'entityJaccard',
  'personMismatch',
  'figureAgree',
  'figureRival',
  'quoteShared',
  'sameSpeaker',
  'otherSpeaker',
  'lengthRatio',
  'minLength',
  'heading',
  'leadBoth',
  'positionGap',
  'positionMean',
  'clauseBest',
  'sameOutlet',
  'sharedIdf',
  'sharedRare',
  'sharedBigrams',
  'sharedNumbers',
  'sharedDates',
  'sharedSkip',
  'sharedSkipIdf',
  'localMatch',
  'unitCosine',
  'unitLocal',
  'unitRank',
  'unitMargin',
  'rankBest',
  'rankWorst',
  'mutualBest',
  'marginMin',
  'marginMax',
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

/** The signal each feature measures, for explanations: overlapping features are read together. */
export const SIGNAL_OF: Readonly<Record<PairFeatureName, string>> = {
  cosStem: 'same wording',
  cosRoot: 'same wording',
  cosConcept: 'same wording',
  dice: 'same wording',
  coverageMin: 'same wording',
  coverageMax: 'same wording',
  clauseBest: 'a clause in common',
  unitCosine: 'a clause in common',
  unitLocal: 'a clause in common',
  unitRank: 'a clause in common',
  unitMargin: 'a clause in common',
  rareShared: 'rare words in common',
  sharedCount: 'rare words in common',
  sharedIdf: 'rare words in common',
  sharedRare: 'rare words in common',
  sharedBigrams: 'the same phrases',
  sharedSkip: 'the same phrases',
  sharedSkipIdf: 'the same phrases',
  localMatch: 'the same phrases',
  entityShared: 'names and speakers',
  entityJaccard: 'names and speakers',
  personMismatch: 'names and speakers',
  sameSpeaker: 'names and speakers',
  otherSpeaker: 'names and speakers',
  quoteShared: 'a quotation in common',
  figureAgree: 'figures and dates',
  figureRival: 'figures and dates',
  sharedNumbers: 'figures and dates',
  sharedDates: 'figures and dates',
  lengthRatio: 'lengths',
  minLength: 'lengths',
  heading: 'place in the articles',
  leadBoth: 'place in the articles',
  positionGap: 'place in the articles',
  positionMean: 'place in the articles',
  sameOutlet: 'same outlet',
  rankBest: 'each the other\'s closest match',
  rankWorst: 'each the other\'s closest match',
  mutualBest: 'each the other\'s closest match',
  marginMin: 'each the other\'s closest match',
  marginMax: 'each the other\'s closest match',
};

/** Index of each feature in the vector. */
export const FEATURE_INDEX: Readonly<Record<PairFeatureName, number>> = Object.fromEntries(PAIR_FEATURES.map((n, i) => [n, i])) as Record<PairFeatureName, number>;

/** The number of context features at the end of the vector, filled by `addContext`. */
const CONTEXT = 5;

/** Share of `a`'s squared TF-IDF weight whose keys `b` also has. */
export function coverage(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let total = 0;
  let found = 0;
  for (const [term, w] of a) {
    total += w * w;
    if (b.has(term)) found += w * w;
  }
  return total > 0 ? found / total : 0;
}

/** Concept pairs that stand within `SKIP_WINDOW` content words of each other: the atoms of a fact (14 + wounded). */
const SKIP_WINDOW = 4;

/** Two term ids as one number (ids stay far below 2^26: that many terms would not fit in memory). */
const SPAN = 2 ** 26;

/**
 * What a claim offers every pair it is in, computed once per comparison, as interned ids: its
 * vectors, phrases, word pairs, figures, dates, where each concept stands and what stands around it.
 */
interface Derived {
  interner: Interner;
  stems: SparseVector;
  roots: SparseVector;
  concepts: SparseVector;
  /** Word pairs (stem ids), sorted, distinct. */
  bigrams: Float64Array;
  /** Concept pairs within the window (lower id, higher id), in order of first occurrence. */
  skips: PairSet;
  /** Number tokens' normalized forms (ids), sorted, distinct. */
  numbers: Int32Array;
  dates: Set<string>;
  /** Positions in `conceptSeq` of each entry of `concepts`: positions[posStart[e] .. posStart[e + 1]). */
  posStart: Int32Array;
  positions: Int32Array;
  /** The concepts within the window of each position (itself left out), sorted ids: around[aroundStart[p] .. aroundStart[p + 1]). */
  aroundStart: Int32Array;
  around: Int32Array;
  quoteProfiles: BigramProfile[];
}

const interners = new WeakMap<IdfTables, Interner>();
const derivedCache = new WeakMap<ClaimFeatures, Derived>();

/** One interner per comparison (its IDF tables), so that ids of two claims compared always agree; it keeps each term's concept IDF. */
function internerOf(idf: IdfTables): Interner {
  let interner = interners.get(idf);
  if (!interner) interners.set(idf, (interner = new Interner((term) => idf.concepts.get(term) ?? 1)));
  return interner;
}

function sortedDistinct<T extends Int32Array | Float64Array>(values: T): T {
  values.sort();
  let n = 0;
  for (let k = 0; k < values.length; k += 1) if (k === 0 || values[k] !== values[k - 1]) values[n++] = values[k];
  return values.subarray(0, n) as T;
}

function derivedOf(f: ClaimFeatures, interner: Interner): Derived {
  const cached = derivedCache.get(f);
  if (cached && cached.interner === interner) return cached;
  const concepts = sparseVector(f.concepts, interner);
  const seq = Int32Array.from(f.conceptSeq, (c) => interner.id(c));
  const len = seq.length;
  const skipLow: number[] = [];
  const skipHigh: number[] = [];
  const seen = new Set<number>();
  for (let a = 0; a < len; a += 1) {
    for (let b = a + 1; b < Math.min(len, a + 1 + SKIP_WINDOW); b += 1) {
      if (seq[a] === seq[b]) continue;
      const [lo, hi] = seq[a] < seq[b] ? [seq[a], seq[b]] : [seq[b], seq[a]];
      const key = lo * SPAN + hi;
      if (seen.has(key)) continue;
      seen.add(key);
      skipLow.push(lo);
      skipHigh.push(hi);
    }
  }
  // Positions of each concept entry, and the concepts around each position.
  const entry = Int32Array.from(seq, (id) => entryOf(concepts, id));
  const posStart = new Int32Array(concepts.ids.length + 1);
  for (const e of entry) posStart[e + 1] += 1;
  for (let e = 0; e < concepts.ids.length; e += 1) posStart[e + 1] += posStart[e];
  const fill = posStart.slice(0, concepts.ids.length);
  const positions = new Int32Array(len);
  for (let p = 0; p < len; p += 1) positions[fill[entry[p]]++] = p;
  // The window of each position, sorted and distinct, written straight into one flat list.
  const aroundStart = new Int32Array(len + 1);
  const aroundAll = new Int32Array(len * 2 * SKIP_WINDOW);
  let filled = 0;
  for (let p = 0; p < len; p += 1) {
    const from = filled;
    for (let k = Math.max(0, p - SKIP_WINDOW); k <= Math.min(len - 1, p + SKIP_WINDOW); k += 1) {
      if (k === p) continue;
      const v = seq[k];
      let at = filled;
      while (at > from && aroundAll[at - 1] > v) at -= 1;
      if (at > from && aroundAll[at - 1] === v) continue;
      aroundAll.copyWithin(at + 1, at, filled);
      aroundAll[at] = v;
      filled += 1;
    }
    aroundStart[p + 1] = filled;
  }
  const around = aroundAll.slice(0, filled);
  const bigrams = new Float64Array(Math.max(0, f.terms.length - 1));
  let previous = f.terms.length > 0 ? interner.id(f.terms[0]) : 0;
  for (let k = 1; k < f.terms.length; k += 1) {
    const id = interner.id(f.terms[k]);
    bigrams[k - 1] = previous * SPAN + id;
    previous = id;
  }
  const d: Derived = {
    interner,
    stems: sparseVector(f.weights, interner),
    roots: sparseVector(f.roots, interner),
    concepts,
    bigrams: sortedDistinct(bigrams),
    skips: pairSet(Int32Array.from(skipLow), Int32Array.from(skipHigh)),
    numbers: sortedDistinct(Int32Array.from(f.tokens.filter((t) => t.isNumber), (t) => interner.id(t.norm))),
    dates: new Set(f.claim.dates.map((x) => x.iso ?? x.text)),
    posStart,
    positions,
    aroundStart,
    around,
    quoteProfiles: f.quotes.map((q) => bigramProfile(q.key)),
  };
  derivedCache.set(f, d);
  return d;
}

/**
 * How well the words around a shared rare key agree: for each key both claims have, the overlap
 * of the concepts within `SKIP_WINDOW` words of it on each side, weighted by the key's rarity; the best.
 */
function localMatch(da: Derived, db: Derived, top: number): number {
  let best = 0;
  const idf = da.interner.weights;
  for (let e = 0; e < da.concepts.ids.length; e += 1) {
    const id = da.concepts.ids[e];
    const f = entryOf(db.concepts, id);
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

function someShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const v of a) if (b.has(v)) return true;
  return false;
}

function relative(f: ClaimFeatures): number {
  return f.position.count > 1 ? f.position.index / (f.position.count - 1) : 0;
}

/** The pair's features without the context part (which needs every pair's base score); `x`, when given, must be zeroed. */
export function pairFeatures(a: ClaimFeatures, b: ClaimFeatures, idf: IdfTables, sameOutlet: boolean, x = new Float64Array(PAIR_FEATURES.length)): Float64Array {
  const i = FEATURE_INDEX;
  const interner = internerOf(idf);
  const da = derivedOf(a, interner);
  const db = derivedOf(b, interner);
  // The concept IDF of each term id.
  const rarity = interner.weights;
  x[i.cosStem] = sparseCosine(da.stems, db.stems);
  x[i.cosRoot] = sparseCosine(da.roots, db.roots);
  x[i.cosConcept] = sparseCosine(da.concepts, db.concepts);
  x[i.dice] = diceAboveChance(diceProfiles(a.profile, b.profile), a.profile, b.profile);
  const ca = sparseCoverage(da.concepts, db.concepts);
  const cb = sparseCoverage(db.concepts, da.concepts);
  x[i.coverageMin] = Math.min(ca, cb);
  x[i.coverageMax] = Math.max(ca, cb);
  // How rare the shared keys are: an IDF of 1 is a key every claim has, the top one a key of two claims only.
  const top = rarityTop(idf);
  const small = da.concepts.ids.length <= db.concepts.ids.length ? da.concepts : db.concepts;
  const large = small === da.concepts ? db.concepts : da.concepts;
  let shared = 0;
  let rarest = 0;
  let sumIdf = 0;
  let rare = 0;
  for (let k = 0; k < small.ids.length; k += 1) {
    if (entryOf(large, small.ids[k]) < 0) continue;
    const v = rarity[small.ids[k]];
    shared += 1;
    rarest = Math.max(rarest, (v - 1) / top);
    sumIdf += v - 1;
    if ((v - 1) / top >= 0.6) rare += 1;
  }
  x[i.rareShared] = Math.min(1, rarest);
  x[i.sharedCount] = Math.log1p(shared);
  x[i.sharedIdf] = Math.log1p(sumIdf);
  x[i.sharedRare] = Math.log1p(rare);
  x[i.sharedBigrams] = Math.log1p(sortedOverlap(da.bigrams, db.bigrams));
  x[i.sharedNumbers] = Math.log1p(sortedOverlap(da.numbers, db.numbers));
  let skip = 0;
  let skipIdf = 0;
  const fewer = da.skips.low.length <= db.skips.low.length ? da.skips : db.skips;
  const more = fewer === da.skips ? db.skips : da.skips;
  for (let k = 0; k < fewer.low.length; k += 1) {
    const u = fewer.low[k];
    const v = fewer.high[k];
    if (!hasPair(more, u, v)) continue;
    skip += 1;
    skipIdf += Math.min(rarity[u], rarity[v]) - 1;
  }
  x[i.sharedSkip] = Math.log1p(skip);
  x[i.sharedSkipIdf] = Math.log1p(skipIdf);
  x[i.localMatch] = localMatch(da, db, top);
  x[i.sharedDates] = someShared(da.dates, db.dates) ? 1 : 0;
  let entities = 0;
  for (const k of a.entityKeys) if (b.entityKeys.has(k)) entities += 1;
  x[i.entityShared] = Math.log1p(entities);
  const union = a.entityKeys.size + b.entityKeys.size - entities;
  x[i.entityJaccard] = union > 0 ? entities / union : 0;
  x[i.personMismatch] = a.persons.size > 0 && b.persons.size > 0 && !someShared(a.persons, b.persons) ? 1 : 0;
  const agree = a.figures.some((p) => b.figures.some((q) => numbersCompatible(p, q)));
  x[i.figureAgree] = agree ? 1 : 0;
  x[i.figureRival] = !agree && a.figures.length > 0 && b.figures.length > 0 ? 1 : 0;
  x[i.quoteShared] = a.quotes.some((q, m) =>
    b.quotes.some((r, n) => r.key.includes(q.key) || q.key.includes(r.key) || diceProfiles(da.quoteProfiles[m], db.quoteProfiles[n]) >= 0.75),
  )
    ? 1
    : 0;
  const sa = a.claim.attribution?.speakerKey;
  const sb = b.claim.attribution?.speakerKey;
  x[i.sameSpeaker] = sa && sb && sa === sb ? 1 : 0;
  x[i.otherSpeaker] = sa && sb && sa !== sb ? 1 : 0;
  const la = a.terms.length;
  const lb = b.terms.length;
  x[i.lengthRatio] = Math.max(la, lb) > 0 ? Math.min(la, lb) / Math.max(la, lb) : 0;
  x[i.minLength] = Math.log1p(Math.min(la, lb));
  x[i.heading] = (Number(a.position.heading) + Number(b.position.heading)) / 2;
  x[i.leadBoth] = a.position.lead && b.position.lead ? 1 : 0;
  x[i.positionGap] = Math.abs(relative(a) - relative(b));
  x[i.positionMean] = (relative(a) + relative(b)) / 2;
  let clause = 0;
  for (const c of a.clauses) clause = Math.max(clause, sparseCosine(derivedOf(c, interner).concepts, db.concepts));
  for (const c of b.clauses) clause = Math.max(clause, sparseCosine(da.concepts, derivedOf(c, interner).concepts));
  x[i.clauseBest] = Math.max(clause, x[i.cosConcept]);
  x[i.sameOutlet] = sameOutlet ? 1 : 0;
  return x;
}

/** The top of the rarity scale: the IDF of a key that two claims of the comparison have. */
function rarityTop(idf: IdfTables): number {
  return Math.log((idf.documents + 1) / 3) || 1;
}

/**
 * What ranking a pair of units (fact-sized parts of claims) needs: concept and stem cosine and
 * characters, as `baseScore` weighs them. Writes the concept cosine to `cosConcept[at]`.
 */
export function unitBaseScore(a: ClaimFeatures, b: ClaimFeatures, idf: IdfTables, cosConcept: Float64Array, at: number): number {
  const interner = internerOf(idf);
  const da = derivedOf(a, interner);
  const db = derivedOf(b, interner);
  const concept = sparseCosine(da.concepts, db.concepts);
  cosConcept[at] = concept;
  return baseOf(concept, sparseCosine(da.stems, db.stems), concept, diceAboveChance(diceProfiles(a.profile, b.profile), a.profile, b.profile));
}

/** The words around a shared rare word of two units (`localMatch`), for the unit pair that represents its claims. */
export function unitLocalMatch(a: ClaimFeatures, b: ClaimFeatures, idf: IdfTables): number {
  const interner = internerOf(idf);
  return localMatch(derivedOf(a, interner), derivedOf(b, interner), rarityTop(idf));
}

/** A pair's score before the model: wording, concepts and characters together, for ranking candidates. */
export function baseScore(x: Float64Array): number {
  const i = FEATURE_INDEX;
  return baseOf(x[i.cosConcept], x[i.cosStem], x[i.clauseBest], x[i.dice]);
}

function baseOf(cosConcept: number, cosStem: number, clauseBest: number, dice: number): number {
  return 0.4 * cosConcept + 0.2 * cosStem + 0.2 * clauseBest + 0.2 * dice;
}

/**
 * Where each pair stands among its claims' other candidates: for pair k seen from claim `is[k]`
 * (side 0) and from `js[k]` (side 1), its rank among that claim's pairs into the other claim's
 * article by `base` (1 for the best, 1/2 for the second ...; ties keep pair order), and by what
 * margin it beats the next best there (or trails the best). Indexed `2 * k + side`.
 */
export function rankInContext(
  is: ArrayLike<number>,
  js: ArrayLike<number>,
  base: Float64Array,
  articleOf: (claim: number) => number,
): { rank: Float64Array; margin: Float64Array } {
  const n = base.length;
  // Buckets: one per (claim, other article), numbered in order of first use; entries 2k + side.
  const bucketOf = new Map<number, number>();
  const bucket = new Int32Array(2 * n);
  const size: number[] = [];
  let articles = 0;
  const articleI = new Int32Array(n);
  const articleJ = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    articleI[k] = articleOf(is[k]);
    articleJ[k] = articleOf(js[k]);
    articles = Math.max(articles, articleI[k] + 1, articleJ[k] + 1);
  }
  for (let e = 0; e < 2 * n; e += 1) {
    const k = e >> 1;
    // Side 0 is the pair seen from claim i (into j's article), side 1 from claim j.
    const key = (e & 1) === 0 ? is[k] * articles + articleJ[k] : js[k] * articles + articleI[k];
    let b = bucketOf.get(key);
    if (b === undefined) {
      b = size.length;
      bucketOf.set(key, b);
      size.push(0);
    }
    bucket[e] = b;
    size[b] += 1;
  }
  const start = new Int32Array(size.length + 1);
  for (let b = 0; b < size.length; b += 1) start[b + 1] = start[b] + size[b];
  const fill = start.slice(0, size.length);
  const entries = new Int32Array(2 * n);
  for (let e = 0; e < 2 * n; e += 1) entries[fill[bucket[e]]++] = e;
  const rank = new Float64Array(2 * n);
  const margin = new Float64Array(2 * n);
  for (let b = 0; b < size.length; b += 1) {
    const from = start[b];
    const to = start[b + 1];
    sortByBase(entries, from, to, base);
    const first = base[entries[from] >> 1];
    const second = to - from > 1 ? base[entries[from + 1] >> 1] : 0;
    for (let r = from; r < to; r += 1) {
      const e = entries[r];
      rank[e] = 1 / (r - from + 1);
      margin[e] = base[e >> 1] - (r === from ? second : first);
    }
  }
  return { rank, margin };
}

/** Sorts entries[from, to) by their pair's base score, best first, equal scores in entry order (a stable sort). */
function sortByBase(entries: Int32Array, from: number, to: number, base: Float64Array): void {
  if (to - from > 32) {
    const part = Array.from(entries.subarray(from, to)).sort((x, y) => base[y >> 1] - base[x >> 1]);
    entries.set(part, from);
    return;
  }
  for (let r = from + 1; r < to; r += 1) {
    const e = entries[r];
    const v = base[e >> 1];
    let at = r;
    while (at > from && base[entries[at - 1] >> 1] < v) {
      entries[at] = entries[at - 1];
      at -= 1;
    }
    entries[at] = e;
  }
}

/**
 * Adds the context features to every pair: for each claim, how the pair ranks among that claim's
 * candidates in the other article (1 for the best, 1/2 for the second ...), whether each claim is
 * the other's best match, and by what margin the pair beats the claim's next best candidate there.
 */
export function addContext(pairs: ReadonlyArray<{ i: number; j: number; x: Float64Array }>, articleOf: (claim: number) => number): void {
  const base = Float64Array.from(pairs, (p) => baseScore(p.x));
  const { rank, margin } = rankInContext(
    pairs.map((p) => p.i),
    pairs.map((p) => p.j),
    base,
    articleOf,
  );
  const i = FEATURE_INDEX;
  pairs.forEach((p, k) => {
    const [r0, r1] = [rank[2 * k], rank[2 * k + 1]];
    p.x[i.rankBest] = Math.max(r0, r1);
    p.x[i.rankWorst] = Math.min(r0, r1);
    p.x[i.mutualBest] = r0 === 1 && r1 === 1 ? 1 : 0;
    p.x[i.marginMin] = Math.min(margin[2 * k], margin[2 * k + 1]);
    p.x[i.marginMax] = Math.max(margin[2 * k], margin[2 * k + 1]);
  });
}

export const CONTEXT_FEATURES = CONTEXT;
