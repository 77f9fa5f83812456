// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3268 aligned sentence pairs as agreements, 1897 edited pairs: 853 contradictions, 1044 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3268 aligned sentence pairs as agreements, 1897 edited pairs: 853 contradictions, 1044 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570552,0.686335,0.624993,0.502474,1.293877,0.635679,0.09458,2.422373,0.805891,0.513369,0.316147,0.331708,0.236257,0.292218,0.078704,0.012384,0.145498,0.004644,0.075492,0.005128,0.066331,0.067356,0.157074,0.011592,0.035171,0.04311,0.000967,0.025119,0.023596,0.002128,0.000484,0.000194,0.001738,0.017205,0.024285,0.01584],
  scale: [0.238244,0.216476,0.190085,0.26213,0.479792,0.738647,0.292633,0.569483,0.177038,0.499821,0.34055,0.344774,0.277032,0.548183,0.269277,0.110591,0.352602,0.067987,0.264183,0.071425,0.24886,0.250638,0.387816,0.107042,0.184212,0.203104,0.031083,0.156486,0.151786,0.046084,0.021995,0.013913,0.041655,0.130035,0.153931,0.124855],
  weights: [-0.296773,-0.025509,-0.354389,-0.955469,-0.403741,0.055056,0.313595,-0.31181,0.014556,2.395198,-0.888191,-0.148465,0.537977,0.18159,0.085193,0.741774,-0.254968,0.061813,0.007776,0.50753,1.277165,-0.375578,0.598651,0.295381,1.260649,1.578713,0.013063,0.809382,1.61323,0.351063,0.26087,0.149985,0.332075,0.316192,-0.056239,-0.080941],
  bias: -0.823324,
};
