// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1859 edited pairs: 816 contradictions, 1043 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1859 edited pairs: 816 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571466,0.687276,0.62541,0.501705,1.292403,0.634653,0.093825,2.422566,0.806119,0.514171,0.316481,0.332135,0.236779,0.293831,0.078916,0.012154,0.142917,0.00457,0.07489,0.004765,0.064042,0.069807,0.1492,0.011508,0.034939,0.043713,0.000776,0.025058,0.02174,0.003016,0.000487,0.000097,0.001738,0.018325,0.024218,0.015264],
  scale: [0.237914,0.2167,0.190083,0.262624,0.47946,0.740139,0.291584,0.56922,0.176629,0.499799,0.340364,0.344663,0.277196,0.549535,0.269607,0.109575,0.349988,0.067448,0.263213,0.068864,0.244828,0.254822,0.376986,0.106657,0.183626,0.204456,0.027848,0.1563,0.145834,0.054835,0.02207,0.009872,0.041655,0.134125,0.153727,0.122601],
  weights: [-0.295497,0.020114,-0.451252,-1.086036,-0.382312,0.127868,0.297609,-0.355973,0.058203,2.192861,-0.967466,0.008411,0.659974,0.131472,0.103225,0.770085,-0.278631,0.055389,-0.006436,0.444711,1.201025,-0.383294,0.60946,0.297001,1.229196,1.660979,0.014693,0.766725,1.537805,0.61168,0.241983,0.101141,0.332007,0.303074,-0.085607,-0.083295],
  bias: -0.862829,
};
