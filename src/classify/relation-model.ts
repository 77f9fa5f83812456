// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2067 edited pairs: 959 contradictions, 1108 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2067 edited pairs: 959 contradictions, 1108 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.560026,0.671912,0.618878,0.514241,1.299988,0.642592,0.095305,2.432439,0.807934,0.510738,0.314625,0.330062,0.234892,0.290593,0.07778,0.011737,0.129022,0.003865,0.067724,0.005128,0.075189,0.05797,0.159884,0.015157,0.035157,0.040093,0.001018,0.021143,0.032488,0.003195,0.000722,0.00018],
  scale: [0.241097,0.223911,0.188865,0.263968,0.473155,0.742275,0.293635,0.572244,0.173707,0.499885,0.340472,0.344685,0.276617,0.546861,0.267824,0.107699,0.335224,0.062048,0.251272,0.071424,0.263696,0.233686,0.391025,0.122179,0.184177,0.196177,0.031885,0.143862,0.177293,0.056436,0.026853,0.01343],
  weights: [-0.095902,-0.143411,-0.449507,-1.014818,-0.390429,0.124368,0.26715,-0.373329,-0.029364,2.017647,-0.896374,0.066535,0.635563,0.149203,0.12955,0.63912,-0.193728,0.051991,0.078721,0.465834,1.156156,-0.336915,0.641212,0.296477,1.132,1.460939,-0.004771,0.575527,1.70248,0.456567,0.28025,0.146777],
  bias: -0.776921,
};
