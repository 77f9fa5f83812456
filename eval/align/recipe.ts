// The training recipe of the link model, shared by `npm run train` and the leave-one-event-out
// evaluation so that both do exactly the same: fit a logistic regression on the annotated events
// (each event weighing the same), then choose the link threshold by cross-validation inside the
// training events: the lowest threshold whose grouped pairs reach the target precision.
import type { ClaimGroup, Comparison, LinearModel } from '../../src/types.js';
import { PAIR_FEATURES } from '../../src/align/pair-features.js';
import { groupLinks } from '../../src/align/group.js';
import { linksOfOneOccurrence } from '../../src/align/occurrences.js';
import { restates } from '../../src/align/align.js';
import { fitLogistic, predict } from '../../src/model/logistic.js';
import { addCounts, emptyCounts, scoreEvent, type GoldCounts } from '../gold/score.js';
import type { EventPairs } from './dataset.js';

/** The precision the threshold is chosen to reach (the judgement issue's bar). */
export const TARGET_PRECISION = 0.9;
/** Every link of a claim joining a group must reach this probability (chosen a priori, not tuned). */
export const JOIN_MIN = 0.15;
export const L2 = 10;
/** What one read wild event (eval/align/wild-pairs.ts) weighs against one annotated event. */
export const WILD_WEIGHT = 0.5;
export const GRID = Array.from({ length: 13 }, (_, k) => Math.round((0.3 + 0.05 * k) * 100) / 100);

/** Training data of the link model: one event's labelled pairs, and what it weighs against an annotated event (1 unless said). */
export type TrainingEvent = Pick<EventPairs, 'pairs' | 'labels'> & { weight?: number; gold?: Pick<EventPairs['gold'], 'language'> };

/**
 * Fits the link model: every event (annotated, or a file of decided pairs) weighs the same unless
 * it says otherwise, its weight spread evenly over its pairs, and each language of the annotated
 * events weighs the same (an English event as much as the Arabic events over the English ones:
 * there are half as many, and the Arabic ones taught the model Arabic cues English lacks).
 * `features` names the columns of the pairs' vectors (an experiment may add its own).
 */
export function fitLinkModel(events: readonly TrainingEvent[], features: readonly string[] = PAIR_FEATURES): Omit<LinearModel, 'id' | 'trainedOn'> {
  const perLanguage = new Map<string, number>();
  for (const e of events) if (e.gold) perLanguage.set(e.gold.language, (perLanguage.get(e.gold.language) ?? 0) + 1);
  const most = Math.max(0, ...perLanguage.values());
  const languageWeight = (e: TrainingEvent) => (e.gold ? most / perLanguage.get(e.gold.language)! : 1);
  const x = events.flatMap((e) => e.pairs.map((p) => p.x));
  const y = events.flatMap((e) => e.labels);
  const w = events.flatMap((e) => e.pairs.map(() => (1000 * (e.weight ?? 1) * languageWeight(e)) / Math.max(1, e.pairs.length)));
  return fitLogistic(features, x, y, { l2: L2, sampleWeights: w });
}

/** Groups an event's claims from link probabilities and scores them against its annotation. */
export function scoreGrouping(e: EventPairs, probs: readonly number[], threshold: number): GoldCounts {
  const links = linksOfOneOccurrence(e.pairs.map((p, n) => ({ i: p.i, j: p.j, p: probs[n] })), e.features, (a) => e.results[a].date);
  const groups = groupLinks(links, (c) => e.features[c].article, { threshold, joinMin: Math.min(JOIN_MIN, threshold) }, (a, b) => restates(e.features[a], e.features[b]));
  const comparison = {
    articles: e.results,
    groups: groups.map((members, g) => ({ id: `g${g + 1}`, members: members.map((c) => e.features[c].claim.id), relation: 'shared' }) as unknown as ClaimGroup),
  } as unknown as Comparison;
  return scoreEvent(e.gold.event, comparison, e.gold.texts);
}

/** Each event's held-out probabilities under five-fold cross-validation over events (`extra` in every fold's training). */
function foldProbabilities(events: readonly EventPairs[], features: readonly string[], extra: readonly TrainingEvent[]): number[][] {
  const folds = 5;
  const probs: number[][] = events.map(() => []);
  for (let f = 0; f < folds; f += 1) {
    const train = events.filter((_, k) => k % folds !== f);
    const model = fitLinkModel([...train, ...extra], features);
    events.forEach((e, k) => {
      if (k % folds === f) probs[k] = e.pairs.map((p) => predict(model, p.x));
    });
  }
  return probs;
}

/** The lowest threshold of the grid whose grouped pairs of the events `counted` keeps reach the target precision. */
function lowestReaching(events: readonly EventPairs[], probs: readonly number[][], counted: (e: EventPairs) => boolean): number {
  for (const t of GRID) {
    const c = events.reduce((sum, e, k) => (counted(e) ? addCounts(sum, scoreGrouping(e, probs[k], t)) : sum), emptyCounts());
    if (c.predictedPairs > 0 && c.correct / c.predictedPairs >= TARGET_PRECISION) return t;
  }
  return GRID[GRID.length - 1];
}

/**
 * The threshold chosen on `events` by five-fold cross-validation over events (`features` as in
 * `fitLinkModel`); `extra` (pairs with no annotated event to score) joins every fold's training.
 * `language`, when given, makes the target precision that of this language's events alone (an
 * experiment: `eval/align-cv.ts --per-language`; the shipped recipe pools them).
 */
export function chooseThreshold(events: readonly EventPairs[], features: readonly string[] = PAIR_FEATURES, extra: readonly TrainingEvent[] = [], language?: string): number {
  return lowestReaching(events, foldProbabilities(events, features, extra), (e) => !language || e.gold.language === language);
}

/** The link thresholds: the pooled one, and each language's. */
export interface LinkThresholds {
  pooled: number;
  byLanguage: Record<string, number>;
}

/**
 * The thresholds the shipped recipe chooses, from one five-fold cross-validation over events: the
 * pooled one (the lowest whose grouped pairs of all events reach the target precision) and, per
 * language, the lowest that reaches it on all events pooled and on that language's events alone.
 * A language whose groups are less precise (English: 0.88 at the pooled threshold) is held to the
 * bar on its own events; none falls below the pooled threshold (Arabic alone reaches the bar lower,
 * which the read random ANT events, mostly less precise than the annotated ones, do not bear out).
 */
export function chooseThresholds(events: readonly EventPairs[], features: readonly string[] = PAIR_FEATURES, extra: readonly TrainingEvent[] = []): LinkThresholds {
  const probs = foldProbabilities(events, features, extra);
  const pooled = lowestReaching(events, probs, () => true);
  const byLanguage: Record<string, number> = {};
  for (const language of [...new Set(events.map((e) => e.gold.language))].sort()) {
    byLanguage[language] = Math.max(pooled, lowestReaching(events, probs, (e) => e.gold.language === language));
  }
  return { pooled, byLanguage };
}
