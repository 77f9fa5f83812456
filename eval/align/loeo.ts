// Nested leave-one-event-out scoring of the link recipe, shared by eval/align-cv.ts and the feature
// experiments (eval/align-vectors.ts): for each event, the recipe (model and threshold) runs on all
// the others and the held-out event is grouped and scored as ../shared/gold/score.py scores it.
import { predict } from '../../src/model/logistic.js';
import { PAIR_FEATURES } from '../../src/align/pair-features.js';
import { addCounts, emptyCounts, type GoldCounts } from '../gold/score.js';
import { chooseThreshold, chooseThresholds, fitLinkModel, scoreGrouping, type TrainingEvent } from './recipe.js';
import type { EventPairs } from './dataset.js';

/** The groups figures are reported for, in print order. */
export const LOEO_GROUPS = ['all', 'shared gold (9 events)', 'own annotations', 'Arabic (ANT)', 'English (BASIL)'] as const;

/** Held-out figures: grouped pairs per group of events, and each held-out candidate's probability. */
export interface LoeoResult {
  totals: Map<string, GoldCounts>;
  perEvent: Array<{ name: string; threshold: number; counts: GoldCounts }>;
  /** Every candidate pair of every held-out event: probability, label, language. */
  pooled: Array<{ p: number; label: number; language: 'ar' | 'en' }>;
}

function groupsOf(e: EventPairs): string[] {
  const shared = ['ant-dev-1', 'ant-dev-2', 'basil-dev'].includes(e.gold.file);
  return ['all', shared ? 'shared gold (9 events)' : 'own annotations', e.gold.language === 'ar' ? 'Arabic (ANT)' : 'English (BASIL)'];
}

/**
 * Runs the recipe once per held-out event; `features` names the columns of the pairs' vectors;
 * `extra` (labelled pairs of other events, such as the read wild samples) joins every training;
 * `thresholds` says how each held-out event's threshold is chosen on the training events: as the
 * shipped recipe does (`recipe`: its language's threshold of `chooseThresholds`), on its language's
 * events alone (`language`), or one threshold over all events (`pooled`, the recipe before stop 35).
 */
export function leaveOneEventOut(events: readonly EventPairs[], features: readonly string[] = PAIR_FEATURES, extra: readonly TrainingEvent[] = [], thresholds: 'recipe' | 'language' | 'pooled' = 'recipe'): LoeoResult {
  const totals = new Map<string, GoldCounts>();
  const perEvent: LoeoResult['perEvent'] = [];
  const pooled: LoeoResult['pooled'] = [];
  events.forEach((held, k) => {
    const train = events.filter((_, m) => m !== k);
    const model = fitLinkModel([...train, ...extra], features);
    const threshold =
      thresholds === 'recipe' ? chooseThresholds(train, features, extra).byLanguage[held.gold.language] : chooseThreshold(train, features, extra, thresholds === 'language' ? held.gold.language : undefined);
    const probs = held.pairs.map((p) => predict(model, p.x));
    probs.forEach((p, n) => pooled.push({ p, label: held.labels[n], language: held.gold.language }));
    const counts = scoreGrouping(held, probs, threshold);
    perEvent.push({ name: held.gold.event.name, threshold, counts });
    for (const key of groupsOf(held)) totals.set(key, addCounts(totals.get(key) ?? emptyCounts(), counts));
  });
  return { totals, perEvent, pooled };
}

/** `pair recall 0.33 (541/1636), precision 0.92 (555/603)`, as score.py words it. */
export function recallLine(c: GoldCounts): string {
  const r = c.goldPairs ? c.found / c.goldPairs : 0;
  const p = c.predictedPairs ? c.correct / c.predictedPairs : 0;
  return `pair recall ${r.toFixed(2)} (${c.found}/${c.goldPairs}), precision ${p.toFixed(2)} (${c.correct}/${c.predictedPairs})`;
}

/**
 * How well the held-out probabilities rank same-fact candidates above the others, apart from any
 * threshold or grouping: average precision, and the recall of the best cut reaching precision 0.9.
 */
export function rankingLine(pooled: LoeoResult['pooled'], language?: 'ar' | 'en'): string {
  const rows = pooled.filter((r) => !language || r.language === language).sort((a, b) => b.p - a.p);
  const positives = rows.filter((r) => r.label === 1).length;
  let tp = 0;
  let sum = 0;
  let recallAt = 0;
  rows.forEach((r, k) => {
    if (r.label === 1) {
      tp += 1;
      sum += tp / (k + 1);
    }
    if (tp / (k + 1) >= 0.9) recallAt = Math.max(recallAt, tp / positives);
  });
  return `average precision ${(sum / Math.max(1, positives)).toFixed(3)}, candidate recall at precision 0.9 ${recallAt.toFixed(3)}`;
}
