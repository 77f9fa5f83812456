// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3261 aligned sentence pairs as agreements, 1882 edited pairs: 835 contradictions, 1047 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3261 aligned sentence pairs as agreements, 1882 edited pairs: 835 contradictions, 1047 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570915,0.687182,0.625095,0.50206,1.295735,0.638925,0.09417,2.423526,0.805425,0.513444,0.316039,0.331692,0.236389,0.292446,0.078812,0.011452,0.145565,0.004367,0.074814,0.004659,0.064539,0.069262,0.149446,0.011892,0.034334,0.043766,0.000872,0.024654,0.023946,0.004079,0.000583,0.000194,0.001738,0.018401,0.02456,0.015943],
  scale: [0.237871,0.21603,0.189963,0.261864,0.480838,0.743027,0.292065,0.570403,0.177132,0.499819,0.340364,0.344715,0.277016,0.547758,0.269445,0.1064,0.35267,0.065939,0.263092,0.068095,0.245711,0.2539,0.378203,0.108401,0.182086,0.204574,0.029523,0.155069,0.152882,0.063739,0.024145,0.013943,0.041655,0.134396,0.154779,0.125254],
  weights: [-0.284557,-0.079696,-0.316784,-1.010909,-0.394748,0.039405,0.332968,-0.323336,-0.020917,2.326633,-0.803159,-0.213152,0.592167,0.193915,0.067429,0.722251,-0.26908,0.051398,0.006878,0.478869,1.213771,-0.392264,0.618886,0.300277,1.267564,1.640689,-0.005954,0.743636,1.645541,0.550428,0.279712,0.156804,0.331553,0.312526,-0.070102,-0.080426],
  bias: -0.836259,
};
