// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 393 unannotated multi-outlet ANT events (3254 aligned sentence pairs as agreements, 1887 edited pairs: 832 contradictions, 1055 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 393 unannotated multi-outlet ANT events (3254 aligned sentence pairs as agreements, 1887 edited pairs: 832 contradictions, 1055 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570889,0.68706,0.624976,0.501838,1.292578,0.635172,0.094955,2.422402,0.805551,0.513548,0.316166,0.331758,0.236376,0.292352,0.078716,0.012525,0.14619,0.004465,0.075035,0.00466,0.066011,0.063362,0.155316,0.014801,0.034824,0.042314,0.00097,0.025337,0.023368,0.004372,0.000778,0.000195,0.001738,0.017334,0.024178,0.015457],
  scale: [0.238247,0.21644,0.190043,0.262082,0.478834,0.73774,0.293153,0.569393,0.17745,0.499816,0.340467,0.344712,0.277048,0.547724,0.269295,0.111214,0.353297,0.066675,0.263448,0.068105,0.248302,0.243612,0.38559,0.120756,0.183333,0.201304,0.031126,0.157146,0.15107,0.065979,0.027883,0.013945,0.041655,0.130513,0.153602,0.123361],
  weights: [-0.035885,-0.068905,-0.530329,-0.945701,-0.407293,0.040035,0.275766,-0.323721,-0.00495,2.332429,-1.129823,0.122652,0.533028,0.187314,0.119058,0.748335,-0.255146,0.050695,-0.004123,0.456798,1.180144,-0.322194,0.613676,0.318229,1.257753,1.563158,0.003839,0.835845,1.609218,0.560045,0.287765,0.132962,0.33065,0.315093,-0.084497,-0.081562],
  bias: -0.827265,
};
