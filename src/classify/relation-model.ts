// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3471 aligned sentence pairs as agreements, 2014 edited pairs: 948 contradictions, 1066 agreements); both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// 5-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing 2, over the
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2); the model never saw them.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = 0.6;
export const PAIRS_CONFLICT_THRESHOLD = 0.5;

export const relationModel: LinearModel = {
  id: "relation/1",
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 400 unannotated multi-outlet ANT events (3471 aligned sentence pairs as agreements, 2014 edited pairs: 948 contradictions, 1066 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival"],
  mean: [0.554527,0.66806,0.614119,0.521428,1.309206,0.655009,0.093685,2.426875,0.807365,0.513173,0.316178,0.331863,0.235884,0.292742,0.078622,0.010828,0.124233,0.0028,0.059711,0.005261,0.05888,0.049463,0.139144,0.013925,0.030971,0.040432,0.000375,0.021811,0.033155,0.002494,0.00082,0.000091],
  scale: [0.238416,0.222742,0.187084,0.260783,0.475301,0.766101,0.291389,0.569352,0.175438,0.499826,0.340706,0.345114,0.276819,0.54787,0.269148,0.103491,0.329847,0.052837,0.236951,0.072341,0.235399,0.216833,0.37458,0.11718,0.17324,0.196969,0.019373,0.146066,0.179041,0.049875,0.028631,0.009547],
  weights: [-0.375831,-0.113644,-0.189848,-1.00037,-0.359919,0.115528,0.312041,-0.372488,-0.031009,2.210795,-0.598208,-0.321976,0.563392,0.141842,0.067446,0.60403,-0.204759,0.047047,0.10258,0.439632,1.162086,-0.354512,0.461721,0.299972,1.053144,1.381318,0.035951,0.662278,1.879319,0.372677,0.18098,0.02817],
  bias: -0.803882,
};
