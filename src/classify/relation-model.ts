// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1883 edited pairs: 821 contradictions, 1062 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.55;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1883 edited pairs: 821 contradictions, 1062 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.560776,0.673894,0.618337,0.513771,1.303721,0.635322,0.092959,2.430541,0.806416,0.510614,0.313981,0.329505,0.235509,0.2899,0.077904,0.010613,0.135503,0.004112,0.070007,0.004969,0.065952,0.057724,0.157912,0.015104,0.034552,0.042837,0.000958,0.024181,0.024138,0.004104,0.000476,0.000095,0.001738,0.017382,0.024649,0.015723],
  scale: [0.239037,0.221357,0.188411,0.262558,0.473992,0.737816,0.290375,0.572772,0.174569,0.499887,0.339743,0.344055,0.276844,0.545479,0.26802,0.10247,0.34226,0.063991,0.255159,0.070316,0.248198,0.233221,0.38873,0.121967,0.182643,0.202489,0.030933,0.153611,0.153477,0.06393,0.021819,0.009759,0.041655,0.130692,0.155054,0.124401],
  weights: [-0.373221,-0.083464,-0.293383,-1.001945,-0.425946,0.108381,0.350365,-0.319169,-0.015537,2.310791,-0.653701,-0.280563,0.589523,0.148239,0.043624,0.634366,-0.250293,0.053961,0.04619,0.470023,1.227919,-0.306179,0.581482,0.319461,1.158254,1.588849,0.009345,0.714323,1.636563,0.562935,0.227283,0.099659,0.331315,0.298032,-0.05263,-0.07872],
  bias: -0.883952,
};
