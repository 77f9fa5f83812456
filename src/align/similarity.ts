// How close two claims are, from several signals: rarity-weighted stem overlap (TF-IDF cosine),
// character-bigram Dice, shared entities, shared quotations and agreeing figures.
import type { Evidence, SimilarityWeights } from '../types.js';
import { dice as diceOfStrings, diceAboveChance, diceProfiles } from './dice.js';
import { cosine, type ClaimFeatures } from './features.js';
import { numbersCompatible } from '../text/numbers.js';

/** Weights of the signals, chosen on ANS train (see eval/pairs.ts). */
export const defaultWeights: SimilarityWeights = { stems: 0.6, dice: 0.4, entities: 0.1, quotes: 0.15, figures: 0.15 };

export interface PairScore {
  score: number;
  evidence: Evidence;
}

function sharedOf<T>(a: Iterable<T>, b: ReadonlySet<T>): T[] {
  return [...new Set(a)].filter((x) => b.has(x));
}

export function scorePair(a: ClaimFeatures, b: ClaimFeatures, weights: SimilarityWeights = defaultWeights, cos?: number): PairScore {
  const stems = cos ?? cosine(a.weights, b.weights);
  const dice = diceProfiles(a.profile, b.profile);
  const sharedEntities = sharedOf(a.entityKeys, b.entityKeys);
  const entityShare = sharedEntities.length / Math.max(1, Math.min(a.entityKeys.size, b.entityKeys.size));
  // Shown in the first claim's own words; matched on normalized text: one quote may hold the
  // other, or both give the same words in another order (Dice of 0.75 or more).
  const sharedQuotes = a.quotes
    .filter((q) => b.quotes.some((r) => r.key.includes(q.key) || q.key.includes(r.key) || diceOfStrings(q.key, r.key) >= 0.75))
    .map((q) => q.text);
  const sharedNumbers = a.figures
    .filter((x) => b.figures.some((y) => numbersCompatible(x, y)))
    .map((x) => x.text);
  const base = weights.stems * stems + weights.dice * diceAboveChance(dice, a.profile, b.profile);
  // A figure only agrees meaningfully when it is large enough to be specific (not "3 stages").
  const specificFigure = a.figures.some((x) => x.value >= 100 && b.figures.some((y) => numbersCompatible(x, y)));
  const bonus =
    weights.entities * entityShare + (sharedQuotes.length > 0 ? weights.quotes : 0) + (specificFigure ? weights.figures : 0);
  // Bonuses only lift pairs that already share wording: two claims naming Blinken are not one claim.
  const score = Math.min(1, base + (base >= 0.15 ? bonus : 0));
  return {
    score,
    evidence: {
      stems: round(stems),
      dice: round(dice),
      sharedEntities: a.claim.entities.filter((e) => sharedEntities.includes(e.key)).map((e) => e.text).filter(unique),
      sharedQuotes,
      sharedNumbers,
      notes: [],
    },
  };
}

function unique<T>(x: T, i: number, all: T[]): boolean {
  return all.indexOf(x) === i;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
