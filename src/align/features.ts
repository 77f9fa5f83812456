// What the aligner knows about each claim: its tokens, rarity-weighted stems (TF-IDF), bigram
// profile, entity keys, quotes and counting numbers. Computed once per claim, then compared many times.
import type { Claim, NumberMention, Token } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { bigramProfile, type BigramProfile } from './dice.js';

export interface ClaimFeatures {
  claim: Claim;
  /** Index of the claim's article in the comparison. */
  article: number;
  /** The article text the claim's and tokens' offsets point into. */
  text: string;
  tokens: Token[];
  /** Content stems (no stopwords), in text order, with repeats. */
  terms: string[];
  /** Unit-length TF-IDF vector over `terms`. */
  weights: Map<string, number>;
  profile: BigramProfile;
  entityKeys: Set<string>;
  /** Quotations of three words or more: normalized key for matching, original text for showing. */
  quotes: Array<{ key: string; text: string }>;
  /** Numbers that count something (years, days and times left out). */
  figures: NumberMention[];
  /** Features of each clause, for a long claim with clear clause boundaries (else empty). */
  clauses: ClaimFeatures[];
}

/** Inverse document frequency over a set of documents (each a list of terms), smoothed as in scikit-learn. */
export function buildIdf(documents: ReadonlyArray<readonly string[]>): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((n + 1) / (count + 1)) + 1);
  return idf;
}

/** Content stems of a token list: not stopwords, at least two characters or a number. */
export function contentTerms(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => !t.isStop && (t.stem.length >= 2 || t.isNumber)).map((t) => t.stem);
}

export function tfidfVector(terms: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
  const vec = new Map<string, number>();
  for (const term of terms) vec.set(term, (vec.get(term) ?? 0) + 1);
  let norm = 0;
  for (const [term, tf] of vec) {
    const w = tf * (idf.get(term) ?? 1);
    vec.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of vec) vec.set(term, w / norm);
  return vec;
}

/** Second pass: the full features, given the IDF over all claims being compared. */
export function buildFeatures(
  claim: Claim,
  article: number,
  text: string,
  tokens: Token[],
  idf: ReadonlyMap<string, number>,
): ClaimFeatures {
  const terms = contentTerms(tokens);
  return {
    claim,
    article,
    text,
    tokens,
    terms,
    weights: tfidfVector(terms, idf),
    profile: bigramProfile(normalizeText(claim.text)),
    entityKeys: new Set(claim.entities.map((e) => e.key)),
    quotes: claim.quotes
      .map((q) => ({ key: normalizeText(q.text).replace(/[^\p{L}\p{N}\s]/gu, '').trim(), text: q.text }))
      .filter((q) => q.key.split(/\s+/).length >= 3),
    figures: claim.numbers.filter((n) => !n.isDateLike),
    clauses: [],
  };
}

/** The part of a claim between two offsets, as a claim of its own (same id: it stands for its claim). */
export function subClaim(claim: Claim, text: string, start: number, end: number): Claim {
  const inside = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= start && x.end <= end);
  return {
    ...claim,
    start,
    end,
    text: text.slice(start, end),
    quotes: inside(claim.quotes),
    numbers: inside(claim.numbers),
    dates: inside(claim.dates),
    entities: inside(claim.entities),
  };
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
