// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1913 edited pairs: 851 contradictions, 1062 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1913 edited pairs: 851 contradictions, 1062 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.560934,0.674093,0.618505,0.513492,1.30396,0.637978,0.093246,2.430293,0.80643,0.510625,0.313976,0.329515,0.235518,0.289963,0.077894,0.010758,0.135143,0.004095,0.069741,0.005137,0.065751,0.057909,0.157704,0.015081,0.034505,0.042742,0.000955,0.021472,0.030265,0.004084,0.000474,0.000095,0.001738,0.017343,0.024635,0.015716],
  scale: [0.239007,0.221254,0.188408,0.26252,0.473836,0.739923,0.290776,0.572652,0.174589,0.499887,0.339722,0.344053,0.276833,0.545487,0.268005,0.103162,0.341876,0.06386,0.25471,0.071487,0.247847,0.233572,0.388434,0.121875,0.182523,0.202274,0.030881,0.144953,0.171315,0.063774,0.021757,0.009732,0.041655,0.130546,0.155009,0.124373],
  weights: [-0.393031,-0.086406,-0.284579,-1.013238,-0.427219,0.123151,0.340467,-0.317789,-0.020989,2.353745,-0.631515,-0.324744,0.581288,0.130184,0.058031,0.642971,-0.24626,0.053393,0.047658,0.48289,1.229461,-0.303757,0.579862,0.322953,1.15885,1.587555,0.009954,0.602305,1.674211,0.561141,0.226887,0.099373,0.332289,0.299808,-0.055328,-0.078277],
  bias: -0.87392,
};
