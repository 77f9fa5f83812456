// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 398 unannotated multi-outlet ANT events (3453 aligned sentence pairs as agreements, 1924 edited pairs: 864 contradictions, 1060 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 398 unannotated multi-outlet ANT events (3453 aligned sentence pairs as agreements, 1924 edited pairs: 864 contradictions, 1060 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.559651,0.67557,0.616804,0.514899,1.305927,0.636957,0.092293,2.421264,0.802784,0.511195,0.31424,0.329807,0.235917,0.291626,0.078423,0.012196,0.135433,0.004134,0.071193,0.004134,0.065485,0.067066,0.157221,0.011702,0.034262,0.043089,0.000944,0.025478,0.024356,0.003555,0.000651,0.000093,0.001738,0.018054,0.025121,0.015786],
  scale: [0.238384,0.218678,0.188762,0.261125,0.475961,0.744454,0.289439,0.567206,0.178181,0.499875,0.339799,0.344105,0.277082,0.547601,0.268836,0.109759,0.342186,0.064166,0.257148,0.064166,0.247379,0.250136,0.388366,0.107541,0.181901,0.203057,0.030713,0.157573,0.154151,0.059518,0.025505,0.009643,0.041655,0.133146,0.156493,0.124647],
  weights: [-0.195895,-0.031143,-0.45313,-1.039938,-0.390618,-0.031778,0.305445,-0.313949,-0.007437,2.237562,-0.996473,0.019606,0.618395,0.239858,0.093275,0.72328,-0.27016,0.047383,0.014212,0.445972,1.262555,-0.359013,0.578744,0.297728,1.246051,1.620463,0.008496,0.802949,1.689001,0.522448,0.279013,0.111788,0.331368,0.310733,-0.062715,-0.081706],
  bias: -0.856098,
};
