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
  mean: [0.560055,0.671933,0.618901,0.514209,1.300093,0.632428,0.094437,2.432475,0.807952,0.510735,0.314623,0.330059,0.234891,0.28924,0.078359,0.011645,0.129096,0.003864,0.067533,0.005127,0.075181,0.05796,0.159865,0.015157,0.036018,0.041429,0.001018,0.021143,0.032394,0.003195,0.000722,0.00018,0.001738,0.017463,0.02588,0.016108],
  scale: [0.241095,0.223904,0.188867,0.263968,0.473036,0.735262,0.292436,0.57228,0.173704,0.499885,0.340471,0.344684,0.276617,0.54457,0.268735,0.107282,0.335306,0.062044,0.250943,0.071419,0.263683,0.233669,0.391005,0.122176,0.186335,0.199281,0.031883,0.14386,0.177045,0.056432,0.026851,0.013429,0.041655,0.13099,0.158778,0.12589],
  weights: [-0.192695,-0.08699,-0.475881,-1.06197,-0.363316,0.105774,0.315195,-0.345712,-0.006017,2.161567,-0.951373,0.027607,0.617243,0.143814,0.092357,0.656892,-0.217679,0.044681,0.037606,0.471836,1.184314,-0.323441,0.650138,0.304827,1.165253,1.508754,-0.00567,0.586138,1.716447,0.462235,0.281018,0.147239,0.333383,0.293415,-0.079501,-0.073949],
  bias: -0.778697,
};
