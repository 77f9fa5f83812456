// The training recipe of the relation model, shared by `npm run train` and the evaluation: the
// examples (ANS train and pairs built from unannotated ANT events), a logistic regression fitted
// with both sources weighing the same, and the conflict threshold of `claimdiff pairs`: the one
// with the best agree/disagree macro-F1 on ANS train by five-fold cross-validation. (The threshold
// of `compare` is chosen on the annotated events: gold-threshold.ts.)
import type { LinearModel } from '../../src/types.js';
import { RELATION_FEATURES } from '../../src/classify/relation-features.js';
import { fitLogistic, predict } from '../../src/model/logistic.js';
import { classReport } from '../shared.js';
import { ansPairs, antPairs, describePairs, visibleEdits, type Example } from './dataset.js';

export const L2 = 1;
export const FOLDS = 5;
export const GRID = Array.from({ length: 13 }, (_, k) => Math.round((0.3 + 0.05 * k) * 100) / 100);

/** The training examples, or null when the shared data is absent. */
export function relationExamples(): Example[] | null {
  const ans = ansPairs('train');
  const ant = antPairs();
  if (!ans || !ant) return null;
  return [...describePairs(ans), ...visibleEdits(describePairs(ant))];
}

/** Each source (ANS, ANT) weighs the same in the fit, whatever its size. */
function weightsOf(examples: readonly Example[]): number[] {
  const ans = examples.filter((e) => e.source === 'ans').length;
  const ant = examples.length - ans;
  return examples.map((e) => (e.source === 'ans' ? 1 : ans / Math.max(1, ant)));
}

export function fitRelationModel(examples: readonly Example[]): Omit<LinearModel, 'id' | 'trainedOn'> {
  return fitLogistic(
    RELATION_FEATURES,
    examples.map((e) => e.input.x),
    examples.map((e) => e.label),
    { l2: L2, sampleWeights: weightsOf(examples) },
  );
}

/** The fold of an example: by its ANS row or its ANT event, so an event's pairs stay together. */
export function foldOf(e: Example): number {
  let h = 0;
  for (let i = 0; i < e.group.length; i += 1) h = (h * 31 + e.group.charCodeAt(i)) >>> 0;
  return h % FOLDS;
}

/** Out-of-fold probabilities of every example. */
export function outOfFold(examples: readonly Example[]): number[] {
  const probs = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < FOLDS; f += 1) {
    const model = fitRelationModel(examples.filter((e) => foldOf(e) !== f));
    examples.forEach((e, k) => {
      if (foldOf(e) === f) probs[k] = predict(model, e.input.x);
    });
  }
  return probs;
}

/**
 * The relation decision of an example at a threshold, as src/classify/relation.ts takes it: a
 * conflict needs the probability and a named cue (a swapped word counts in pairs mode only).
 */
export const isConflict = (e: Example, p: number, threshold: number, wording: boolean): boolean =>
  p >= threshold && e.input.cues.some((c) => wording || c.kind !== 'wording');

/** Agree/disagree macro-F1 of ANS examples at a threshold. */
export function ansMacroF1(examples: readonly Example[], probs: readonly number[], threshold: number): number {
  const ans = examples.map((e, k) => ({ e, p: probs[k] })).filter(({ e }) => e.source === 'ans');
  const gold = ans.map(({ e }) => (e.label === 1 ? 'disagree' : 'agree'));
  const pred = ans.map(({ e, p }) => (isConflict(e, p, threshold, true) ? 'disagree' : 'agree'));
  return classReport(gold, pred, ['agree', 'disagree']).macroF1;
}

/** Share of the real (unedited) ANT pairs called conflicts at a threshold. */
export function realFlagRate(examples: readonly Example[], probs: readonly number[], threshold: number): number {
  const real = examples.map((e, k) => ({ e, p: probs[k] })).filter(({ e }) => e.source === 'ant:real');
  return real.filter(({ e, p }) => isConflict(e, p, threshold, false)).length / Math.max(1, real.length);
}

/** The `claimdiff pairs` threshold: the best agree/disagree macro-F1 on ANS train, out of fold (the lower one on a tie). */
export function choosePairsThreshold(examples: readonly Example[], probs: readonly number[]): number {
  let pairs = GRID[0];
  for (const t of GRID) if (ansMacroF1(examples, probs, t) > ansMacroF1(examples, probs, pairs)) pairs = t;
  return pairs;
}

/** What the model was trained on, in words, for the weights file. */
export function describeTraining(examples: readonly Example[]): string {
  const count = (f: (e: Example) => boolean) => examples.filter(f).length;
  const ans = count((e) => e.source === 'ans');
  const ansConflicts = count((e) => e.source === 'ans' && e.label === 1);
  const events = new Set(examples.filter((e) => e.source !== 'ans').map((e) => e.group)).size;
  const real = count((e) => e.source === 'ant:real');
  const edited = count((e) => e.source.startsWith('ant:') && e.source !== 'ant:real');
  const editedConflicts = count((e) => e.source.startsWith('ant:') && e.label === 1);
  return (
    `ANS stance train (${ans} pairs, ${ansConflicts} contradictions) and ${events} unannotated multi-outlet ANT events ` +
    `(${real} aligned sentence pairs as agreements, ${edited} edited pairs: ${editedConflicts} contradictions, ${edited - editedConflicts} agreements)`
  );
}

/** What the cross-validation reports on the training data (out of fold), at the two thresholds. */
export function crossValidation(examples: readonly Example[], probs: readonly number[], thresholds: { pairs: number; compare: number }) {
  const bySource = new Map<string, { n: number; flagged: number }>();
  examples.forEach((e, k) => {
    const s = bySource.get(e.source) ?? { n: 0, flagged: 0 };
    s.n += 1;
    if (isConflict(e, probs[k], thresholds.compare, false)) s.flagged += 1;
    bySource.set(e.source, s);
  });
  return { ansMacroF1: ansMacroF1(examples, probs, thresholds.pairs), realFlagRate: realFlagRate(examples, probs, thresholds.compare), bySource };
}
