// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2068 edited pairs: 960 contradictions, 1108 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3476 aligned sentence pairs as agreements, 2068 edited pairs: 960 contradictions, 1108 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.560057,0.671936,0.618901,0.514206,1.30003,0.632338,0.094347,2.432475,0.807952,0.510735,0.314623,0.330059,0.234891,0.28924,0.078359,0.011735,0.129006,0.003864,0.067713,0.005127,0.075181,0.05796,0.159865,0.015157,0.035632,0.04018,0.001018,0.021143,0.032394,0.003195,0.000722,0.00018,0.001738,0.017463,0.02588,0.016108],
  scale: [0.2411,0.223908,0.188867,0.263973,0.473162,0.735279,0.292311,0.57228,0.173704,0.499885,0.340471,0.344684,0.276617,0.54457,0.268735,0.107692,0.335206,0.062044,0.251253,0.071419,0.263683,0.233669,0.391005,0.122176,0.18537,0.196382,0.031883,0.14386,0.177045,0.056432,0.026851,0.013429,0.041655,0.13099,0.158778,0.12589],
  weights: [-0.185482,-0.089768,-0.466321,-1.045838,-0.364571,0.108109,0.308092,-0.370593,-0.00287,2.157348,-0.940612,0.012116,0.608751,0.145872,0.0964,0.662881,-0.184284,0.042428,0.025467,0.471102,1.183397,-0.320712,0.649604,0.304455,1.158914,1.484361,-0.005455,0.585503,1.716034,0.461839,0.281155,0.147398,0.332278,0.292514,-0.080296,-0.075193],
  bias: -0.781613,
};
