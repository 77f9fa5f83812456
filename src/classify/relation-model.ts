// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1885 edited pairs: 823 contradictions, 1062 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 399 unannotated multi-outlet ANT events (3366 aligned sentence pairs as agreements, 1885 edited pairs: 823 contradictions, 1062 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.560729,0.673844,0.618299,0.513827,1.30374,0.63538,0.092953,2.430527,0.806397,0.510608,0.313976,0.329501,0.235508,0.289898,0.077903,0.0108,0.135466,0.004111,0.070078,0.004968,0.065938,0.057705,0.157968,0.015103,0.034549,0.042831,0.000958,0.024179,0.024132,0.004103,0.000476,0.000095,0.001738,0.01738,0.024642,0.015722],
  scale: [0.239058,0.221378,0.188416,0.262574,0.473987,0.737876,0.290367,0.572757,0.174583,0.499887,0.339742,0.344054,0.276844,0.545477,0.268019,0.103361,0.342221,0.063982,0.255278,0.070306,0.248174,0.233184,0.388772,0.121961,0.182635,0.202475,0.03093,0.153606,0.15346,0.063919,0.021815,0.009758,0.041655,0.130682,0.155031,0.124399],
  weights: [-0.370207,-0.084195,-0.294126,-1.000519,-0.425773,0.1116,0.35025,-0.318617,-0.01575,2.315164,-0.657008,-0.279093,0.588011,0.145816,0.043733,0.643154,-0.250757,0.053927,0.046992,0.469768,1.227292,-0.306449,0.581792,0.319393,1.157871,1.588344,0.009378,0.713758,1.63571,0.562555,0.227183,0.099687,0.331312,0.297904,-0.052827,-0.078737],
  bias: -0.882526,
};
