// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3260 aligned sentence pairs as agreements, 1884 edited pairs: 835 contradictions, 1049 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3260 aligned sentence pairs as agreements, 1884 edited pairs: 835 contradictions, 1049 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570317,0.687051,0.624619,0.502264,1.297266,0.642258,0.093778,2.42223,0.804505,0.513635,0.316372,0.331956,0.23629,0.291861,0.079006,0.01252,0.145836,0.004366,0.07519,0.004269,0.062686,0.07032,0.148747,0.011892,0.034235,0.044151,0.000678,0.025334,0.023166,0.004079,0.000583,0.000097,0.001738,0.018302,0.02407,0.015748],
  scale: [0.237539,0.215736,0.18971,0.261257,0.48044,0.744066,0.291519,0.569174,0.177715,0.499814,0.340625,0.344852,0.276992,0.546647,0.269748,0.111189,0.352942,0.065934,0.263697,0.065199,0.242397,0.255685,0.377293,0.108399,0.181833,0.205431,0.026027,0.157137,0.15043,0.063734,0.024143,0.009859,0.041655,0.134041,0.153267,0.124499],
  weights: [-0.270181,-0.075475,-0.387632,-1.072174,-0.386182,0.132742,0.277865,-0.329729,-0.013951,2.217869,-0.835362,-0.098673,0.652452,0.12344,0.11918,0.755839,-0.269675,0.049054,0.014377,0.428269,1.203055,-0.378664,0.598635,0.297666,1.232543,1.648085,0.007052,0.803331,1.592365,0.546414,0.264959,0.101062,0.33173,0.305471,-0.071171,-0.079506],
  bias: -0.840272,
};
