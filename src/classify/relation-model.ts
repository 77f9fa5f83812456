// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3279 aligned sentence pairs as agreements, 1893 edited pairs: 851 contradictions, 1042 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.7;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3279 aligned sentence pairs as agreements, 1893 edited pairs: 851 contradictions, 1042 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.569665,0.685813,0.624209,0.503605,1.296786,0.639169,0.094652,2.424009,0.805135,0.513926,0.316477,0.332054,0.236501,0.29298,0.079185,0.013144,0.141583,0.004832,0.072982,0.004542,0.066476,0.06051,0.155099,0.014778,0.034676,0.04212,0.000966,0.025692,0.024157,0.003383,0.00087,0.000097,0.001738,0.017583,0.024646,0.015451],
  scale: [0.237063,0.21569,0.189143,0.261407,0.480196,0.739622,0.292734,0.571079,0.177439,0.499806,0.340601,0.344814,0.277119,0.548113,0.270027,0.113893,0.348622,0.069347,0.260106,0.067244,0.249113,0.23843,0.386033,0.120665,0.182957,0.200862,0.03107,0.158215,0.153537,0.058065,0.029484,0.009832,0.041655,0.131429,0.155043,0.123338],
  weights: [-0.294428,-0.048892,-0.290994,-0.954813,-0.39435,0.048322,0.274498,-0.327553,0.02412,2.419936,-0.846823,-0.254269,0.545645,0.176153,0.123974,0.765795,-0.270112,0.052377,0.014718,0.425297,1.231508,-0.309333,0.561884,0.313607,1.224329,1.584361,0.017208,0.825419,1.48812,0.45931,0.335149,0.040544,0.33121,0.3037,-0.065804,-0.081434],
  bias: -0.836112,
};
