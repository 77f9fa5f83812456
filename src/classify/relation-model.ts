// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3276 aligned sentence pairs as agreements, 1911 edited pairs: 862 contradictions, 1049 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.7;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3276 aligned sentence pairs as agreements, 1911 edited pairs: 862 contradictions, 1049 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570177,0.686925,0.6247,0.503099,1.298329,0.643739,0.093732,2.42239,0.80444,0.513874,0.316244,0.331856,0.23676,0.293823,0.078887,0.01244,0.1409,0.004918,0.071922,0.005015,0.068976,0.061223,0.156351,0.015057,0.034555,0.043616,0.001061,0.024808,0.023827,0.003086,0.000771,0.000096,0.001738,0.018237,0.024494,0.015448],
  scale: [0.236998,0.215456,0.18918,0.261395,0.479879,0.744931,0.291456,0.569826,0.17764,0.499807,0.340292,0.344582,0.277169,0.549647,0.269562,0.110839,0.347919,0.069957,0.258359,0.070636,0.253413,0.239739,0.384843,0.121778,0.18265,0.204239,0.032556,0.155541,0.152509,0.055463,0.027759,0.009818,0.041655,0.133806,0.154576,0.123327],
  weights: [-0.247467,-0.099035,-0.28445,-0.967525,-0.410434,0.053803,0.190313,-0.365967,-0.020533,2.374381,-0.799086,-0.264884,0.553511,0.178735,0.195229,0.787891,-0.272177,0.055604,-0.026627,0.50466,1.220336,-0.314808,0.611111,0.319968,1.245006,1.658004,-0.003148,0.793966,1.639621,0.446041,0.301176,0.113323,0.33043,0.318601,-0.038091,-0.084026],
  bias: -0.802186,
};
