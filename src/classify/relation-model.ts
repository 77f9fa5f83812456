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
  mean: [0.570668,0.686338,0.625063,0.50236,1.292865,0.635757,0.094172,2.422851,0.805985,0.513156,0.316021,0.33155,0.23617,0.292015,0.078798,0.012566,0.145374,0.00464,0.074445,0.004833,0.06803,0.062938,0.157342,0.014876,0.034774,0.0428,0.001063,0.025016,0.023483,0.002513,0.00058,0.00029,0.001738,0.017391,0.024649,0.015645],
  scale: [0.238365,0.216654,0.190215,0.262464,0.481198,0.739763,0.292068,0.569496,0.176896,0.499827,0.340564,0.344764,0.277024,0.547748,0.269424,0.111392,0.352477,0.067957,0.262493,0.069352,0.251798,0.242851,0.38803,0.121056,0.183207,0.202405,0.032588,0.156175,0.151432,0.050069,0.024079,0.017029,0.041655,0.130722,0.155054,0.124096],
  weights: [-0.219454,-0.050822,-0.362653,-0.911582,-0.404719,0.069668,0.306779,-0.338373,0.016012,2.448178,-0.926803,-0.143393,0.496509,0.164419,0.088319,0.743122,-0.252444,0.062717,0.017238,0.490811,1.242951,-0.326489,0.615146,0.318999,1.254409,1.595126,0.008105,0.801132,1.609093,0.396905,0.281277,0.191341,0.330939,0.313552,-0.054427,-0.080336],
  bias: -0.811978,
};
