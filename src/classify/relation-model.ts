// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1869 edited pairs: 826 contradictions, 1043 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3271 aligned sentence pairs as agreements, 1869 edited pairs: 826 contradictions, 1043 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571426,0.687182,0.62535,0.501808,1.292814,0.635629,0.093791,2.422772,0.806259,0.514135,0.316453,0.332107,0.236771,0.293813,0.078911,0.012235,0.146308,0.004563,0.074757,0.004953,0.06417,0.069784,0.14921,0.011504,0.03502,0.043679,0.000775,0.025047,0.021717,0.003692,0.000486,0.000097,0.001738,0.018308,0.024085,0.015263],
  scale: [0.237804,0.216631,0.190011,0.262524,0.479547,0.741238,0.291538,0.569339,0.176569,0.4998,0.340354,0.344655,0.277195,0.549517,0.269599,0.109935,0.353415,0.067399,0.262999,0.0702,0.245055,0.254783,0.376963,0.10664,0.18383,0.20438,0.027834,0.156269,0.145758,0.060651,0.022049,0.009862,0.041655,0.134063,0.153312,0.122595],
  weights: [-0.257679,0.006053,-0.443143,-1.056575,-0.383581,0.1305,0.293292,-0.358811,0.045796,2.245983,-0.989058,-0.004719,0.631768,0.130203,0.105963,0.761572,-0.2821,0.054717,0.00311,0.466845,1.19954,-0.382722,0.607515,0.296668,1.239038,1.657996,0.014727,0.765658,1.535816,0.518838,0.241713,0.101187,0.331682,0.305752,-0.085507,-0.083465],
  bias: -0.860631,
};
