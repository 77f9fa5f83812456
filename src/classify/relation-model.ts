// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3272 aligned sentence pairs as agreements, 1868 edited pairs: 814 contradictions, 1054 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3272 aligned sentence pairs as agreements, 1868 edited pairs: 814 contradictions, 1054 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.57123,0.687329,0.625402,0.501532,1.291136,0.634656,0.093694,2.420561,0.805535,0.514913,0.317436,0.333049,0.236566,0.293326,0.078911,0.011942,0.140962,0.004953,0.072714,0.004466,0.063393,0.069882,0.148723,0.011699,0.03502,0.042998,0.000775,0.025437,0.022884,0.002817,0.000195,0.000097,0.001738,0.018018,0.023501,0.01536],
  scale: [0.238262,0.216777,0.190386,0.262866,0.479899,0.737337,0.291402,0.567533,0.177292,0.499778,0.341041,0.345251,0.277148,0.548803,0.269599,0.108626,0.347983,0.0702,0.259667,0.06668,0.243669,0.254947,0.375734,0.107528,0.18383,0.202852,0.027834,0.157447,0.149535,0.052998,0.013947,0.009862,0.041655,0.133015,0.151488,0.122979],
  weights: [-0.502796,-0.002796,-0.313439,-1.098071,-0.38757,0.163854,0.285773,-0.347291,0.052387,2.164887,-0.658679,-0.224354,0.666454,0.103055,0.109427,0.745479,-0.277092,0.063217,-0.031341,0.435595,1.207272,-0.384678,0.574863,0.29267,1.232332,1.639317,0.001372,0.816264,1.586747,0.588664,0.146077,0.115194,0.332119,0.312033,-0.063221,-0.085501],
  bias: -0.855129,
};
