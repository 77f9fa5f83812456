// The aligner: features for every claim, candidate pairs through the concept index, a learned
// probability that each pair states one fact, groups across all articles, and a word diff for every
// pair of a group's members from two articles.
// It says which claims state the same thing; how they relate is the classify stage's question.
import type { AlignOptions, Claim, Evidence, Language, LinearModel, Token } from '../types.js';
import { buildFeatures, buildIdfTables, buildUnitFeatures, cosine, keyLists, type ClaimFeatures, type ClaimPosition, type IdfTables } from './features.js';
import { addContext, PAIR_FEATURES, preparedPairFeatures, SIGNAL_OF, type PairFeatureName } from './pair-features.js';
import { prepareClaim, preparation } from './prepared.js';
import { addUnitContext, unitTable } from './unit-context.js';
import { unitRanges } from './units.js';
import { withoutPreposition } from '../text/clitics.js';
import { buildTokenStream, wordsIn, type TokenStream } from '../text/token-stream.js';
import { topCandidates } from './top-candidates.js';
import { discountBackground, groupLinks, type Link } from './group.js';
import { linksOfOneOccurrence } from './occurrences.js';
import { defaultWeights, round, scorePair } from './similarity.js';
import { explain, predict } from '../model/logistic.js';
import { LINK_JOIN_MIN, LINK_LANGUAGE_THRESHOLDS, LINK_THRESHOLD, linkModel } from './link-model.js';
import { diffTokens, type WordDiff } from './word-diff.js';

export const defaultAlignOptions: AlignOptions = {
  threshold: LINK_THRESHOLD,
  joinMin: LINK_JOIN_MIN,
  candidateFloor: 0.05,
  maxCandidates: 3,
  weights: defaultWeights,
};

/** The claims of one article with the text their offsets point into. */
export interface ClaimSource {
  claims: readonly Claim[];
  text: string;
  language: Language;
  /** The article's token stream, when the caller has built it; else it is built from the claims. */
  tokens?: TokenStream;
  /** The outlet, when known: two articles of one outlet often share whole sentences (updates, refilings). */
  outlet?: string | null;
  /** The article's date (ISO, `YYYY-MM-DD...`), when known. */
  date?: string | null;
}

/** Two claims of different articles that the aligner put in one group, with their word diff. */
export interface AlignedPair {
  /** Indices into `Alignment.features`. */
  i: number;
  j: number;
  score: number;
  evidence: Evidence;
  diff: WordDiff;
}

/** Claims that state the same thing: feature indices, and a pair for every two members of different articles. */
export interface AlignedGroup {
  members: number[];
  pairs: AlignedPair[];
}

export interface Alignment {
  /** Every claim's features, in article then claim order. */
  features: ClaimFeatures[];
  groups: AlignedGroup[];
  /** Article id -> ids of its claims in no group. */
  unique: Record<string, string[]>;
}

/**
 * The stemmer cannot strip a lone ب ل ك (it may be a root letter: بلينكن), so the comparison's own
 * words decide: لدولة becomes دولة, بغزة becomes غزة, when the rest occurs as a word of its own.
 */
function stripAttachedPrepositions(tokenLists: Token[][]): Token[][] {
  const vocabulary = new Set<string>();
  for (const tokens of tokenLists) for (const t of tokens) vocabulary.add(t.stem);
  return tokenLists.map((tokens) => {
    // A list with no word to strip is kept as it is (most are): no copy of it.
    let out: Token[] | null = null;
    for (let k = 0; k < tokens.length; k += 1) {
      const t = tokens[k];
      const rest = withoutPreposition(t.stem);
      if (rest === null || !vocabulary.has(rest)) continue;
      out ??= tokens.slice();
      out[k] = { ...t, stem: rest };
    }
    return out ?? tokens;
  });
}

/** Where each claim stands in its article: index, count, heading, lead, and the article's day. */
function positionsOf(claims: readonly Claim[], date: string | null | undefined): ClaimPosition[] {
  const lead = claims.findIndex((c) => c.kind !== 'heading');
  const day = date ? date.slice(0, 10) : null;
  return claims.map((c, index) => ({ index, count: claims.length, heading: c.kind === 'heading', lead: index === lead, day }));
}

/** Features for every claim of every source, with one set of IDF tables over all of them. */
export function featuresOf(sources: readonly ClaimSource[]): ClaimFeatures[] {
  return featuresWithIdf(sources).features;
}

/** Features for every claim, and the IDF tables they were weighted with. */
export function featuresWithIdf(sources: readonly ClaimSource[]): { features: ClaimFeatures[]; idf: IdfTables } {
  const raw: Token[][] = [];
  const owners: Array<[Claim, number, ClaimPosition]> = [];
  sources.forEach((src, article) => {
    const positions = positionsOf(src.claims, src.date);
    const stream = src.tokens ?? buildTokenStream(src.text, src.claims.map((c) => [c.start, c.end]));
    src.claims.forEach((claim, k) => {
      raw.push(wordsIn(stream, claim.start, claim.end));
      owners.push([claim, article, positions[k]]);
    });
  });
  const tokenLists = stripAttachedPrepositions(raw);
  // Each claim's stems, roots and concepts, listed once for the IDF tables and its own vectors.
  const lists = tokenLists.map(keyLists);
  const idf = buildIdfTables(lists);
  const features = owners.map(([claim, article, position], k) => {
    const { text } = sources[article];
    const tokens = tokenLists[k];
    const f = buildFeatures(claim, article, text, tokens, lists[k], idf, position);
    const ranges = unitRanges(text, tokens);
    f.clauses = ranges.length < 2 ? [] : ranges.map(([from, to]) => buildUnitFeatures(claim, article, text, tokens.slice(from, to), position));
    return f;
  });
  return { features, idf };
}

/** At most this many candidates per claim across all other articles (see `closestCandidates` in candidates.ts). */
const CANDIDATES_PER_CLAIM = 24;

/** A candidate pair with its feature vector (context included). */
export interface ScoredPair {
  i: number;
  j: number;
  x: Float64Array;
}

/**
 * Every candidate pair of claims from different articles with its features: candidates share a
 * news concept or stem (inverted index, cosine at least `floor`), then each pair is described and
 * ranked against the other candidates of its claims. `partSize`: how many pairs are described at
 * once (whole blocks of article pairs; the vectors do not depend on it).
 */
export function scoreCandidatePairs(sources: readonly ClaimSource[], floor: number, maxCandidates = Infinity, partSize = PART_SIZE): { features: ClaimFeatures[]; pairs: ScoredPair[] } {
  const { features, idf } = featuresWithIdf(sources);
  return { features, pairs: allDescribed(sources, features, idf, candidatesOf(features, floor, maxCandidates), partSize) };
}

/** Pairs of claims as two lists of claim numbers: 177,000 candidates at 1,000 articles were 11 MB of objects, held while they were described. */
interface PairList {
  i: Int32Array;
  j: Int32Array;
}

function pairList(pairs: ReadonlyArray<{ i: number; j: number }>): PairList {
  return { i: Int32Array.from(pairs, (p) => p.i), j: Int32Array.from(pairs, (p) => p.j) };
}

function candidatesOf(features: readonly ClaimFeatures[], floor: number, maxCandidates: number): PairList {
  return pairList(topCandidates(features, floor, (f) => f.concepts, (claim) => features[claim].article, maxCandidates, CANDIDATES_PER_CLAIM));
}

/**
 * Given pairs of claims (indices into the claims of `sources`, in order), described as candidates
 * are: for training on pairs a reviewer decided. Each claim is ranked only among the pairs given.
 */
export function scoreGivenPairs(sources: readonly ClaimSource[], given: ReadonlyArray<{ i: number; j: number }>): { features: ClaimFeatures[]; pairs: ScoredPair[] } {
  const { features, idf } = featuresWithIdf(sources);
  return { features, pairs: allDescribed(sources, features, idf, pairList(given), PART_SIZE) };
}

/** Every pair given, described (`describePairs`), with its vector, in the order given. */
function allDescribed(sources: readonly ClaimSource[], features: readonly ClaimFeatures[], idf: IdfTables, given: PairList, partSize: number): ScoredPair[] {
  const width = PAIR_FEATURES.length;
  // One buffer for every vector: a typed array each would cost an allocation outside the heap.
  const buffer = new Float64Array(given.i.length * width);
  describePairs(sources, features, idf, given, partSize, (indices, x) => {
    for (let k = 0; k < indices.length; k += 1) buffer.set(x.subarray(k * width, (k + 1) * width), indices[k] * width);
  });
  return Array.from(given.i, (i, k) => ({ i, j: given.j[k], x: buffer.subarray(k * width, (k + 1) * width) }));
}

/** Two article numbers as one (far more articles than any comparison holds). */
const ARTICLE_SPAN = 2 ** 24;

/** Two claim numbers as one, in the order given: a map key without a string per pair. */
function pairKey(i: number, j: number): number {
  return i * CLAIM_SPAN + j;
}

/** More claims than any comparison holds (2^26 x 2^26 stays an exact number). */
const CLAIM_SPAN = 2 ** 26;

/** Kept pairs' vectors per chunk (scoreLinks): 4,096 vectors, 1.3 MB. */
const KEPT_CHUNK = 4096;

/** Pairs described together (whole blocks of article pairs): few enough that their vectors stay small. */
const PART_SIZE = 4096;

/**
 * The features of each pair, then the context features (how it ranks among each claim's pairs into
 * the other article). That ranking looks only at pairs joining the same two articles, so the pairs
 * are described a part at a time, each part whole blocks of article pairs: `take` gets each part's
 * pair indices (into `given`) and their vectors, which are reused once it returns. At 1,000 articles
 * the vectors of all 177,000 candidates at once were 58 MB, and their unit pairs' arrays about 60 MB.
 */
function describePairs(
  sources: readonly ClaimSource[],
  features: readonly ClaimFeatures[],
  idf: IdfTables,
  given: PairList,
  partSize: number,
  take: (indices: Int32Array, x: Float64Array) => void,
  between: StageHook = noStage,
): void {
  const outlet = (i: number) => sources[features[i].article].outlet ?? null;
  const articleOf = (claim: number) => features[claim].article;
  const width = PAIR_FEATURES.length;
  const prep = preparation(idf);
  const prepared = features.map((f) => prepareClaim(f, prep));
  const units = unitTable(prepared);
  between('prepared');
  const { order, blockAt } = byArticlePair(given, articleOf);
  const buffer = new Float64Array(Math.min(given.i.length, partSize) * width);
  let part = new Float64Array(buffer.buffer, 0, 0);
  for (let from = 0; from < order.length; ) {
    // Whole blocks, about `partSize` pairs (a larger block alone).
    let to = from + 1;
    while (to < order.length && (to - from < partSize || blockAt[to] === blockAt[to - 1])) to += 1;
    const indices = order.subarray(from, to);
    const n = indices.length;
    if (n * width > buffer.length) part = new Float64Array(n * width);
    else {
      part = buffer.subarray(0, n * width);
      part.fill(0);
    }
    const pairs: ScoredPair[] = [];
    for (let k = 0; k < n; k += 1) {
      const i = given.i[indices[k]];
      const j = given.j[indices[k]];
      const x = part.subarray(k * width, (k + 1) * width);
      pairs.push({ i, j, x: preparedPairFeatures(prepared[i], prepared[j], idf, outlet(i) !== null && outlet(i) === outlet(j), x) });
    }
    addContext(pairs, articleOf);
    addUnitContext(units, pairs, idf);
    take(indices, part);
    from = to;
  }
}

/**
 * The indices of `given` ordered by the pair of articles each joins (blocks in order of first
 * appearance, pairs in their order within a block), and the block of each position.
 */
function byArticlePair(given: PairList, articleOf: (claim: number) => number): { order: Int32Array; blockAt: Int32Array } {
  const block = new Map<number, number>();
  const n = given.i.length;
  const blockOf = new Int32Array(n);
  given.i.forEach((i, k) => {
    const [a, b] = [articleOf(i), articleOf(given.j[k])];
    const key = Math.min(a, b) * ARTICLE_SPAN + Math.max(a, b);
    let id = block.get(key);
    if (id === undefined) {
      id = block.size;
      block.set(key, id);
    }
    blockOf[k] = id;
  });
  // A counting sort keeps the order of pairs within each block.
  const start = new Int32Array(block.size + 1);
  for (let k = 0; k < n; k += 1) start[blockOf[k] + 1] += 1;
  for (let b = 0; b < block.size; b += 1) start[b + 1] += start[b];
  const order = new Int32Array(n);
  const blockAt = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    const at = start[blockOf[k]]++;
    order[at] = k;
    blockAt[at] = blockOf[k];
  }
  return { order, blockAt };
}

/** Two claims side by side: their closeness score and evidence, and their word diff. */
export function alignPair(features: readonly ClaimFeatures[], i: number, j: number, options: AlignOptions, link?: Evidence['link']): AlignedPair {
  const [a, b] = [features[i], features[j]];
  const { score, evidence } = scorePair(a, b, options.weights);
  return { i, j, score: link?.probability ?? score, evidence: link ? { ...evidence, link } : evidence, diff: diffTokens(a.text, a.tokens, b.text, b.tokens) };
}

/** How sure the model is that two claims state one fact, and what decided it. */
export function linkEvidence(model: LinearModel, x: Float64Array, probability = predict(model, x)): NonNullable<Evidence['link']> {
  const decidedBy = explain(model, x, 3, (f) => SIGNAL_OF[f as PairFeatureName] ?? f).map((c) => `${c.signal} (${c.contribution >= 0 ? '+' : ''}${round(c.contribution)})`);
  return { probability: round(probability), decidedBy };
}

/**
 * Every candidate pair's probability, and the feature vectors of the pairs that may sit in a group
 * (a group's pairs all reach `joinMin`, or `threshold` when lower), copied out of each part's
 * vectors as it is scored: the rest are never held all at once.
 */
function scoreLinks(sources: readonly ClaimSource[], options: AlignOptions, model: LinearModel, between: StageHook): { features: ClaimFeatures[]; links: Link[]; scored: (i: number, j: number) => { p: number; x: Float64Array } | undefined } {
  const { features, idf } = featuresWithIdf(sources);
  const candidates = candidatesOf(features, options.candidateFloor, options.maxCandidates);
  const width = PAIR_FEATURES.length;
  // A group starts at `threshold`, and a claim joins one with links of `joinMin` or more.
  const floor = Math.min(options.threshold, options.joinMin);
  const p = new Float64Array(candidates.i.length);
  // The kept vectors, in chunks of KEPT_CHUNK pairs (the kept pair `at` in chunk at / KEPT_CHUNK):
  // one buffer doubled as it filled left as much again in outgrown copies (at 1,000 articles 34 MB
  // of vectors and 43 MB of garbage outside the heap, there until the next full collection).
  const chunks: Float64Array[] = [];
  const keptPairs: number[] = [];
  describePairs(sources, features, idf, candidates, PART_SIZE, (indices, x) => {
    for (let k = 0; k < indices.length; k += 1) {
      const v = x.subarray(k * width, (k + 1) * width);
      const q = predict(model, v);
      p[indices[k]] = q;
      if (q < floor) continue;
      const at = keptPairs.length;
      if (at % KEPT_CHUNK === 0) chunks.push(new Float64Array(KEPT_CHUNK * width));
      chunks[chunks.length - 1].set(v, (at % KEPT_CHUNK) * width);
      keptPairs.push(indices[k]);
    }
  }, between);
  between('described');
  // The clauses served the unit features only: at 1,000 articles 16,000 of them, 47 MB, that the
  // grouping, the word diffs and the classify stage never read.
  for (const f of features) f.clauses = [];
  // Only the links that can sit in a group (the kept ones): `groupLinks` starts a group at
  // `threshold` and refuses a link under `joinMin` as it refuses a missing one, so the others
  // change nothing (at 1,000 articles 104,000 of 177,000 candidates). Each kept pair's place,
  // by its key; its vector is viewed only when a group holds the pair.
  const keptAt = new Map<number, number>();
  const links: Link[] = [];
  keptPairs.forEach((k, at) => {
    const i = candidates.i[k];
    const j = candidates.j[k];
    keptAt.set(pairKey(i, j), at);
    links.push({ i, j, p: p[k] });
  });
  const scored = (i: number, j: number) => {
    const at = keptAt.get(pairKey(i, j));
    if (at === undefined) return undefined;
    const from = (at % KEPT_CHUNK) * width;
    return { p: p[keptPairs[at]], x: chunks[Math.floor(at / KEPT_CHUNK)].subarray(from, from + width) };
  };
  return { features, links, scored };
}

/**
 * Told when a stage is done and its working data is garbage (`prepared`: the claims prepared for
 * pair features, the store's outgrown arrays left behind; `described`: every candidate pair
 * described and scored): a caller that owns the process may collect there (see the compare command).
 */
export type StageHook = (stage: string) => void;

const noStage: StageHook = () => {};

/** An empty vector, shared, never written. */
const NO_VECTOR: Map<string, number> = new Map();

/**
 * How many outlets a group's claims come from (an article of unknown outlet counts as its own). A
 * group of one outlet's articles (a text filed twice, a follow-up repeating the first report) is
 * not something two outlets report: its claims are that outlet's alone.
 */
function outletCount(sources: readonly ClaimSource[], features: readonly ClaimFeatures[], members: readonly number[]): number {
  const outlets = new Set<string | number>();
  for (const m of members) {
    const article = features[m].article;
    outlets.add(sources[article].outlet ?? article);
  }
  return outlets.size;
}

/** Two claims of one article say the same thing (the lead and the body): most of their concepts in common. */
export function restates(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return cosine(a.concepts, b.concepts) >= RESTATE_COSINE;
}

/** The concept cosine above which two claims of one article restate each other (set beforehand, not tuned). */
const RESTATE_COSINE = 0.5;

/**
 * Each claim's threshold by its article's language, when the threshold is the committed model's
 * own: the training chose one per language (English groups at the pooled threshold were less
 * precise than the bar); a threshold the caller sets, or another model, applies to every claim.
 */
export function languageThresholds(sources: readonly ClaimSource[], features: readonly ClaimFeatures[], options: AlignOptions): ((claim: number) => number) | undefined {
  if (options.model || options.threshold !== LINK_THRESHOLD) return undefined;
  const byArticle = sources.map((s) => LINK_LANGUAGE_THRESHOLDS[s.language] ?? options.threshold);
  if (byArticle.every((t) => t === options.threshold)) return undefined;
  return (claim) => byArticle[features[claim].article];
}

/**
 * Aligns the claims of all articles: candidate pairs with their features, the learned probability
 * that each pair states one fact, groups built from the links without chaining (a claim may sit in
 * several groups, a group may hold several claims of one article), then a word diff for every two
 * members of different articles.
 */
export function alignClaims(sources: readonly ClaimSource[], options: AlignOptions = defaultAlignOptions, between: StageHook = noStage): Alignment {
  const model = options.model ?? linkModel;
  const { features, links, scored: scoredPair } = scoreLinks(sources, options, model, between);
  const grouped = groupLinks(linksOfOneOccurrence(options.backgroundShare === undefined ? links : discountBackground(links, features, options.backgroundShare), features, (article) => sources[article].date), (claim) => features[claim].article, { threshold: options.threshold, joinMin: options.joinMin, thresholdOf: languageThresholds(sources, features, options) }, (a, b) =>
    restates(features[a], features[b]),
  ).filter((members) => outletCount(sources, features, members) >= 2);
  // The root keys and concept vectors served candidates, pair features and `restates`; the word
  // diffs and the classify stage read the stems' (about 21 MB at 1,000 articles, let go here).
  for (const f of features) {
    f.rootSeq = [];
    f.concepts = NO_VECTOR;
  }
  // Groups overlap (a quarter of the pairs of 1,000 ANT articles sit in two groups or more): each
  // pair is scored and diffed once, and every group holding it shares the result.
  const aligned = new Map<number, AlignedPair>();
  const groups: AlignedGroup[] = grouped.map((members) => {
    const groupPairs: AlignedPair[] = [];
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const [i, j] = [members[x], members[y]];
        if (features[i].article === features[j].article) continue;
        const key = pairKey(i, j);
        let pair = aligned.get(key);
        if (!pair) {
          const scored = scoredPair(Math.min(i, j), Math.max(i, j));
          pair = alignPair(features, i, j, options, scored && linkEvidence(model, scored.x, scored.p));
          aligned.set(key, pair);
        }
        groupPairs.push(pair);
      }
    }
    return { members, pairs: groupPairs };
  });
  const inGroup = new Set(groups.flatMap((g) => g.members));
  const unique: Record<string, string[]> = {};
  features.forEach((f, i) => {
    const list = (unique[f.claim.articleId] ??= []);
    if (!inGroup.has(i)) list.push(f.claim.id);
  });
  return { features, groups, unique };
}
