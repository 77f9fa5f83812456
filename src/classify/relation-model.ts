// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1856 edited pairs: 813 contradictions, 1043 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them;
// plus the read pairs of the development replay (eval/wild/conflicts-dev.json) still reported, a pair
// read as real a conflict found, one read as invented a false conflict.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.55;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1856 edited pairs: 813 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571554,0.687355,0.625468,0.501643,1.292349,0.634467,0.093835,2.4226,0.80615,0.514181,0.316489,0.332144,0.236782,0.293837,0.078917,0.01216,0.142978,0.004572,0.07493,0.004767,0.063964,0.069941,0.149353,0.011509,0.034945,0.043723,0.000776,0.025254,0.020875,0.003017,0.000488,0.000098,0.001738,0.01833,0.024229,0.015265],
  scale: [0.237887,0.216663,0.190083,0.262642,0.479516,0.739999,0.291598,0.569274,0.176605,0.499799,0.340367,0.344666,0.277196,0.54954,0.26961,0.109598,0.350051,0.067462,0.263278,0.068879,0.244689,0.255047,0.377138,0.106662,0.183639,0.204479,0.027852,0.156895,0.142967,0.054848,0.022077,0.009875,0.041655,0.134142,0.153761,0.122603],
  weights: [-0.320956,0.016,-0.443642,-1.103982,-0.382512,0.122434,0.29858,-0.359888,0.059665,2.148343,-0.932794,0.002765,0.680434,0.134223,0.103107,0.770971,-0.279577,0.055398,-0.007804,0.445514,1.20614,-0.38393,0.609564,0.296934,1.230964,1.662294,0.014417,0.770966,1.510496,0.612194,0.242129,0.101016,0.33196,0.303309,-0.086332,-0.083605],
  bias: -0.869461,
};
