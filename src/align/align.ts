// The aligner: features for every claim, candidate pairs through the stem index, scores, groups
// across all articles, and a word diff for every pair of a group's members from two articles.
// It says which claims state the same thing; how they relate is the classify stage's question.
import type { AlignOptions, Claim, Evidence, Language, Token } from '../types.js';
import { buildFeatures, buildIdf, contentTerms, subClaim, type ClaimFeatures } from './features.js';
import { clauseRanges } from '../claims/clauses.js';
import { tokenize } from '../text/tokens.js';
import { candidatePairs } from './candidates.js';
import { groupClaims, type Edge } from './group.js';
import { defaultWeights, scorePair, type PairScore } from './similarity.js';
import { diffTokens, type WordDiff } from './word-diff.js';

export const defaultAlignOptions: AlignOptions = {
  threshold: 0.3,
  candidateFloor: 0.3,
  clauseReach: 0.5,
  clauseMargin: 0.1,
  weights: defaultWeights,
};

/** The claims of one article with the text their offsets point into. */
export interface ClaimSource {
  claims: readonly Claim[];
  text: string;
  language: Language;
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
  const vocabulary = new Set(tokenLists.flatMap((tokens) => tokens.map((t) => t.stem)));
  return tokenLists.map((tokens) =>
    tokens.map((t) => {
      const rest = t.stem.slice(1);
      if (!/^[بلك][\u0621-\u064A]/.test(t.stem) || rest.length < 3 || !vocabulary.has(rest)) return t;
      return { ...t, stem: rest };
    }),
  );
}

/** Features for every claim of every source, with one IDF over all of them. */
export function featuresOf(sources: readonly ClaimSource[]): ClaimFeatures[] {
  const raw: Token[][] = [];
  const owners: Array<[Claim, number]> = [];
  sources.forEach((src, article) => {
    for (const claim of src.claims) {
      raw.push(tokenize(src.text, claim.start, claim.end, src.language));
      owners.push([claim, article]);
    }
  });
  const tokenLists = stripAttachedPrepositions(raw);
  const idf = buildIdf(tokenLists.map(contentTerms));
  return owners.map(([claim, article], k) => {
    const { text, language } = sources[article];
    const tokens = tokenLists[k];
    const features = buildFeatures(claim, article, text, tokens, idf);
    features.clauses = clauseRanges(text, tokens, language).map(([start, end]) =>
      buildFeatures(subClaim(claim, text, start, end), article, text, tokens.filter((t) => t.start >= start && t.end <= end), idf),
    );
    return features;
  });
}

/**
 * A pair that does not align as wholes may align on one clause of a long claim: one outlet puts
 * two facts in one sentence that the other reports apart. The score is the best clause's, and the
 * evidence says which clause matched.
 */
function scoreByClause(a: ClaimFeatures, b: ClaimFeatures, options: AlignOptions): PairScore | null {
  let best: PairScore | null = null;
  let clause = '';
  const tries = [...a.clauses.map((c) => [c, b, c] as const), ...b.clauses.map((c) => [a, c, c] as const)];
  for (const [x, y, part] of tries) {
    const s = scorePair(x, y, options.weights);
    if (!best || s.score > best.score) {
      best = s;
      clause = part.claim.text;
    }
  }
  if (!best) return null;
  return { score: best.score, evidence: { ...best.evidence, notes: [...best.evidence.notes, `matched on a clause: ${clause}`] } };
}

/** Scores two claims as the aligner does (a clause match for long claims within reach). */
export function scoreClaims(a: ClaimFeatures, b: ClaimFeatures, options: AlignOptions, cos?: number): PairScore {
  const whole = scorePair(a, b, options.weights, cos);
  if (whole.score >= options.threshold || whole.score < options.threshold * options.clauseReach) return whole;
  // A clause is shorter than its sentence and matches more easily: it must clear a higher bar.
  // Only pairs whose whole score is within reach are tried (a clause adds at most one fact).
  const byClause = scoreByClause(a, b, options);
  return byClause && byClause.score >= options.threshold + options.clauseMargin ? byClause : whole;
}

/** Two claims side by side: their score and evidence, and their word diff. */
export function alignPair(features: readonly ClaimFeatures[], i: number, j: number, options: AlignOptions, scored?: PairScore): AlignedPair {
  const [a, b] = [features[i], features[j]];
  const { score, evidence } = scored ?? scorePair(a, b, options.weights);
  return { i, j, score, evidence, diff: diffTokens(a.text, a.tokens, b.text, b.tokens) };
}

export function alignClaims(sources: readonly ClaimSource[], options: AlignOptions = defaultAlignOptions): Alignment {
  const features = featuresOf(sources);
  const candidates = candidatePairs(features, options.threshold * options.candidateFloor);
  const scores = new Map<string, PairScore>();
  const edges: Edge[] = [];
  for (const c of candidates) {
    const s = scoreClaims(features[c.i], features[c.j], options, c.cos);
    if (s.score < options.threshold) continue;
    scores.set(`${c.i}:${c.j}`, s);
    edges.push({ i: c.i, j: c.j, score: s.score });
  }
  const groups: AlignedGroup[] = groupClaims(features, edges, options.threshold).map((members) => {
    const pairs: AlignedPair[] = [];
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const [i, j] = [members[x], members[y]];
        if (features[i].article !== features[j].article) pairs.push(alignPair(features, i, j, options, scores.get(`${i}:${j}`)));
      }
    }
    return { members, pairs };
  });
  const grouped = new Set(groups.flatMap((g) => g.members));
  const unique: Record<string, string[]> = {};
  features.forEach((f, i) => {
    const list = (unique[f.claim.articleId] ??= []);
    if (!grouped.has(i)) list.push(f.claim.id);
  });
  return { features, groups, unique };
}
