// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1898 edited pairs: 855 contradictions, 1043 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1898 edited pairs: 855 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570988,0.686877,0.625089,0.502131,1.293665,0.637827,0.093695,2.42288,0.806106,0.514033,0.316372,0.332025,0.236747,0.293759,0.078896,0.012667,0.145995,0.004544,0.074471,0.004931,0.063982,0.069535,0.148774,0.011494,0.034971,0.04358,0.000773,0.025212,0.024262,0.003675,0.000484,0.000097,0.001738,0.01807,0.024076,0.015258],
  scale: [0.237663,0.216527,0.189807,0.262213,0.47929,0.742443,0.291404,0.569331,0.17657,0.499803,0.340327,0.344631,0.277191,0.549466,0.269576,0.111831,0.353102,0.067258,0.262536,0.070049,0.244721,0.254362,0.376464,0.106593,0.183706,0.204159,0.027795,0.156768,0.153862,0.060508,0.021987,0.009835,0.041655,0.133206,0.153287,0.122578],
  weights: [-0.238925,-0.00058,-0.441994,-1.033837,-0.392203,0.126172,0.295217,-0.361007,0.039057,2.271659,-1.000697,-0.008974,0.610333,0.131624,0.10436,0.759333,-0.28371,0.054734,0.0084,0.46683,1.195611,-0.379826,0.606546,0.296913,1.237828,1.654735,0.015008,0.767816,1.652632,0.517814,0.24109,0.100778,0.331609,0.303837,-0.085113,-0.083551],
  bias: -0.828772,
};
