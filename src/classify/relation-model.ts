// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1940 edited pairs: 897 contradictions, 1043 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.55;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3395 aligned sentence pairs as agreements, 1940 edited pairs: 897 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.55487,0.667357,0.614854,0.51974,1.309274,0.639251,0.091947,2.431081,0.806177,0.510284,0.313867,0.329397,0.23519,0.290278,0.078534,0.010582,0.129446,0.00397,0.067391,0.005095,0.069717,0.056326,0.16026,0.015226,0.035268,0.042484,0.001136,0.022096,0.032141,0.002922,0.00075,0,0.001738,0.017364,0.026495,0.016265],
  scale: [0.239744,0.223592,0.187415,0.262576,0.469939,0.743253,0.288951,0.571234,0.173703,0.499894,0.339817,0.344156,0.276734,0.545749,0.269009,0.102323,0.335693,0.062886,0.250698,0.071197,0.25467,0.230551,0.391425,0.122449,0.184456,0.201691,0.033686,0.146995,0.176374,0.05398,0.027372,1,0.041655,0.130624,0.160601,0.126493],
  weights: [-0.250829,-0.046308,-0.422293,-1.010178,-0.389085,0.100174,0.243806,-0.317811,0.00644,2.300163,-0.910451,-0.079161,0.574437,0.149859,0.152858,0.636079,-0.230306,0.054286,0.042851,0.487063,1.202227,-0.35084,0.649301,0.309704,1.196093,1.578572,0.010051,0.654407,1.72471,0.432981,0.300274,0,0.333348,0.297896,-0.059363,-0.073775],
  bias: -0.804342,
};
