// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 397 unannotated multi-outlet ANT events (3372 aligned sentence pairs as agreements, 2016 edited pairs: 940 contradictions, 1076 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found,
// a false conflict costing 2, over the 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2);
// the model never saw them. Figures: npx tsx eval/classify/cv.ts (events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.45;
export const PAIRS_CONFLICT_THRESHOLD = 0.5;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 397 unannotated multi-outlet ANT events (3372 aligned sentence pairs as agreements, 2016 edited pairs: 940 contradictions, 1076 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.558806,0.671693,0.619708,0.51573,1.301136,0.656237,0.095857,2.426994,0.810602,0.514504,0.316415,0.33291,0.236639,0.293419,0.078489,0.011434,0.131524,0.003015,0.064194,0.005149,0.059326,0.054638,0.138672,0.013885,0.030554,0.041524,0.000564,0.020559,0.031298,0.002714,0.001392,0],
  scale: [0.238865,0.22307,0.187638,0.261647,0.478994,0.769015,0.294395,0.570591,0.17353,0.49979,0.340745,0.345353,0.277435,0.549002,0.268939,0.106318,0.337973,0.054824,0.245099,0.071572,0.236234,0.227273,0.373331,0.117013,0.172105,0.199499,0.023749,0.141902,0.174123,0.052023,0.037283,1],
  weights: [-0.273675,-0.05789,-0.338642,-0.983175,-0.324777,0.073231,0.241842,-0.423412,0.022894,2.170903,-0.785868,-0.143813,0.507019,0.168992,0.137843,0.579602,-0.205841,0.047678,0.128549,0.430156,1.159046,-0.38907,0.464092,0.298054,1.043664,1.39702,0.055621,0.634552,1.809345,0.402278,0.255322,0],
  bias: -0.802022,
};
