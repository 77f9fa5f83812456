// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1871 edited pairs: 828 contradictions, 1043 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1871 edited pairs: 828 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571387,0.687123,0.625325,0.501855,1.29286,0.635493,0.093784,2.422825,0.806281,0.514128,0.316447,0.332101,0.236769,0.293809,0.07891,0.012621,0.146364,0.004562,0.074925,0.004951,0.064157,0.06976,0.149173,0.011504,0.035016,0.043672,0.000775,0.025045,0.021712,0.003691,0.000486,0.000097,0.001738,0.018111,0.024077,0.015262],
  scale: [0.237799,0.216656,0.189999,0.262518,0.479509,0.741202,0.291529,0.569376,0.176551,0.4998,0.340352,0.344653,0.277195,0.549514,0.269598,0.111631,0.353471,0.067389,0.26327,0.070189,0.245032,0.254743,0.376922,0.106637,0.183821,0.204364,0.027832,0.156263,0.145743,0.060641,0.022044,0.00986,0.041655,0.133351,0.153289,0.122594],
  weights: [-0.240354,0.00154,-0.4437,-1.043935,-0.388184,0.133336,0.292816,-0.360503,0.041867,2.264407,-1.001948,-0.003948,0.620338,0.129049,0.105469,0.769008,-0.284678,0.055032,0.003092,0.466946,1.198906,-0.382486,0.607683,0.296778,1.238793,1.658243,0.014746,0.765724,1.5357,0.518768,0.241714,0.10122,0.331549,0.304367,-0.085331,-0.083607],
  bias: -0.859254,
};
