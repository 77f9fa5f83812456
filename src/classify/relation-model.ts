// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1938 edited pairs: 895 contradictions, 1043 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1938 edited pairs: 895 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.554877,0.667358,0.614867,0.519726,1.309257,0.639384,0.091953,2.431159,0.806177,0.510195,0.313803,0.329341,0.23515,0.29028,0.078534,0.010585,0.12948,0.003971,0.067414,0.005096,0.070107,0.055027,0.159186,0.015227,0.035271,0.04249,0.001136,0.022097,0.032148,0.002923,0.00075,0,0.001738,0.017367,0.026503,0.016266],
  scale: [0.239742,0.223554,0.187423,0.262589,0.469982,0.743287,0.288959,0.571259,0.173713,0.499896,0.339809,0.344158,0.276736,0.545751,0.269011,0.102337,0.33573,0.062894,0.250737,0.071208,0.255327,0.228033,0.389536,0.122455,0.184464,0.201705,0.03369,0.146999,0.176393,0.053988,0.027377,1,0.041655,0.130633,0.160624,0.126496],
  weights: [-0.279253,-0.029508,-0.392586,-0.978647,-0.402138,0.104516,0.239673,-0.331922,0.018978,2.323386,-0.895089,-0.128873,0.548339,0.150018,0.152831,0.632594,-0.228512,0.054526,0.04399,0.485116,1.186069,-0.346477,0.643229,0.312589,1.188073,1.574367,0.011181,0.650739,1.721645,0.431624,0.299469,0,0.333244,0.29636,-0.054663,-0.073776],
  bias: -0.797042,
};
