// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3279 aligned sentence pairs as agreements, 1886 edited pairs: 844 contradictions, 1042 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3279 aligned sentence pairs as agreements, 1886 edited pairs: 844 contradictions, 1042 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.569612,0.685752,0.62416,0.503692,1.297035,0.639067,0.094386,2.424069,0.805167,0.51395,0.316497,0.332074,0.236506,0.292992,0.079188,0.013061,0.141722,0.004837,0.073072,0.00445,0.066525,0.060486,0.155042,0.014784,0.034687,0.042142,0.000967,0.025796,0.023499,0.003387,0.000871,0.000097,0.001738,0.017592,0.024672,0.015452],
  scale: [0.236967,0.215671,0.189066,0.261313,0.480311,0.73985,0.292365,0.570913,0.177321,0.499805,0.340608,0.34482,0.27712,0.548123,0.270033,0.113538,0.348765,0.069383,0.260254,0.066561,0.249197,0.238385,0.386009,0.120685,0.182986,0.200912,0.031083,0.158528,0.151482,0.058097,0.029504,0.009838,0.041655,0.131464,0.155123,0.123344],
  weights: [-0.294566,-0.052519,-0.287525,-0.949824,-0.396228,0.037164,0.279624,-0.33507,0.022746,2.41354,-0.838605,-0.259479,0.540707,0.185158,0.118279,0.763373,-0.271413,0.052845,0.014293,0.420224,1.231133,-0.309034,0.56681,0.313761,1.226571,1.587191,0.017191,0.830918,1.635297,0.460904,0.335805,0.040431,0.331102,0.304095,-0.066432,-0.081695],
  bias: -0.817729,
};
