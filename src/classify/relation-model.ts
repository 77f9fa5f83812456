// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3249 aligned sentence pairs as agreements, 1892 edited pairs: 861 contradictions, 1031 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 396 unannotated multi-outlet ANT events (3249 aligned sentence pairs as agreements, 1892 edited pairs: 861 contradictions, 1031 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.56974,0.687371,0.623738,0.503926,1.298318,0.64373,0.092913,2.419457,0.80326,0.514618,0.31698,0.332607,0.236783,0.293616,0.079105,0.012428,0.140744,0.00466,0.072896,0.004563,0.067956,0.06093,0.157358,0.015093,0.034337,0.042995,0.000775,0.025142,0.025508,0.002914,0.000681,0.000195,0.001738,0.017918,0.024081,0.01536],
  scale: [0.236675,0.214167,0.189447,0.260857,0.478894,0.746225,0.29031,0.569011,0.178693,0.499786,0.340671,0.3449,0.277105,0.548734,0.269902,0.110786,0.347757,0.068105,0.259965,0.067394,0.251671,0.239202,0.387155,0.121923,0.182094,0.202845,0.027833,0.156557,0.157661,0.053899,0.026083,0.013945,0.041655,0.132652,0.1533,0.122979],
  weights: [-0.28032,-0.061325,-0.374408,-1.012903,-0.430074,0.141368,0.282808,-0.352023,0.013526,2.230393,-0.810548,-0.136617,0.605568,0.117319,0.105562,0.735801,-0.296633,0.056816,-0.008717,0.399079,1.244141,-0.302905,0.554619,0.317194,1.183274,1.641696,0.015541,0.800119,1.525359,0.582217,0.28986,0.151235,0.330393,0.309127,-0.060428,-0.086497],
  bias: -0.815438,
};
