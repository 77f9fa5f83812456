// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3365 aligned sentence pairs as agreements, 1928 edited pairs: 873 contradictions, 1055 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.5;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3365 aligned sentence pairs as agreements, 1928 edited pairs: 873 contradictions, 1055 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.562176,0.675112,0.619407,0.512615,1.303198,0.636764,0.094808,2.432001,0.807109,0.510303,0.313806,0.329326,0.235396,0.290042,0.078174,0.010926,0.135455,0.004182,0.069291,0.005504,0.069171,0.052656,0.155727,0.014881,0.03496,0.042981,0.000953,0.021936,0.029557,0.003413,0.000756,0.000094,0.001738,0.017041,0.024962,0.015523],
  scale: [0.239062,0.220927,0.188736,0.262979,0.473098,0.737439,0.292949,0.572697,0.174398,0.499894,0.339775,0.344106,0.276891,0.545336,0.268445,0.103957,0.342209,0.06453,0.253948,0.073985,0.253744,0.223347,0.384916,0.121077,0.183678,0.202814,0.030857,0.146476,0.169361,0.058324,0.02748,0.009719,0.041655,0.129425,0.156008,0.123622],
  weights: [-0.243641,-0.071077,-0.327262,-0.883628,-0.441701,0.150147,0.345546,-0.304019,-0.012013,2.552778,-0.86394,-0.253948,0.45252,0.110858,0.052717,0.635593,-0.227404,0.048622,0.074362,0.508642,1.189612,-0.299598,0.600846,0.318083,1.151036,1.580138,0.011384,0.648467,1.621386,0.480963,0.292581,0.099276,0.332713,0.30082,-0.051921,-0.07497],
  bias: -0.80838,
};
