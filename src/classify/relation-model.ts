// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3472 aligned sentence pairs as agreements, 2047 edited pairs: 972 contradictions, 1075 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.55;
export const PAIRS_CONFLICT_THRESHOLD = 0.5;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3472 aligned sentence pairs as agreements, 2047 edited pairs: 972 contradictions, 1075 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.555375,0.668716,0.614925,0.520029,1.309532,0.656096,0.094482,2.427981,0.807998,0.513339,0.316207,0.331908,0.236019,0.292789,0.078151,0.010416,0.124703,0.00288,0.059474,0.005054,0.060166,0.050815,0.140596,0.014451,0.031281,0.041063,0.000556,0.021971,0.032847,0.002844,0.000997,0.000181],
  scale: [0.238605,0.222832,0.187268,0.260884,0.475369,0.761824,0.292498,0.570073,0.175196,0.499822,0.340654,0.345054,0.276852,0.548203,0.268409,0.101528,0.330382,0.053589,0.23651,0.070914,0.237795,0.21962,0.375338,0.11934,0.174076,0.198436,0.023563,0.146588,0.178235,0.053256,0.031553,0.01346],
  weights: [-0.622231,-0.108343,-0.106696,-1.139945,-0.353439,0.089388,0.323707,-0.365142,-0.019646,1.950951,-0.288496,-0.456081,0.700317,0.157517,0.058638,0.598387,-0.213163,0.047203,0.086096,0.423886,1.200244,-0.42689,0.444386,0.300573,1.05873,1.360171,0.052868,0.657822,1.878107,0.3931,0.200984,0.049837],
  bias: -0.808353,
};
