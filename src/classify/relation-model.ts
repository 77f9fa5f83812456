// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 398 unannotated multi-outlet ANT events (3518 aligned sentence pairs as agreements, 1924 edited pairs: 837 contradictions, 1087 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them;
// plus the read pairs of the development replay (eval/wild/conflicts-dev.json) still reported, a pair
// read as real a conflict found, one read as invented a false conflict.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.7;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 398 unannotated multi-outlet ANT events (3518 aligned sentence pairs as agreements, 1924 edited pairs: 837 contradictions, 1087 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.555395,0.670189,0.614292,0.519353,1.302937,0.635338,0.091463,2.418491,0.801569,0.512023,0.314867,0.330516,0.236058,0.291446,0.078765,0.010992,0.129841,0.004007,0.071891,0.004742,0.06461,0.064984,0.153772,0.01131,0.035545,0.043437,0.001213,0.02467,0.021334,0.002968,0.000735,0.000092,0.001738,0.017586,0.026448,0.015863],
  scale: [0.24147,0.2233,0.190364,0.263965,0.469332,0.743609,0.288266,0.566558,0.179713,0.499855,0.340017,0.344362,0.277151,0.546976,0.269372,0.104263,0.336128,0.063174,0.258308,0.068699,0.245836,0.246497,0.384575,0.105746,0.185152,0.203838,0.034809,0.155116,0.144496,0.0544,0.027101,0.009585,0.041655,0.13144,0.160462,0.124944],
  weights: [-0.300971,0.02837,-0.447132,-1.085552,-0.379311,0.153213,0.225885,-0.287369,0.042605,2.252301,-0.96943,-0.015716,0.65392,0.11032,0.169409,0.691819,-0.243356,0.052341,0.013868,0.509369,1.182239,-0.38292,0.565639,0.290675,1.260964,1.585377,0.005845,0.75592,1.528845,0.592829,0.297722,0.099865,0.332553,0.300264,-0.078128,-0.07966],
  bias: -0.882957,
};
