// What the aligner knows about each claim: its tokens, rarity-weighted stems, roots and news
// concepts (TF-IDF), bigram profile, entities, quotes, counting figures, speaker and where it
// stands in its article. Computed once per claim, then compared many times.
import type { Claim, NumberMention, Token } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { arabicRoot } from '../text/root.js';
import { baseStem, conceptOf, isNonContent } from '../text/concepts.js';
import { bigramProfile, type BigramProfile } from './dice.js';

/** Where a claim stands in its article. */
export interface ClaimPosition {
  /** 0-based index among the article's claims. */
  index: number;
  /** How many claims the article has. */
  count: number;
  /** A heading (or the title line). */
  heading: boolean;
  /** The first claim that is not a heading: the lead. */
  lead: boolean;
  /** The day the article was published (`YYYY-MM-DD`), when known. */
  day?: string | null;
}

export interface ClaimFeatures {
  claim: Claim;
  /** Index of the claim's article in the comparison. */
  article: number;
  /** The article text the claim's and tokens' offsets point into. */
  text: string;
  tokens: Token[];
  /** Content stems (no stopwords, no English reporting verbs or honorifics), in text order, with repeats. */
  terms: string[];
  /** Unit-length TF-IDF vector over `terms`. */
  weights: Map<string, number>;
  /**
   * The root keys (Arabic) or stems (English) of the content words, in text order: the root vector
   * is built from them straight into the claim's prepared form (prepared.ts), the only place that
   * reads it. `alignClaims` empties the list once its pairs are scored.
   */
  rootSeq: string[];
  /** Unit-length TF-IDF vector over news concepts (قتلى / مصرع / killed -> `killed`), else stems; `alignClaims` empties it once its groups are built. */
  concepts: Map<string, number>;
  /** The concept keys of the content words, in text order. */
  conceptSeq: string[];
  profile: BigramProfile;
  entityKeys: Set<string>;
  /** Keys of the named people. */
  persons: Set<string>;
  /** Quotations of three words or more: normalized key for matching, original text for showing. */
  quotes: Array<{ key: string; text: string }>;
  /** Numbers that count something (years, days and times left out). */
  figures: NumberMention[];
  position: ClaimPosition;
  /**
   * Features of each clause, for a long claim with clear clause boundaries (else empty); see
   * `buildUnitFeatures`. `alignClaims` empties them once its pairs are scored.
   */
  clauses: ClaimFeatures[];
}

/** The IDF tables of one comparison: stems, roots and concepts. */
export interface IdfTables {
  stems: Map<string, number>;
  roots: Map<string, number>;
  concepts: Map<string, number>;
  /** How many claims the tables were counted over. */
  documents: number;
}

/** Inverse document frequency over a set of documents (each a list of terms), smoothed as in scikit-learn. */
export function buildIdf(documents: ReadonlyArray<readonly string[]>): Map<string, number> {
  // Each term's place in order of first occurrence, its document count, and the last document that
  // counted it; then one Map, in the same order, rewritten in place to hold the IDF.
  const place = new Map<string, number>();
  const counts: number[] = [];
  const last: number[] = [];
  for (let d = 0; d < documents.length; d += 1) {
    for (const term of documents[d]) {
      const k = place.get(term);
      if (k === undefined) {
        place.set(term, counts.length);
        counts.push(1);
        last.push(d);
      } else if (last[k] !== d) {
        last[k] = d;
        counts[k] += 1;
      }
    }
  }
  const n = documents.length;
  const idf = place;
  let k = 0;
  for (const term of place.keys()) {
    idf.set(term, Math.log((n + 1) / (counts[k] + 1)) + 1);
    k += 1;
  }
  return idf;
}

/** Content tokens: not stopwords, not English reporting verbs or honorifics, two characters or a number. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => !t.isStop && (t.stem.length >= 2 || t.isNumber) && !isNonContent(t.stem));
}

/** Content stems of a token list, irregular English forms under their base (`took` -> `take`). */
export function contentTerms(tokens: readonly Token[]): string[] {
  return contentTokens(tokens).map((t) => baseStem(t.stem));
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/**
 * The root key of a stem: Arabic words back off to their root; English words to their first four
 * letters (closure / closing, legislative / legislature, investigation / investigating), which
 * Porter's suffix rules leave apart. Numbers stay whole.
 */
export function rootKey(stem: string): string {
  let key = ROOT_KEYS.get(stem);
  if (key === undefined) {
    if (ROOT_KEYS.size >= ROOT_KEYS_MAX) ROOT_KEYS.clear();
    key = ARABIC_LETTER.test(stem) ? (stem.length > 3 ? arabicRoot(stem) : stem) : /^[a-z]{6,}$/.test(stem) ? stem.slice(0, 4) : stem;
    ROOT_KEYS.set(stem, key);
  }
  return key;
}

/**
 * Root keys met so far (a pure function of the stem, and a news vocabulary repeats its words: the
 * root rules were a tenth of aligning the seed pair). Emptied when full, so memory stays bounded.
 */
const ROOT_KEYS = new Map<string, string>();
const ROOT_KEYS_MAX = 200_000;

/** The concept of a stem, or the stem itself. */
export function conceptKey(stem: string): string {
  return conceptOf(stem) ?? stem;
}

/** The three term lists of a claim: stems, roots, concepts. */
export interface KeyLists {
  stems: string[];
  roots: string[];
  concepts: string[];
}

export function keyLists(tokens: readonly Token[]): KeyLists {
  const stems = contentTerms(tokens);
  return { stems, roots: stems.map(rootKey), concepts: stems.map(conceptKey) };
}

/** The IDF tables over the claims' key lists (`keyLists` of each claim's tokens). */
export function buildIdfTables(lists: readonly KeyLists[]): IdfTables {
  return {
    stems: buildIdf(lists.map((l) => l.stems)),
    roots: buildIdf(lists.map((l) => l.roots)),
    concepts: buildIdf(lists.map((l) => l.concepts)),
    documents: lists.length,
  };
}

/** Scratch lists for `tfidfVector`: a claim's distinct terms in order of first occurrence, and their counts. */
const distinctTerms: string[] = [];
const termCounts: number[] = [];
const termIndex = new Map<string, number>();
/** Distinct terms up to which `tfidfVector` scans its list instead of indexing it. */
const SCAN_MAX = 48;

export function tfidfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
  // Counted in flat lists, then one Map written once in the same order (not rewritten twice in place).
  // A claim has a few dozen distinct terms: a scan finds them; past that, an index (hostile input).
  distinctTerms.length = 0;
  termCounts.length = 0;
  let indexed = false;
  for (const term of terms) {
    if (!indexed && distinctTerms.length > SCAN_MAX) {
      termIndex.clear();
      distinctTerms.forEach((t, k) => termIndex.set(t, k));
      indexed = true;
    }
    const k = indexed ? (termIndex.get(term) ?? -1) : distinctTerms.indexOf(term);
    if (k >= 0) termCounts[k] += 1;
    else {
      if (indexed) termIndex.set(term, distinctTerms.length);
      distinctTerms.push(term);
      termCounts.push(1);
    }
  }
  let norm = 0;
  for (let k = 0; k < distinctTerms.length; k += 1) {
    const w = termCounts[k] * (idf.get(distinctTerms[k]) ?? 1);
    termCounts[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  const vec = new Map<string, number>();
  for (let k = 0; k < distinctTerms.length; k += 1) vec.set(distinctTerms[k], termCounts[k] / norm);
  return vec;
}

/** The full features of a claim (`lists`: `keyLists(tokens)`), given the IDF tables over all claims being compared. */
export function buildFeatures(
  claim: Claim,
  article: number,
  text: string,
  tokens: Token[],
  lists: KeyLists,
  idf: IdfTables,
  position: ClaimPosition,
): ClaimFeatures {
  const { stems, roots, concepts } = lists;
  return {
    claim,
    article,
    text,
    tokens,
    terms: stems,
    weights: tfidfVector(stems, idf.stems),
    rootSeq: roots,
    concepts: tfidfVector(concepts, idf.concepts),
    conceptSeq: concepts,
    profile: bigramProfile(normalizeText(claim.text)),
    entityKeys: new Set(claim.entities.map((e) => e.key)),
    persons: new Set(claim.entities.filter((e) => e.type === 'person').map((e) => e.key)),
    quotes: claim.quotes
      .map((q) => ({ key: normalizeText(q.text).replace(/[^\p{L}\p{N}\s]/gu, '').trim(), text: q.text }))
      .filter((q) => q.key.split(/\s+/).length >= 3),
    figures: claim.numbers.filter(isCountingFigure),
    position,
    clauses: [],
  };
}

/**
 * The concepts of the content words under `mask` (a claim's background clauses) that no other
 * content word of the claim has.
 */
export function backgroundConcepts(tokens: readonly Token[], mask: readonly boolean[] | null): ReadonlySet<string> {
  if (!mask) return NO_KEYS;
  const inMain = new Set<string>();
  const inBackground = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.isStop || !(t.stem.length >= 2 || t.isNumber) || isNonContent(t.stem)) return;
    (mask[k] ? inBackground : inMain).add(conceptKey(baseStem(t.stem)));
  });
  for (const key of inMain) inBackground.delete(key);
  return inBackground.size > 0 ? inBackground : NO_KEYS;
}

/**
 * Whether a number says how many or how much, so that two claims giving it agree on a figure: not a
 * date, not a bare year the date reader left as a number (`for 2014`, `through 2014`: a whole
 * number of 1900-2100 counting nothing), and not one (`at one point`, `one count`, `one of`), which
 * in English is mostly an article or a pronoun and tells no quantity two reports could share.
 */
export function isCountingFigure(n: NumberMention): boolean {
  if (n.isDateLike || n.value === 1) return false;
  return !(n.counts === null && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && n.low === n.high);
}

/** The empty collections of unit features (shared, never written). */
const NO_KEYS = new Set<string>();
const NO_WEIGHTS = new Map<string, number>();

/**
 * The features of a fact-sized unit of a claim (a clause, `tokens` a run of the claim's tokens):
 * what units are compared on, its stems, concepts and their order, and its characters. Its claim
 * stands for it (same id); roots, names, quotes and figures, which units are not compared on, are
 * left empty, and so are its TF-IDF Maps: its vectors are built from `terms` and `conceptSeq`
 * straight into its prepared form (prepared.ts), the only place that reads them.
 */
export function buildUnitFeatures(claim: Claim, article: number, text: string, tokens: Token[], position: ClaimPosition): ClaimFeatures {
  const stems = contentTerms(tokens);
  const concepts = stems.map(conceptKey);
  return {
    claim,
    article,
    text,
    tokens,
    terms: stems,
    weights: NO_WEIGHTS,
    rootSeq: [],
    concepts: NO_WEIGHTS,
    conceptSeq: concepts,
    profile: bigramProfile(normalizeText(text.slice(tokens[0].start, tokens[tokens.length - 1].end))),
    entityKeys: NO_KEYS,
    persons: NO_KEYS,
    quotes: [],
    figures: [],
    position,
    clauses: [],
  };
}

/**
 * The share of the two claims' concept cosine that `a` owes to `background`, the concepts it names
 * only in background clauses (`backgroundConcepts`): near 1 when "a video of the attack, which killed
 * ten" meets "ten were killed" through its relative clause only; 0 when `a` has no background.
 */
export function backgroundShare(a: ClaimFeatures, background: ReadonlySet<string>, b: ClaimFeatures): number {
  if (background.size === 0) return 0;
  const dot = cosine(a.concepts, b.concepts);
  if (dot <= 0) return 0;
  let shared = 0;
  for (const key of background) {
    const w = b.concepts.get(key);
    if (w !== undefined) shared += w * (a.concepts.get(key) ?? 0);
  }
  return Math.min(1, shared / dot);
}

/** Cosine of two unit vectors. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) dot += w * v;
  }
  return Math.min(1, dot);
}
