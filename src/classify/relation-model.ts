// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3268 aligned sentence pairs as agreements, 1897 edited pairs: 853 contradictions, 1044 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3268 aligned sentence pairs as agreements, 1897 edited pairs: 853 contradictions, 1044 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.570002,0.685883,0.624824,0.502903,1.29467,0.638583,0.093224,2.422037,0.805572,0.514337,0.316974,0.332545,0.23643,0.292702,0.078704,0.012093,0.146466,0.004257,0.07462,0.005128,0.068074,0.061067,0.158042,0.011689,0.034784,0.043206,0.000967,0.025796,0.023596,0.002322,0.000387,0.000097,0.001738,0.017302,0.024381,0.01584],
  scale: [0.238511,0.216704,0.190085,0.262325,0.480346,0.742684,0.290746,0.569632,0.177077,0.499794,0.34087,0.345082,0.277027,0.548543,0.269277,0.109303,0.353572,0.065103,0.262778,0.071425,0.251872,0.239453,0.389416,0.107483,0.183232,0.203321,0.031083,0.158528,0.151786,0.04813,0.019674,0.009838,0.041655,0.130394,0.15423,0.124855],
  weights: [-0.249461,-0.048671,-0.426848,-1.023399,-0.403665,0.069489,0.283023,-0.332312,0.012905,2.239462,-0.916737,-0.023123,0.611714,0.166386,0.113879,0.728088,-0.261988,0.059864,0.017407,0.513549,1.24433,-0.333747,0.62398,0.296665,1.243629,1.631446,0.016291,0.854101,1.62762,0.378601,0.236863,0.100203,0.332002,0.309894,-0.054161,-0.080068],
  bias: -0.812604,
};
