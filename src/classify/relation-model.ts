// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3266 aligned sentence pairs as agreements, 1905 edited pairs: 853 contradictions, 1052 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3266 aligned sentence pairs as agreements, 1905 edited pairs: 853 contradictions, 1052 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570668,0.686338,0.625063,0.50236,1.292865,0.635757,0.094172,2.422851,0.805985,0.513156,0.316021,0.33155,0.23617,0.292015,0.078798,0.012566,0.145374,0.00464,0.074445,0.004833,0.06803,0.062841,0.157342,0.014876,0.034774,0.0428,0.001063,0.025016,0.023483,0.002513,0.00058,0.00029,0.001738,0.017391,0.024649,0.015645],
  scale: [0.238365,0.216654,0.190215,0.262464,0.481198,0.739763,0.292068,0.569496,0.176896,0.499827,0.340564,0.344764,0.277024,0.547748,0.269424,0.111392,0.352477,0.067957,0.262493,0.069352,0.251798,0.242677,0.38803,0.121056,0.183207,0.202405,0.032588,0.156175,0.151432,0.050069,0.024079,0.017029,0.041655,0.130722,0.155054,0.124096],
  weights: [-0.219561,-0.050764,-0.362929,-0.911607,-0.404569,0.069699,0.307037,-0.338305,0.016027,2.448168,-0.926781,-0.142905,0.496514,0.164368,0.08811,0.743168,-0.252406,0.062713,0.017242,0.490842,1.243046,-0.326073,0.615188,0.319004,1.254472,1.59519,0.008101,0.801201,1.609155,0.396926,0.281288,0.191348,0.330942,0.313587,-0.054432,-0.080332],
  bias: -0.811994,
};
