// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2053 edited pairs: 963 contradictions, 1090 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.55;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2053 edited pairs: 963 contradictions, 1090 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.560342,0.672169,0.619052,0.514001,1.300107,0.630746,0.094395,2.432574,0.80811,0.510956,0.314813,0.330259,0.23492,0.289253,0.078364,0.011488,0.129883,0.003781,0.06797,0.005409,0.075298,0.057196,0.159971,0.014987,0.036315,0.041741,0.001019,0.021331,0.031996,0.003292,0.000723,0.000181,0.001738,0.017302,0.026116,0.016112],
  scale: [0.241232,0.224,0.189004,0.264453,0.473619,0.735354,0.292378,0.572556,0.173721,0.49988,0.340538,0.344757,0.276603,0.544582,0.268744,0.106564,0.336175,0.061376,0.251694,0.073347,0.263871,0.232217,0.391152,0.121501,0.187073,0.199997,0.03191,0.144486,0.175989,0.057284,0.026887,0.013447,0.041655,0.130393,0.159482,0.125907],
  weights: [-0.186995,-0.09524,-0.480053,-1.078072,-0.363734,0.114656,0.320338,-0.350102,-0.010387,2.148808,-0.94262,0.030274,0.626753,0.137621,0.087268,0.635271,-0.223981,0.05119,0.065415,0.47506,1.189608,-0.348297,0.649446,0.310925,1.189896,1.548445,-0.00574,0.600023,1.704619,0.475603,0.283281,0.147534,0.333316,0.29399,-0.075857,-0.074252],
  bias: -0.768745,
};
