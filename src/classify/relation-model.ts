// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2060 edited pairs: 952 contradictions, 1108 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2060 edited pairs: 952 contradictions, 1108 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.559873,0.671811,0.618703,0.514472,1.300202,0.641867,0.094787,2.432333,0.807866,0.510847,0.314709,0.33015,0.234914,0.290689,0.077782,0.012019,0.129226,0.003868,0.067802,0.005133,0.056153,0.053472,0.135037,0.015163,0.031976,0.040382,0.001006,0.021147,0.032513,0.003199,0.000723,0.000181],
  scale: [0.241045,0.223933,0.188821,0.263916,0.473275,0.74261,0.29292,0.572169,0.17369,0.499882,0.34049,0.344705,0.276608,0.546901,0.267829,0.10897,0.33545,0.062075,0.251405,0.071459,0.230216,0.224973,0.364449,0.1222,0.175937,0.196855,0.031701,0.143873,0.177359,0.056466,0.02687,0.013439],
  weights: [-0.424834,-0.078647,-0.301832,-1.087394,-0.36751,0.153106,0.277236,-0.362071,-0.028393,2.045335,-0.59401,-0.137505,0.638513,0.116902,0.101596,0.649788,-0.188863,0.042511,0.066049,0.464191,1.116925,-0.336005,0.540145,0.289864,1.058481,1.433368,-0.04292,0.566292,1.69182,0.464922,0.280402,0.146695],
  bias: -0.85078,
};
