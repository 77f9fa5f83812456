// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1864 edited pairs: 821 contradictions, 1043 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them;
// plus the read pairs of the development replay (eval/wild/conflicts-dev.json) still reported, a pair
// read as real a conflict found, one read as invented a false conflict.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1864 edited pairs: 821 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571451,0.687247,0.625376,0.501758,1.292585,0.635093,0.093808,2.422646,0.806173,0.514153,0.316467,0.332121,0.236775,0.293822,0.078913,0.012244,0.146413,0.004567,0.074823,0.004956,0.064202,0.069844,0.149205,0.011506,0.034931,0.043696,0.000776,0.025053,0.021729,0.003208,0.000487,0.000097,0.001738,0.018316,0.024103,0.015263],
  scale: [0.237868,0.216661,0.19006,0.262586,0.479478,0.740566,0.291561,0.569243,0.176594,0.4998,0.340359,0.344659,0.277195,0.549526,0.269603,0.109975,0.35352,0.067423,0.263106,0.070226,0.245113,0.254885,0.376975,0.106648,0.183605,0.204418,0.027841,0.156285,0.145796,0.056552,0.022059,0.009867,0.041655,0.134091,0.153368,0.122598],
  weights: [-0.261603,0.006323,-0.45136,-1.064456,-0.383746,0.130505,0.293069,-0.360332,0.047577,2.223297,-0.985476,0.008861,0.638503,0.130102,0.106066,0.761696,-0.282601,0.054716,0.00305,0.467159,1.20033,-0.384591,0.607162,0.296638,1.233796,1.65856,0.014679,0.766458,1.536666,0.631839,0.242027,0.101243,0.331698,0.30578,-0.08545,-0.083576],
  bias: -0.857398,
};
