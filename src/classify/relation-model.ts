// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3272 aligned sentence pairs as agreements, 1865 edited pairs: 811 contradictions, 1054 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3272 aligned sentence pairs as agreements, 1865 edited pairs: 811 contradictions, 1054 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571318,0.687407,0.62546,0.50147,1.291082,0.63447,0.093704,2.420594,0.805565,0.514924,0.317445,0.333058,0.236568,0.293332,0.078912,0.011947,0.141022,0.004955,0.072753,0.004468,0.063315,0.070015,0.148973,0.0117,0.035025,0.043008,0.000776,0.025633,0.022021,0.002818,0.000195,0.000097,0.001738,0.018022,0.023511,0.01536],
  scale: [0.238236,0.216741,0.190386,0.262883,0.479954,0.737195,0.291416,0.567587,0.177268,0.499777,0.341044,0.345253,0.277148,0.548808,0.269602,0.108649,0.348045,0.070215,0.25973,0.066694,0.243529,0.255172,0.375977,0.107533,0.183843,0.202875,0.027838,0.158038,0.146751,0.05301,0.013951,0.009865,0.041655,0.133032,0.151521,0.122981],
  weights: [-0.528143,-0.00683,-0.305693,-1.11545,-0.387788,0.15795,0.287113,-0.351166,0.053855,2.12169,-0.624225,-0.230254,0.686287,0.106171,0.108988,0.746295,-0.278164,0.063201,-0.032535,0.436314,1.2125,-0.385392,0.575089,0.292603,1.234014,1.640978,0.000988,0.820738,1.561318,0.589265,0.146187,0.115077,0.332074,0.31237,-0.063861,-0.085841],
  bias: -0.861801,
};
