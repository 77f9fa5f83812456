// The features of a pair of claims that the alignment model weighs: how much wording, roots and
// news concepts they share and how rare those are, entities, figures, quotes and speakers, where
// each sits in its article, and (added once every pair is scored) how the pair ranks among each
// claim's other candidates in the other article. Symmetric: swapping the claims changes nothing.
import { diceAboveChance, diceProfiles } from './dice.js';
import type { ClaimFeatures, IdfTables } from './features.js';
import { entryOf, hasPair, sortedOverlap, sparseCosine, type SparseVector } from './sparse.js';
import { localMatch, prepareClaim, preparation, type PreparedClaim } from './prepared.js';
import { rankInContext } from './rank-context.js';
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

/** Scratch lists of matches, one per side, grown as needed (a pair's features allocate nothing). */
const scratch = [new Int32Array(64), new Int32Array(64)];

/** For each entry of `a`, its entry in `b` or -1, in scratch list `side`. */
function matchEntries(ints: Int32Array, a: SparseVector, b: SparseVector, side: 0 | 1): Int32Array {
  if (scratch[side].length < a.size) scratch[side] = new Int32Array(2 * a.size);
  const out = scratch[side];
  for (let k = 0; k < a.size; k += 1) out[k] = entryOf(ints, b, ints[a.ids + k]);
  return out;
}

/** Cosine over matched entries, summed in `a`'s order (as `sparseCosine` with `a` the smaller). */
function matchedDot(reals: Float64Array, a: SparseVector, b: SparseVector, inB: Int32Array): number {
  let dot = 0;
  for (let k = 0; k < a.size; k += 1) if (inB[k] >= 0) dot += reals[a.weights + k] * reals[b.weights + inB[k]];
  return Math.min(1, dot);
}

/** Share of `a`'s squared weight whose terms `b` also has (`coverage`), over matched entries. */
function matchedCoverage(reals: Float64Array, a: SparseVector, inB: Int32Array): number {
  let found = 0;
  for (let k = 0; k < a.size; k += 1) if (inB[k] >= 0) found += reals[a.weights + k] * reals[a.weights + k];
  return a.squares > 0 ? found / a.squares : 0;
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
export function pairFeatures(a: ClaimFeatures, b: ClaimFeatures, idf: IdfTables, sameOutlet: boolean): Float64Array {
  const prep = preparation(idf);
  return preparedPairFeatures(prepareClaim(a, prep), prepareClaim(b, prep), idf, sameOutlet);
}

/** `pairFeatures` of two claims prepared for one comparison; `x`, when given, must be zeroed. */
export function preparedPairFeatures(da: PreparedClaim, db: PreparedClaim, idf: IdfTables, sameOutlet: boolean, x = new Float64Array(PAIR_FEATURES.length)): Float64Array {
  const i = FEATURE_INDEX;
  const a = da.features;
  const b = db.features;
  const { store } = da;
  const { ints, reals } = store;
  // The concept IDF of each term id.
  const rarity = da.interner.weights;
  x[i.cosStem] = sparseCosine(store, da.stems, db.stems);
  x[i.cosRoot] = sparseCosine(store, da.roots, db.roots);
  // The concepts are read five ways; each side's entries are matched in the other once.
  const ca = da.concepts;
  const cb = db.concepts;
  const inB = matchEntries(ints, ca, cb, 0);
  const inA = matchEntries(ints, cb, ca, 1);
  const aSmaller = ca.size <= cb.size;
  x[i.cosConcept] = aSmaller ? matchedDot(reals, ca, cb, inB) : matchedDot(reals, cb, ca, inA);
  x[i.dice] = diceAboveChance(diceProfiles(a.profile, b.profile), a.profile, b.profile);
  const coverA = matchedCoverage(reals, ca, inB);
  const coverB = matchedCoverage(reals, cb, inA);
  x[i.coverageMin] = Math.min(coverA, coverB);
  x[i.coverageMax] = Math.max(coverA, coverB);
  // How rare the shared keys are: an IDF of 1 is a key every claim has, the top one a key of two claims only.
  const top = rarityTop(idf);
  const small = aSmaller ? ca : cb;
  const smallIn = aSmaller ? inB : inA;
  let shared = 0;
  let rarest = 0;
  let sumIdf = 0;
  let rare = 0;
  for (let k = 0; k < small.size; k += 1) {
    if (smallIn[k] < 0) continue;
    const v = rarity[ints[small.ids + k]];
    shared += 1;
    rarest = Math.max(rarest, (v - 1) / top);
    sumIdf += v - 1;
    if ((v - 1) / top >= 0.6) rare += 1;
  }
  x[i.rareShared] = Math.min(1, rarest);
  x[i.sharedCount] = Math.log1p(shared);
  x[i.sharedIdf] = Math.log1p(sumIdf);
  x[i.sharedRare] = Math.log1p(rare);
  x[i.sharedBigrams] = Math.log1p(sortedOverlap(reals, da.bigrams, da.bigrams + da.bigramCount, reals, db.bigrams, db.bigrams + db.bigramCount));
  x[i.sharedNumbers] = Math.log1p(sortedOverlap(ints, da.numbers, da.numbers + da.numberCount, ints, db.numbers, db.numbers + db.numberCount));
  let skip = 0;
  let skipIdf = 0;
  const fewer = da.skips.size <= db.skips.size ? da.skips : db.skips;
  const more = fewer === da.skips ? db.skips : da.skips;
  for (let k = 0; k < fewer.size; k += 1) {
    const u = ints[fewer.low + k];
    const v = ints[fewer.high + k];
    if (!hasPair(ints, more, u, v)) continue;
    skip += 1;
    skipIdf += Math.min(rarity[u], rarity[v]) - 1;
  }
  x[i.sharedSkip] = Math.log1p(skip);
  x[i.sharedSkipIdf] = Math.log1p(skipIdf);
  x[i.localMatch] = localMatch(da, db, top, inB);
  x[i.sharedDates] = someShared(da.dates, db.dates) ? 1 : 0;
  // Most pairs have no figure, quote or entity on one side: no iterator or closure is made for them.
  let entities = 0;
  if (b.entityKeys.size > 0) for (const k of a.entityKeys) if (b.entityKeys.has(k)) entities += 1;
  x[i.entityShared] = Math.log1p(entities);
  const union = a.entityKeys.size + b.entityKeys.size - entities;
  x[i.entityJaccard] = union > 0 ? entities / union : 0;
  x[i.personMismatch] = a.persons.size > 0 && b.persons.size > 0 && !someShared(a.persons, b.persons) ? 1 : 0;
  const agree = b.figures.length > 0 && a.figures.some((p) => b.figures.some((q) => numbersCompatible(p, q)));
  x[i.figureAgree] = agree ? 1 : 0;
  x[i.figureRival] = !agree && a.figures.length > 0 && b.figures.length > 0 ? 1 : 0;
  x[i.quoteShared] = b.quotes.length > 0 && a.quotes.some((q, m) =>
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
  // Two leads (or headlines) state the story's main fact only when they report the same day's
  // news: the events stage joins a story's days, and the lead of a later day's article reports
  // a later development (an arrest, then a trial), not the first day's. Unknown dates count as one day.
  const sameDay = !a.position.day || !b.position.day || a.position.day === b.position.day;
  x[i.heading] = sameDay ? (Number(a.position.heading) + Number(b.position.heading)) / 2 : 0;
  x[i.leadBoth] = sameDay && a.position.lead && b.position.lead ? 1 : 0;
  x[i.positionGap] = Math.abs(relative(a) - relative(b));
  x[i.positionMean] = (relative(a) + relative(b)) / 2;
  let clause = 0;
  for (const c of da.clauses) clause = Math.max(clause, sparseCosine(store, c.concepts, db.concepts));
  for (const c of db.clauses) clause = Math.max(clause, sparseCosine(store, da.concepts, c.concepts));
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
export function unitBaseScore(da: PreparedClaim, db: PreparedClaim, cosConcept: Float64Array, at: number): number {
  const [a, b] = [da.features.profile, db.features.profile];
  const concept = sparseCosine(da.store, da.concepts, db.concepts);
  cosConcept[at] = concept;
  return baseOf(concept, sparseCosine(da.store, da.stems, db.stems), concept, diceAboveChance(diceProfiles(a, b), a, b));
}

/** The words around a shared rare word of two units (`localMatch`), for the unit pair that represents its claims. */
export function unitLocalMatch(a: PreparedClaim, b: PreparedClaim, idf: IdfTables): number {
  return localMatch(a, b, rarityTop(idf));
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
