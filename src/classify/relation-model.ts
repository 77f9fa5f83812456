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
  mean: [0.559873,0.671811,0.618703,0.514472,1.300202,0.641867,0.094787,2.432333,0.807866,0.510847,0.314709,0.33015,0.234914,0.290689,0.077782,0.012019,0.129226,0.003868,0.067802,0.005133,0.056153,0.053472,0.135037,0.015163,0.032066,0.040382,0.000916,0.021147,0.032513,0.003199,0.000723,0.000181],
  scale: [0.241045,0.223933,0.188821,0.263916,0.473275,0.74261,0.29292,0.572169,0.17369,0.499882,0.34049,0.344705,0.276608,0.546901,0.267829,0.10897,0.33545,0.062075,0.251405,0.071459,0.230216,0.224973,0.364449,0.1222,0.176177,0.196855,0.030246,0.143873,0.177359,0.056466,0.02687,0.013439],
  weights: [-0.42462,-0.082873,-0.297495,-1.083947,-0.370758,0.154048,0.279454,-0.360052,-0.029318,2.052996,-0.588823,-0.144933,0.635769,0.1164,0.098943,0.649958,-0.188456,0.042531,0.066178,0.4643,1.116916,-0.335719,0.541055,0.289983,1.051931,1.433577,-0.040966,0.566195,1.692173,0.46495,0.280376,0.146774],
  bias: -0.851681,
};
