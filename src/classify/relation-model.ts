// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3266 aligned sentence pairs as agreements, 1901 edited pairs: 849 contradictions, 1052 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3266 aligned sentence pairs as agreements, 1901 edited pairs: 849 contradictions, 1052 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570661,0.686372,0.625066,0.502311,1.292791,0.635544,0.094186,2.422873,0.805943,0.513072,0.315935,0.331468,0.236162,0.292021,0.0788,0.012477,0.145456,0.004642,0.074401,0.004836,0.066511,0.068301,0.157132,0.014879,0.034781,0.042813,0.001064,0.02502,0.023494,0.002515,0.000581,0.00029,0.001738,0.017396,0.024471,0.015646],
  scale: [0.238368,0.216637,0.190215,0.262437,0.481159,0.73966,0.292087,0.569514,0.17692,0.499829,0.340516,0.344728,0.277031,0.547754,0.269427,0.111001,0.35256,0.067977,0.262422,0.069373,0.249173,0.252262,0.387859,0.121068,0.183224,0.202435,0.032596,0.156186,0.151465,0.050084,0.024089,0.017036,0.041655,0.130742,0.154506,0.1241],
  weights: [-0.25554,-0.024816,-0.351654,-0.922478,-0.396929,0.050858,0.303088,-0.321494,0.021839,2.454428,-0.929208,-0.156426,0.504636,0.182645,0.094335,0.740302,-0.25634,0.062752,0.016922,0.491666,1.247299,-0.368137,0.604633,0.317698,1.256747,1.600599,0.006912,0.80281,1.610775,0.397002,0.281978,0.191194,0.331415,0.312491,-0.064565,-0.079916],
  bias: -0.821213,
};
