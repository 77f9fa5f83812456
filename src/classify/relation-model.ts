// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 398 unannotated multi-outlet ANT events (3454 aligned sentence pairs as agreements, 1918 edited pairs: 866 contradictions, 1052 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 398 unannotated multi-outlet ANT events (3454 aligned sentence pairs as agreements, 1918 edited pairs: 866 contradictions, 1052 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.55936,0.675064,0.61657,0.515411,1.306045,0.634119,0.091935,2.420819,0.802985,0.511395,0.314544,0.330083,0.235819,0.29126,0.078425,0.012204,0.135244,0.004137,0.071626,0.003858,0.065331,0.066283,0.157037,0.01189,0.034549,0.042732,0.001038,0.025297,0.024183,0.004023,0.000745,0.000093,0.001738,0.017689,0.025419,0.015787],
  scale: [0.238264,0.219036,0.188599,0.261257,0.474838,0.740229,0.288934,0.566708,0.177712,0.49987,0.34001,0.344281,0.277024,0.546785,0.268839,0.109797,0.341984,0.064188,0.257867,0.061992,0.247109,0.248777,0.388223,0.108391,0.182634,0.202253,0.032198,0.157026,0.153617,0.063301,0.027277,0.009647,0.041655,0.131817,0.157393,0.124652],
  weights: [-0.151942,-0.045164,-0.51129,-1.06537,-0.384409,-0.002262,0.282822,-0.314225,-0.001086,2.182421,-1.049529,0.118966,0.63793,0.216209,0.113726,0.717093,-0.257423,0.052792,0.024383,0.407513,1.266803,-0.357012,0.583054,0.300677,1.270531,1.609382,0.00112,0.790424,1.676038,0.561798,0.295887,0.112155,0.331585,0.3058,-0.071188,-0.080267],
  bias: -0.850469,
};
