// Claim matching in bulk, as fact-checkers do it: for each row of two texts, how close they are
// in meaning (0..1) and how they relate (shared, partial, conflict or unrelated). The rows together
// form the corpus the stem rarity (IDF) is computed over.
import type { AnalysisOptions, PairRelation } from '../types.js';
import { claimFromText } from '../claims/extract.js';
import { detectLanguage } from '../text/language.js';
import { featuresOf, comparePair, defaultAnalysisOptions } from './align.js';
import { round } from './similarity.js';

export interface PairInput {
  s1: string;
  s2: string;
}

export interface PairVerdict {
  relation: PairRelation;
  score: number;
}

export function classifyTextPairs(rows: readonly PairInput[], options: AnalysisOptions = defaultAnalysisOptions): PairVerdict[] {
  const sources = rows.flatMap((row, k) =>
    [row.s1, row.s2].map((text, side) => {
      const language = detectLanguage(text).language;
      return { text, language, claims: [claimFromText(`r${k + 1}.${side + 1}`, text, language)] };
    }),
  );
  const features = featuresOf(sources);
  return rows.map((_, k) => {
    const pair = comparePair(features[2 * k], features[2 * k + 1], options);
    const relation: PairRelation = pair.score < options.alignThreshold ? 'unrelated' : pair.relation;
    return { relation, score: round(pair.score) };
  });
}
