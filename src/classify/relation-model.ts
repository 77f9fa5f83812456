// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3195 aligned sentence pairs as agreements, 1895 edited pairs: 855 contradictions, 1040 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3195 aligned sentence pairs as agreements, 1895 edited pairs: 855 contradictions, 1040 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.573553,0.691379,0.626322,0.499764,1.295274,0.645448,0.09445,2.41491,0.803634,0.516573,0.318625,0.334329,0.23713,0.294398,0.079133,0.012818,0.146578,0.004695,0.07523,0.004499,0.069607,0.061471,0.155145,0.014839,0.034222,0.044343,0.000484,0.025389,0.023995,0.002642,0.000688,0.000098,0.001738,0.017207,0.023777,0.015565],
  scale: [0.236322,0.21329,0.189481,0.260747,0.482759,0.746838,0.292454,0.566398,0.180016,0.499725,0.341265,0.3455,0.277187,0.54979,0.269946,0.11249,0.353685,0.06836,0.263763,0.066921,0.254483,0.240193,0.386393,0.120909,0.181798,0.205856,0.022006,0.157305,0.153033,0.051335,0.026214,0.009911,0.041655,0.130041,0.152353,0.123785],
  weights: [-0.038901,-0.051135,-0.591901,-1.005811,-0.392247,0.070917,0.308595,-0.346394,-0.003067,2.185626,-1.147146,0.230899,0.59596,0.163129,0.095446,0.766807,-0.278359,0.055313,-0.011925,0.42499,1.232508,-0.343271,0.591381,0.316732,1.205097,1.718108,0.081788,0.791308,1.468204,0.567252,0.274663,0.101823,0.330727,0.311037,-0.059739,-0.081386],
  bias: -0.814499,
};
