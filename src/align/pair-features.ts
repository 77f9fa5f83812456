// The features of a pair of claims that the alignment model weighs: how much wording, roots and
// news concepts they share and how rare those are, entities, figures, quotes and speakers, where
// each sits in its article, and (added once every pair is scored) how the pair ranks among each
// claim's other candidates in the other article. Symmetric: swapping the claims changes nothing.
import { bigramProfile, diceAboveChance, diceProfiles, type BigramProfile } from './dice.js';
import { cosine, type ClaimFeatures, type IdfTables } from './features.js';
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

/** The shared keys of two vectors, with how rare each is in the comparison (its IDF). */
function sharedKeys(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const term of small.keys()) if (large.has(term)) out.push(idf.get(term) ?? 1);
  return out;
}

/** Concept pairs that stand within `SKIP_WINDOW` content words of each other: the atoms of a fact (14 + wounded). */
const SKIP_WINDOW = 4;

/** What a claim offers every pair it is in, computed once: phrases, word pairs, figures, dates, where each concept stands. */
interface Derived {
  bigrams: Set<string>;
  /** Concept pairs within the window, keyed `x y` (x < y), with both concepts. */
  skips: Map<string, [string, string]>;
  numbers: Set<string>;
  dates: Set<string>;
  /** Concept -> its positions in `conceptSeq`. */
  at: Map<string, number[]>;
  /** Per position, the concepts around it (filled on first use). */
  windows: Array<Set<string> | undefined>;
  quoteProfiles: BigramProfile[];
}

const derivedCache = new WeakMap<ClaimFeatures, Derived>();

function derivedOf(f: ClaimFeatures): Derived {
  let d = derivedCache.get(f);
  if (d) return d;
  const keys = f.conceptSeq;
  const skips = new Map<string, [string, string]>();
  const at = new Map<string, number[]>();
  for (let a = 0; a < keys.length; a += 1) {
    (at.get(keys[a]) ?? at.set(keys[a], []).get(keys[a])!).push(a);
    for (let b = a + 1; b < Math.min(keys.length, a + 1 + SKIP_WINDOW); b += 1) {
      if (keys[a] === keys[b]) continue;
      const [x, y] = keys[a] < keys[b] ? [keys[a], keys[b]] : [keys[b], keys[a]];
      skips.set(`${x} ${y}`, [x, y]);
    }
  }
  const bigrams = new Set<string>();
  for (let k = 1; k < f.terms.length; k += 1) bigrams.add(`${f.terms[k - 1]} ${f.terms[k]}`);
  d = {
    bigrams,
    skips,
    numbers: new Set(f.tokens.filter((t) => t.isNumber).map((t) => t.norm)),
    dates: new Set(f.claim.dates.map((x) => x.iso ?? x.text)),
    at,
    windows: [],
    quoteProfiles: f.quotes.map((q) => bigramProfile(q.key)),
  };
  derivedCache.set(f, d);
  return d;
}

/** The concepts within `SKIP_WINDOW` words of position `at` of a claim (the word itself left out), computed once. */
function around(f: ClaimFeatures, d: Derived, at: number): Set<string> {
  let out = d.windows[at];
  if (out) return out;
  out = new Set<string>();
  const seq = f.conceptSeq;
  for (let k = Math.max(0, at - SKIP_WINDOW); k <= Math.min(seq.length - 1, at + SKIP_WINDOW); k += 1) if (k !== at) out.add(seq[k]);
  d.windows[at] = out;
  return out;
}

/**
 * How well the words around a shared rare key agree: for each key both claims have, the overlap
 * of the concepts within `SKIP_WINDOW` words of it on each side, weighted by the key's rarity; the best.
 */
function localMatch(a: ClaimFeatures, b: ClaimFeatures, idf: ReadonlyMap<string, number>, top: number): number {
  const [da, db] = [derivedOf(a), derivedOf(b)];
  let best = 0;
  for (const [key, positionsA] of da.at) {
    const positionsB = db.at.get(key);
    if (!positionsB) continue;
    const rarity = ((idf.get(key) ?? 1) - 1) / top;
    if (rarity <= best) continue;
    for (const i of positionsA) {
      const wa = around(a, da, i);
      for (const j of positionsB) {
        const wb = around(b, db, j);
        let shared = 0;
        for (const w of wa) if (wb.has(w)) shared += 1;
        best = Math.max(best, (rarity * shared) / Math.max(1, Math.min(wa.size, wb.size)));
      }
    }
  }
  return Math.min(1, best);
}

/** How many members of `a` the set `b` also has. */
function overlap<T>(a: ReadonlySet<T> | ReadonlyMap<T, unknown>, b: ReadonlySet<T> | ReadonlyMap<T, unknown>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const k of small.keys()) if (large.has(k)) n += 1;
  return n;
}

function relative(f: ClaimFeatures): number {
  return f.position.count > 1 ? f.position.index / (f.position.count - 1) : 0;
}

/** The pair's features without the context part (which needs every pair's base score). */
export function pairFeatures(a: ClaimFeatures, b: ClaimFeatures, idf: IdfTables, sameOutlet: boolean): Float64Array {
  const x = new Float64Array(PAIR_FEATURES.length);
  const i = FEATURE_INDEX;
  x[i.cosStem] = cosine(a.weights, b.weights);
  x[i.cosRoot] = cosine(a.roots, b.roots);
  x[i.cosConcept] = cosine(a.concepts, b.concepts);
  x[i.dice] = diceAboveChance(diceProfiles(a.profile, b.profile), a.profile, b.profile);
  const [ca, cb] = [coverage(a.concepts, b.concepts), coverage(b.concepts, a.concepts)];
  x[i.coverageMin] = Math.min(ca, cb);
  x[i.coverageMax] = Math.max(ca, cb);
  // How rare the shared keys are: an IDF of 1 is a key every claim has, the top one a key of two claims only.
  const shared = sharedKeys(a.concepts, b.concepts, idf.concepts);
  const top = Math.log((idf.documents + 1) / 3) || 1;
  x[i.rareShared] = Math.min(1, Math.max(0, ...shared.map((v) => (v - 1) / top)));
  x[i.sharedCount] = Math.log1p(shared.length);
  x[i.sharedIdf] = Math.log1p(shared.reduce((s, v) => s + (v - 1), 0));
  x[i.sharedRare] = Math.log1p(shared.filter((v) => (v - 1) / top >= 0.6).length);
  const [da, db] = [derivedOf(a), derivedOf(b)];
  x[i.sharedBigrams] = Math.log1p(overlap(da.bigrams, db.bigrams));
  x[i.sharedNumbers] = Math.log1p(overlap(da.numbers, db.numbers));
  let skip = 0;
  let skipIdf = 0;
  const [small, large] = da.skips.size <= db.skips.size ? [da.skips, db.skips] : [db.skips, da.skips];
  for (const [k, [u, v]] of small) {
    if (!large.has(k)) continue;
    skip += 1;
    skipIdf += Math.min(idf.concepts.get(u) ?? 1, idf.concepts.get(v) ?? 1) - 1;
  }
  x[i.sharedSkip] = Math.log1p(skip);
  x[i.sharedSkipIdf] = Math.log1p(skipIdf);
  x[i.localMatch] = localMatch(a, b, idf.concepts, top);
  x[i.sharedDates] = overlap(da.dates, db.dates) > 0 ? 1 : 0;
  let entities = 0;
  for (const k of a.entityKeys) if (b.entityKeys.has(k)) entities += 1;
  x[i.entityShared] = Math.log1p(entities);
  const union = a.entityKeys.size + b.entityKeys.size - entities;
  x[i.entityJaccard] = union > 0 ? entities / union : 0;
  x[i.personMismatch] = a.persons.size > 0 && b.persons.size > 0 && ![...a.persons].some((p) => b.persons.has(p)) ? 1 : 0;
  const agree = a.figures.some((p) => b.figures.some((q) => numbersCompatible(p, q)));
  x[i.figureAgree] = agree ? 1 : 0;
  x[i.figureRival] = !agree && a.figures.length > 0 && b.figures.length > 0 ? 1 : 0;
  x[i.quoteShared] = a.quotes.some((q, m) =>
    b.quotes.some((r, n) => r.key.includes(q.key) || q.key.includes(r.key) || diceProfiles(da.quoteProfiles[m], db.quoteProfiles[n]) >= 0.75),
  )
    ? 1
    : 0;
  const [sa, sb] = [a.claim.attribution?.speakerKey, b.claim.attribution?.speakerKey];
  x[i.sameSpeaker] = sa && sb && sa === sb ? 1 : 0;
  x[i.otherSpeaker] = sa && sb && sa !== sb ? 1 : 0;
  const [la, lb] = [a.terms.length, b.terms.length];
  x[i.lengthRatio] = Math.max(la, lb) > 0 ? Math.min(la, lb) / Math.max(la, lb) : 0;
  x[i.minLength] = Math.log1p(Math.min(la, lb));
  x[i.heading] = (Number(a.position.heading) + Number(b.position.heading)) / 2;
  x[i.leadBoth] = a.position.lead && b.position.lead ? 1 : 0;
  x[i.positionGap] = Math.abs(relative(a) - relative(b));
  x[i.positionMean] = (relative(a) + relative(b)) / 2;
  let clause = 0;
  for (const c of a.clauses) clause = Math.max(clause, cosine(c.concepts, b.concepts));
  for (const c of b.clauses) clause = Math.max(clause, cosine(a.concepts, c.concepts));
  x[i.clauseBest] = Math.max(clause, x[i.cosConcept]);
  x[i.sameOutlet] = sameOutlet ? 1 : 0;
  return x;
}

/**
 * The few features of a pair of units (fact-sized parts of claims) that ranking them needs: wording,
 * characters and the words around a shared rare one. The rest of the vector stays zero.
 */
export function unitPairFeatures(a: ClaimFeatures, b: ClaimFeatures, idf: IdfTables): Float64Array {
  const x = new Float64Array(PAIR_FEATURES.length);
  const i = FEATURE_INDEX;
  x[i.cosStem] = cosine(a.weights, b.weights);
  x[i.cosConcept] = cosine(a.concepts, b.concepts);
  x[i.clauseBest] = x[i.cosConcept];
  x[i.dice] = diceAboveChance(diceProfiles(a.profile, b.profile), a.profile, b.profile);
  x[i.localMatch] = localMatch(a, b, idf.concepts, Math.log((idf.documents + 1) / 3) || 1);
  return x;
}

/** A pair's score before the model: wording, concepts and characters together, for ranking candidates. */
export function baseScore(x: Float64Array): number {
  const i = FEATURE_INDEX;
  return 0.4 * x[i.cosConcept] + 0.2 * x[i.cosStem] + 0.2 * x[i.clauseBest] + 0.2 * x[i.dice];
}

/**
 * Adds the context features to every pair: for each claim, how the pair ranks among that claim's
 * candidates in the other article (1 for the best, 1/2 for the second ...), whether each claim is
 * the other's best match, and by what margin the pair beats the claim's next best candidate there.
 */
export function addContext(pairs: ReadonlyArray<{ i: number; j: number; x: Float64Array }>, articleOf: (claim: number) => number): void {
  const byClaimArticle = new Map<string, number[]>();
  const base = pairs.map((p) => baseScore(p.x));
  pairs.forEach((p, k) => {
    for (const [self, other] of [[p.i, p.j], [p.j, p.i]]) {
      const key = `${self}:${articleOf(other)}`;
      (byClaimArticle.get(key) ?? byClaimArticle.set(key, []).get(key)!).push(k);
    }
  });
  const rank = new Float64Array(pairs.length * 2);
  const margin = new Float64Array(pairs.length * 2);
  for (const [key, list] of byClaimArticle) {
    const self = Number(key.slice(0, key.indexOf(':')));
    list.sort((x, y) => base[y] - base[x]);
    list.forEach((k, r) => {
      const side = pairs[k].i === self ? 0 : 1;
      rank[2 * k + side] = 1 / (r + 1);
      const next = r === 0 ? (list.length > 1 ? base[list[1]] : 0) : base[list[0]];
      margin[2 * k + side] = base[k] - next;
    });
  }
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
