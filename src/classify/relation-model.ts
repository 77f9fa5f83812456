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
  mean: [0.57146,0.687261,0.625389,0.501737,1.292524,0.634937,0.093814,2.422573,0.806154,0.51416,0.316472,0.332127,0.236777,0.293826,0.078914,0.012246,0.143246,0.004568,0.074947,0.004958,0.064216,0.069771,0.149144,0.011507,0.034934,0.043703,0.000776,0.025055,0.021733,0.003015,0.000487,0.000097,0.001738,0.018321,0.024207,0.015264],
  scale: [0.237889,0.21667,0.190068,0.262598,0.479498,0.740523,0.29157,0.569219,0.176623,0.499799,0.340361,0.344661,0.277196,0.549529,0.269605,0.109984,0.350323,0.067433,0.263306,0.070236,0.245136,0.254761,0.376925,0.106652,0.183614,0.204433,0.027844,0.156291,0.145811,0.054823,0.022064,0.009869,0.041655,0.134108,0.153693,0.1226],
  weights: [-0.296244,0.026655,-0.452232,-1.07432,-0.382878,0.131944,0.291723,-0.357865,0.064543,2.207089,-0.97923,0.01134,0.647648,0.128754,0.108334,0.77534,-0.277133,0.055157,-0.005853,0.466522,1.201377,-0.383624,0.607141,0.296869,1.227407,1.659705,0.01473,0.76614,1.536485,0.611082,0.241953,0.1012,0.332026,0.30275,-0.085638,-0.083258],
  bias: -0.85828,
};
