// The aligner: features for every claim, candidate pairs through the stem index, scores, groups
// across all articles, and for every aligned pair a word diff and a typed relation.
import type { AnalysisOptions, Claim, ClaimGroup, Evidence, Language, PairDiff, Relation, Token } from '../types.js';
import { buildFeatures, buildIdf, contentTerms, subClaim, type ClaimFeatures } from './features.js';
import { clauseRanges } from '../claims/clauses.js';
import { withoutPreposition } from '../text/clitics.js';
import { buildTokenStream, wordsIn, type TokenStream } from '../text/token-stream.js';
import { candidatePairs } from './candidates.js';
import { groupClaims, type Edge } from './group.js';
import { round, scorePair, type PairScore } from './similarity.js';
import { diffTokens } from './word-diff.js';
import { classifyPair } from '../classify/relation.js';

export const defaultAnalysisOptions: AnalysisOptions = { alignThreshold: 0.3, sharedThreshold: 0.5 };

/** How much more than the alignment threshold a match on one clause of a long claim must score. */
const CLAUSE_MARGIN = 0.1;

/** The claims of one article with the text their offsets point into. */
export interface ClaimSource {
  claims: readonly Claim[];
  text: string;
  language: Language;
  /** The article's token stream, when the caller has built it; else it is built from the claims. */
  tokens?: TokenStream;
}

export interface Alignment {
  groups: ClaimGroup[];
  unique: Record<string, string[]>;
}

const SEVERITY: Record<Relation, number> = { shared: 0, partial: 1, conflict: 2 };

/**
 * The stemmer cannot strip a lone ب ل ك (it may be a root letter: بلينكن), so the comparison's own
 * words decide: لدولة becomes دولة, بغزة becomes غزة, when the rest occurs as a word of its own.
 */
function stripAttachedPrepositions(tokenLists: Token[][]): Token[][] {
  const vocabulary = new Set(tokenLists.flatMap((tokens) => tokens.map((t) => t.stem)));
  return tokenLists.map((tokens) =>
    tokens.map((t) => {
      const rest = withoutPreposition(t.stem);
      return rest !== null && vocabulary.has(rest) ? { ...t, stem: rest } : t;
    }),
  );
}

/** Features for every claim of every source, with one IDF over all of them. */
export function featuresOf(sources: readonly ClaimSource[]): ClaimFeatures[] {
  const raw: Token[][] = [];
  const owners: Array<[Claim, number]> = [];
  sources.forEach((src, article) => {
    const stream = src.tokens ?? buildTokenStream(src.text, src.claims.map((c) => [c.start, c.end]));
    for (const claim of src.claims) {
      raw.push(wordsIn(stream, claim.start, claim.end));
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
function scoreByClause(a: ClaimFeatures, b: ClaimFeatures): PairScore | null {
  let best: PairScore | null = null;
  let clause = '';
  const tries = [...a.clauses.map((c) => [c, b, c] as const), ...b.clauses.map((c) => [a, c, c] as const)];
  for (const [x, y, part] of tries) {
    const s = scorePair(x, y);
    if (!best || s.score > best.score) {
      best = s;
      clause = part.claim.text;
    }
  }
  if (!best) return null;
  return { score: best.score, evidence: { ...best.evidence, notes: [...best.evidence.notes, `matched on a clause: ${clause}`] } };
}

/** Compares two aligned claims: score, word diff and relation. */
export function comparePair(a: ClaimFeatures, b: ClaimFeatures, options: AnalysisOptions, scored?: PairScore): PairDiff & { evidence: Evidence } {
  const { score, evidence } = scored ?? scorePair(a, b);
  const diff = diffTokens(a.text, a.tokens, b.text, b.tokens);
  const result = classifyPair(a, b, score, diff, options.sharedThreshold);
  return {
    a: a.claim.id,
    b: b.claim.id,
    relation: result.relation,
    score: round(score),
    parts: diff.parts,
    substitutions: diff.substitutions,
    conflicts: result.conflicts,
    evidence: { ...evidence, notes: [...evidence.notes, ...result.notes] },
  };
}

export function alignClaims(sources: readonly ClaimSource[], options: AnalysisOptions = defaultAnalysisOptions): Alignment {
  const features = featuresOf(sources);
  // Cosine alone cannot reach the threshold below this floor with the default weights.
  const candidates = candidatePairs(features, options.alignThreshold * 0.3);
  const scores = new Map<string, PairScore>();
  const edges: Edge[] = [];
  for (const c of candidates) {
    let s = scorePair(features[c.i], features[c.j], undefined, c.cos);
    if (s.score < options.alignThreshold && s.score >= options.alignThreshold / 2) {
      // A clause is shorter than its sentence and matches more easily: it must clear a higher bar.
      // Only pairs whose whole score is within reach are tried (a clause adds at most one fact).
      const byClause = scoreByClause(features[c.i], features[c.j]);
      if (byClause && byClause.score >= options.alignThreshold + CLAUSE_MARGIN) s = byClause;
    }
    if (s.score < options.alignThreshold) continue;
    scores.set(`${c.i}:${c.j}`, s);
    edges.push({ i: c.i, j: c.j, score: s.score });
  }
  const groups: ClaimGroup[] = groupClaims(features, edges, options.alignThreshold).map((members, k) => {
    const diffs: Array<PairDiff & { evidence: Evidence }> = [];
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const [i, j] = [members[x], members[y]];
        if (features[i].article === features[j].article) continue;
        diffs.push(comparePair(features[i], features[j], options, scores.get(`${i}:${j}`)));
      }
    }
    const best = diffs.reduce((m, d) => (d.score > m.score ? d : m), diffs[0]);
    const relation = diffs.reduce<Relation>((r, d) => (SEVERITY[d.relation] > SEVERITY[r] ? d.relation : r), 'shared');
    return {
      id: `g${k + 1}`,
      members: members.map((i) => features[i].claim.id),
      relation,
      score: round(diffs.reduce((s, d) => s + d.score, 0) / diffs.length),
      evidence: best.evidence,
      diffs: diffs.map(({ evidence: _evidence, ...d }) => d),
    };
  });
  const grouped = new Set(groups.flatMap((g) => g.members));
  const unique: Record<string, string[]> = {};
  for (const f of features) {
    const list = (unique[f.claim.articleId] ??= []);
    if (!grouped.has(f.claim.id)) list.push(f.claim.id);
  }
  return { groups, unique };
}
