// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3261 aligned sentence pairs as agreements, 1851 edited pairs: 804 contradictions, 1047 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.65;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3261 aligned sentence pairs as agreements, 1851 edited pairs: 804 contradictions, 1047 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571372,0.68754,0.625412,0.501627,1.294779,0.635881,0.094276,2.423534,0.805644,0.51355,0.316124,0.331778,0.236413,0.292496,0.078827,0.010724,0.146017,0.004386,0.075033,0.00468,0.064549,0.069633,0.149436,0.011808,0.034383,0.043873,0.000875,0.024489,0.021293,0.004101,0.000587,0.000196,0.001738,0.018838,0.02448,0.015951],
  scale: [0.238013,0.216138,0.190137,0.262113,0.481027,0.740455,0.292213,0.570548,0.177092,0.499816,0.340393,0.344741,0.277019,0.547803,0.269469,0.103,0.353123,0.066085,0.263444,0.068249,0.245728,0.254528,0.3783,0.108021,0.182211,0.204813,0.029572,0.154561,0.144359,0.063904,0.024218,0.013985,0.041655,0.135952,0.154535,0.125288],
  weights: [-0.306614,-0.070303,-0.321431,-1.038824,-0.383182,0.039585,0.330715,-0.3206,-0.011151,2.29187,-0.790664,-0.205378,0.619238,0.195481,0.069562,0.711374,-0.269118,0.051243,-0.000031,0.479877,1.217248,-0.395546,0.619216,0.298851,1.271342,1.645329,-0.00629,0.742176,1.541907,0.551658,0.281064,0.157116,0.331584,0.31991,-0.07664,-0.080202],
  bias: -0.870495,
};
