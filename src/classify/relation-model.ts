// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3396 aligned sentence pairs as agreements, 1890 edited pairs: 876 contradictions, 1014 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3396 aligned sentence pairs as agreements, 1890 edited pairs: 876 contradictions, 1014 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.55527,0.66746,0.614976,0.519425,1.307937,0.636756,0.092751,2.431757,0.806438,0.510417,0.314154,0.329684,0.235087,0.289955,0.078271,0.011221,0.130381,0.003902,0.06682,0.004848,0.066651,0.053112,0.161067,0.015454,0.035629,0.041585,0.001048,0.02232,0.03166,0.002944,0.000757,0.000095,0.001738,0.017239,0.026123,0.016092],
  scale: [0.240176,0.223918,0.187985,0.26316,0.470873,0.739179,0.290083,0.571622,0.173768,0.499891,0.340087,0.344409,0.276731,0.545306,0.268597,0.105332,0.336722,0.062343,0.24971,0.069457,0.249416,0.224257,0.391829,0.123349,0.185364,0.199638,0.032362,0.147721,0.175094,0.05418,0.027498,0.009725,0.041655,0.130161,0.1595,0.125831],
  weights: [-0.164248,-0.086106,-0.423925,-0.973582,-0.385203,0.11298,0.280213,-0.327086,-0.019113,2.391573,-0.945408,-0.085501,0.533831,0.136765,0.118363,0.666519,-0.235995,0.05474,0.027746,0.458524,1.22327,-0.300133,0.602869,0.311675,1.215707,1.584243,0.000713,0.676581,1.699196,0.433998,0.294726,0.113774,0.331995,0.300638,-0.052621,-0.074436],
  bias: -0.813771,
};
