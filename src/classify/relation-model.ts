// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1862 edited pairs: 819 contradictions, 1043 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them;
// plus the read pairs of the development replay (eval/wild/conflicts-dev.json) still reported, a pair
// read as real a conflict found, one read as invented a false conflict.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1862 edited pairs: 819 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571456,0.687252,0.625382,0.501751,1.292506,0.634937,0.093814,2.422606,0.806171,0.51416,0.316472,0.332127,0.236777,0.293826,0.078914,0.012248,0.146262,0.004568,0.07485,0.004958,0.064216,0.069868,0.149242,0.011507,0.034934,0.043703,0.000776,0.025055,0.021733,0.003015,0.000487,0.000097,0.001738,0.018319,0.02411,0.015264],
  scale: [0.237893,0.216678,0.190077,0.26261,0.479483,0.740523,0.29157,0.569222,0.176615,0.499799,0.340361,0.344661,0.277196,0.549529,0.269605,0.109991,0.353368,0.067433,0.263149,0.070236,0.245136,0.254925,0.377016,0.106652,0.183614,0.204433,0.027844,0.156291,0.145811,0.054823,0.022064,0.009869,0.041655,0.134102,0.153391,0.1226],
  weights: [-0.261935,0.006632,-0.451809,-1.065182,-0.38489,0.130306,0.293398,-0.359339,0.047807,2.221806,-0.984404,0.008783,0.639157,0.130845,0.105632,0.761626,-0.289629,0.055361,0.005415,0.467693,1.20079,-0.384853,0.607256,0.296623,1.234597,1.659531,0.014633,0.767018,1.537163,0.611502,0.242076,0.101266,0.331694,0.305778,-0.085442,-0.083666],
  bias: -0.859871,
};
