// The relation model: the probability that two aligned claims contradict each other.
// Written by `npm run train` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 1) over the features of relation-features.ts, fitted on
// ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3261 aligned sentence pairs as agreements, 1854 edited pairs: 807 contradictions, 1047 agreements); both sources weigh the same.
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
  trainedOn: "ANS stance train (2589 pairs, 1686 contradictions) and 395 unannotated multi-outlet ANT events (3261 aligned sentence pairs as agreements, 1854 edited pairs: 807 contradictions, 1047 agreements)",
  features: ["coverMin","coverMax","dice","changed","hunks","swaps","onlySwap","minLength","lengthRatio","short","shortCover","shortDice","shortChanged","shortSwaps","shortOnlySwap","numberRival","numberAgree","numberVague","numberApart","dateRival","negationOne","negationBoth","negationCountGap","failureOne","antonymSameActor","antonymUnknownActor","antonymOtherActor","placeSwap","nationalitySwap","personSwap","organisationSwap","speakerRival","roleSwap","kindSwap","hedgeOne","questionOne"],
  mean: [0.571284,0.687463,0.625345,0.50173,1.294794,0.635773,0.094266,2.423506,0.805604,0.51354,0.316116,0.33177,0.23641,0.292491,0.078826,0.011401,0.146149,0.004385,0.075286,0.004678,0.064529,0.069597,0.14938,0.011807,0.034378,0.043863,0.000875,0.024486,0.021286,0.004098,0.000587,0.000196,0.001738,0.018444,0.024567,0.015951],
  scale: [0.238039,0.216162,0.19015,0.262143,0.480942,0.740385,0.292198,0.570515,0.177092,0.499817,0.34039,0.344738,0.277019,0.547798,0.269467,0.106166,0.353256,0.066071,0.263852,0.068234,0.245693,0.254467,0.378238,0.108016,0.182199,0.204789,0.029568,0.154553,0.144337,0.063888,0.024211,0.013981,0.041655,0.134552,0.154801,0.125285],
  weights: [-0.288131,-0.077034,-0.31681,-1.020075,-0.390467,0.047267,0.330359,-0.323029,-0.017852,2.320204,-0.802401,-0.210708,0.601391,0.190878,0.068772,0.731132,-0.270089,0.051656,0.001188,0.479201,1.215209,-0.395074,0.618927,0.298931,1.268874,1.643685,-0.006189,0.741435,1.540201,0.551101,0.280411,0.157155,0.331491,0.313084,-0.070555,-0.08041],
  bias: -0.866951,
};
