// Claim matching in bulk, as fact-checkers do it: for each row of two texts, how close they are
// in meaning (0..1) and how they relate (shared, partial, conflict or unrelated). The rows together
// form the corpus the stem rarity (IDF) is computed over. The same stages as a comparison: claims,
// align (one pair per row), classify with the same relation model.
import type { PairRelation } from './types.js';
import { claimFromText } from './claims/extract.js';
import { detectLanguage } from './text/language.js';
import { alignPair, featuresOf } from './align/align.js';
import { round } from './align/similarity.js';
import { classifyAlignedPair, PAIRS_CONFLICT_THRESHOLD, placeContext } from './classify/index.js';
import { resolveOptions, type AnalysisOptions } from './options.js';

export interface PairInput {
  s1: string;
  s2: string;
}

export interface PairVerdict {
  relation: PairRelation;
  score: number;
}

/**
 * Defaults for pair matching, chosen on ANS train (`eval/pairs.ts`): two headlines share fewer
 * words than two article sentences, so the alignment threshold of `compare` would call many
 * paraphrases unrelated; a pair of texts given to be compared is far more often a
 * contradiction than two aligned sentences of an event, so the relation model's conflict
 * threshold is the one chosen by cross-validation on ANS train (`npm run train`); and two
 * headlines that differ in one swapped word (ممثل / مغني) may contradict each other.
 */
export const defaultPairOptions: AnalysisOptions = resolveOptions({
  align: { threshold: 0.15 },
  classify: { sharedThreshold: 0.4, conflictThreshold: PAIRS_CONFLICT_THRESHOLD, wordingConflicts: true },
});

/** Relation and score of every row, in row order. `options` defaults to `defaultPairOptions`. */
export function classifyTextPairs(rows: readonly PairInput[], options: AnalysisOptions = defaultPairOptions): PairVerdict[] {
  const sources = rows.flatMap((row, k) =>
    [row.s1, row.s2].map((text, side) => {
      const language = detectLanguage(text).language;
      return { text, language, claims: [claimFromText(`r${k + 1}.${side + 1}`, text, language)] };
    }),
  );
  const features = featuresOf(sources);
  const threshold = options.align.threshold;
  return rows.map((_, k) => {
    const [i, j] = [2 * k, 2 * k + 1];
    // Each row is its own comparison: the places it names together are its only context.
    const pair = classifyAlignedPair(features, alignPair(features, i, j, options.align), options.classify, placeContext([features[i], features[j]]));
    // One closeness floor for every relation (chosen on ANS train with the relation model: a lower
    // floor for conflicts called unrelated pairs contradictions).
    const relation: PairRelation = pair.score < threshold ? 'unrelated' : pair.relation;
    return { relation, score: round(pair.score) };
  });
}
