// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3268 aligned sentence pairs as agreements, 1893 edited pairs: 849 contradictions, 1044 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.65;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3268 aligned sentence pairs as agreements, 1893 edited pairs: 849 contradictions, 1044 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.569941,0.685866,0.624796,0.502904,1.294704,0.638566,0.093237,2.42221,0.805515,0.514158,0.316791,0.332379,0.236398,0.292708,0.078706,0.012004,0.146549,0.004259,0.074576,0.005131,0.065874,0.067983,0.157541,0.011691,0.03479,0.04322,0.000968,0.025801,0.023606,0.002323,0.000388,0.000097,0.001738,0.017307,0.024299,0.015841],
  scale: [0.23848,0.216674,0.190069,0.262298,0.480385,0.742678,0.290764,0.569642,0.177091,0.4998,0.34077,0.34502,0.277044,0.54855,0.26928,0.108902,0.353656,0.065121,0.262706,0.071446,0.248062,0.251717,0.388991,0.10749,0.183249,0.203351,0.03109,0.158541,0.151819,0.048144,0.019682,0.009842,0.041655,0.130414,0.153976,0.124859],
  weights: [-0.305825,-0.026323,-0.389445,-1.027852,-0.392211,0.063827,0.278699,-0.328121,0.019164,2.25067,-0.888562,-0.077274,0.609598,0.17454,0.119843,0.722528,-0.26774,0.059307,0.015829,0.51118,1.265416,-0.379947,0.592114,0.294815,1.239946,1.630082,0.014037,0.851148,1.623631,0.376576,0.235843,0.101375,0.332319,0.308729,-0.05818,-0.080799],
  bias: -0.819798,
};
