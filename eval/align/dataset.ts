// The alignment dataset of annotated events: every candidate pair of claims with its features and
// whether the annotators put both sentences in one fact. Shared by the training script and the
// leave-one-event-out evaluation.
import { analyzeArticle } from '../../src/compare.js';
import { scoreCandidatePairs, type ScoredPair } from '../../src/align/align.js';
import type { ClaimFeatures } from '../../src/align/features.js';
import type { ArticleResult } from '../../src/types.js';
import type { GoldCase } from '../gold/load.js';
import { memberSpan } from '../gold/score.js';

export interface EventPairs {
  gold: GoldCase;
  results: ArticleResult[];
  features: ClaimFeatures[];
  pairs: ScoredPair[];
  /** 1 when both claims of the pair are members of one annotated (non-single) fact. */
  labels: number[];
  /** Annotated same-fact pairs that are not among the candidates (the candidates' recall ceiling). */
  missed: number;
}

/** Claim ids of each annotated fact, members mapped as the reference scorer maps them. */
export function factClaims(gold: GoldCase, results: readonly ArticleResult[]): Array<{ relation: string; claims: string[] }> {
  const claims = results.flatMap((a) => a.claims.map((c) => ({ id: c.id, doc: a.id, start: c.start, end: c.end })));
  return gold.event.facts.map((f) => ({
    relation: f.relation,
    claims: f.members
      .filter((m) => !m.in_title)
      .map((m) => {
        const span = memberSpan(m, gold.texts.get(m.doc) ?? '');
        return span ? claims.find((c) => c.doc === m.doc && c.start < span[1] && span[0] < c.end)?.id : undefined;
      })
      .filter((c): c is string => c !== undefined),
  }));
}

export function eventPairs(gold: GoldCase, floor: number, maxCandidates = Infinity): EventPairs {
  const results = gold.articles.map(analyzeArticle);
  const { features, pairs } = scoreCandidatePairs(results, floor, maxCandidates);
  const facts = factClaims(gold, results).filter((f) => f.relation !== 'single');
  const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const same = new Set<string>();
  const owner = new Map(results.flatMap((a) => a.claims.map((c) => [c.id, a.id] as const)));
  for (const f of facts) for (const a of f.claims) for (const b of f.claims) if (owner.get(a) !== owner.get(b)) same.add(key(a, b));
  const labels = pairs.map((p) => (same.has(key(features[p.i].claim.id, features[p.j].claim.id)) ? 1 : 0));
  return { gold, results, features, pairs, labels, missed: same.size - labels.filter((l) => l === 1).length };
}
