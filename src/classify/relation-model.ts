// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 397 unannotated multi-outlet ANT events (3372 aligned sentence pairs as agreements, 1996 edited pairs: 920 contradictions, 1076 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found,
// a false conflict costing 2, over the 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2);
// the model never saw them. Figures: npx tsx eval/classify/cv.ts (events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.4;
export const PAIRS_CONFLICT_THRESHOLD = 0.5;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 397 unannotated multi-outlet ANT events (3372 aligned sentence pairs as agreements, 1996 edited pairs: 920 contradictions, 1076 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.558502,0.67149,0.619472,0.516042,1.301507,0.656588,0.095652,2.426848,0.810391,0.51448,0.316386,0.33288,0.236645,0.293449,0.078499,0.011094,0.131497,0.003208,0.064409,0.004971,0.059389,0.05464,0.138401,0.013896,0.029647,0.036971,0.000566,0.010447,0.027799,0.002722,0.001397,0],
  scale: [0.238761,0.222988,0.187532,0.261471,0.479228,0.76937,0.294113,0.570447,0.173579,0.49979,0.340729,0.345337,0.277441,0.549027,0.268956,0.10474,0.337943,0.056548,0.24548,0.070329,0.236352,0.227276,0.372909,0.117058,0.169612,0.188692,0.023778,0.101674,0.164396,0.052099,0.037353,1],
  weights: [-0.269526,-0.052095,-0.369347,-0.992635,-0.331134,0.054304,0.287177,-0.500856,0.071018,2.14971,-0.699416,-0.157188,0.533435,0.19181,0.080194,0.590809,-0.209382,0.05182,0.137431,0.438709,1.211296,-0.419936,0.467797,0.293235,1.063671,1.361969,0.059583,0.722326,1.764403,0.416163,0.263995,0],
  bias: -0.920551,
};
