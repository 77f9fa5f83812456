// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1908 edited pairs: 865 contradictions, 1043 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1908 edited pairs: 865 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.554633,0.667169,0.614692,0.519941,1.309338,0.639686,0.092039,2.431191,0.80607,0.510276,0.31387,0.329408,0.235165,0.290314,0.078547,0.010628,0.129804,0.003987,0.067569,0.005119,0.067591,0.051437,0.157233,0.015251,0.035038,0.042101,0.001141,0.022118,0.032259,0.002937,0.000754,0,0.001738,0.017406,0.026433,0.016276],
  scale: [0.239716,0.223538,0.187406,0.262578,0.470419,0.743358,0.289081,0.571299,0.173831,0.499894,0.339834,0.34418,0.276736,0.545781,0.269031,0.102545,0.336088,0.063019,0.251006,0.071362,0.251043,0.220888,0.387686,0.12255,0.183876,0.200818,0.033753,0.147068,0.176687,0.05411,0.027454,1,0.041655,0.130778,0.16042,0.126534],
  weights: [-0.280171,-0.011322,-0.41422,-0.961474,-0.401644,0.112339,0.23352,-0.33849,0.028733,2.325597,-0.913087,-0.094948,0.532803,0.143598,0.15921,0.633676,-0.227451,0.054578,0.042533,0.486466,1.152293,-0.319841,0.631436,0.312117,1.179652,1.564654,0.012117,0.648229,1.723218,0.432907,0.300258,0,0.332899,0.296894,-0.057014,-0.074068],
  bias: -0.818787,
};
