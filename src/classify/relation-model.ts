// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1964 edited pairs: 921 contradictions, 1043 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1964 edited pairs: 921 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.554629,0.667192,0.614574,0.520054,1.309771,0.639629,0.091879,2.430913,0.806007,0.510219,0.313814,0.329344,0.235178,0.290251,0.078524,0.010548,0.129507,0.004051,0.067678,0.005077,0.07601,0.056103,0.162397,0.015207,0.035228,0.042413,0.001133,0.022079,0.032053,0.002912,0.000746,0,0.001738,0.017333,0.026587,0.016257],
  scale: [0.239597,0.223502,0.187324,0.262406,0.469666,0.743483,0.288854,0.570953,0.173839,0.499896,0.339797,0.344139,0.276733,0.545725,0.268994,0.102158,0.33576,0.063519,0.251193,0.071075,0.265014,0.23012,0.39389,0.122374,0.184357,0.201528,0.033636,0.14694,0.176141,0.053883,0.02731,1,0.041655,0.130509,0.160872,0.126463],
  weights: [-0.259996,-0.034699,-0.493401,-1.053568,-0.393422,0.109628,0.245718,-0.340249,0.030791,2.10253,-0.944328,0.065044,0.611558,0.145245,0.149612,0.622563,-0.219859,0.05554,0.055674,0.479912,1.18347,-0.372286,0.649808,0.308221,1.172254,1.559891,0.001937,0.644221,1.707171,0.427827,0.29952,0,0.333838,0.291089,-0.051987,-0.073303],
  bias: -0.77066,
};
