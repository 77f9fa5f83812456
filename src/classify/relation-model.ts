// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3471 aligned sentence pairs as agreements, 2013 edited pairs: 947 contradictions, 1066 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.55;
export const PAIRS_CONFLICT_THRESHOLD = 0.5;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3471 aligned sentence pairs as agreements, 2013 edited pairs: 947 contradictions, 1066 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.554549,0.668083,0.614138,0.521399,1.30918,0.654893,0.093688,2.426868,0.807349,0.513176,0.316181,0.331866,0.235885,0.292743,0.078622,0.010738,0.124248,0.0028,0.059721,0.005262,0.058887,0.049471,0.139163,0.013926,0.030973,0.040434,0.000375,0.021811,0.033159,0.002494,0.000821,0.000091],
  scale: [0.238412,0.222736,0.187081,0.260774,0.475312,0.766038,0.291394,0.569354,0.175443,0.499826,0.340707,0.345115,0.276819,0.547871,0.269149,0.103066,0.329865,0.05284,0.236969,0.072346,0.235413,0.21685,0.374603,0.117183,0.173244,0.196976,0.019373,0.146068,0.17905,0.049878,0.028634,0.009548],
  weights: [-0.368358,-0.120102,-0.18888,-1.003889,-0.358883,0.111846,0.311283,-0.372593,-0.035928,2.208347,-0.597084,-0.323641,0.566877,0.14435,0.068254,0.597836,-0.204865,0.047029,0.104876,0.439976,1.162765,-0.354083,0.462119,0.299992,1.053887,1.382134,0.036095,0.662584,1.880435,0.373094,0.181135,0.028136],
  bias: -0.804758,
};
