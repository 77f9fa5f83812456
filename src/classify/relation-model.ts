// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1889 edited pairs: 827 contradictions, 1062 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1889 edited pairs: 827 contradictions, 1062 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.560679,0.673834,0.618264,0.513858,1.303762,0.635494,0.092941,2.430365,0.806334,0.510597,0.313967,0.329491,0.235506,0.289893,0.077902,0.010794,0.135393,0.004108,0.07003,0.005155,0.065911,0.057666,0.157984,0.015099,0.034543,0.042818,0.000957,0.024081,0.024502,0.0041,0.000476,0.000095,0.001738,0.017375,0.024627,0.015721],
  scale: [0.239075,0.221365,0.188427,0.262571,0.473882,0.73774,0.290349,0.57278,0.174673,0.499888,0.339738,0.344051,0.276844,0.545474,0.268017,0.103332,0.342143,0.063964,0.255197,0.071613,0.248127,0.233111,0.388771,0.121949,0.182619,0.202446,0.030923,0.153301,0.154602,0.063899,0.021806,0.009754,0.041655,0.130662,0.154986,0.124395],
  weights: [-0.373486,-0.07906,-0.297298,-1.003952,-0.424521,0.122468,0.341939,-0.311568,-0.012641,2.319893,-0.66341,-0.273958,0.591674,0.137111,0.05187,0.642318,-0.250534,0.053741,0.047411,0.482187,1.228216,-0.305813,0.576009,0.319172,1.156326,1.586053,0.009569,0.708161,1.480655,0.560706,0.226869,0.099849,0.331425,0.297534,-0.0521,-0.078381],
  bias: -0.903789,
};
