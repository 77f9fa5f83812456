// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5182 candidate pairs, 1323 stating one fact.
// The threshold was chosen by five-fold cross-validation over those events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.75;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: 'link/1',
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5182 candidate pairs, 1323 stating one fact",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.141986,0.163211,0.159013,0.152349,0.128506,0.216703,0.709256,1.354236,0.167724,0.095279,0.044726,0.100393,0.136999,0.012885,0.030391,0.211322,0.646338,2.512888,0.007585,0.041944,0.372925,0.434037,0.197649,0.052176,1.598389,0.688959,0.375577,0.053288,0.051633,0.828806,0.853028,0.15534,0.208936,0.161568,0.463315,-0.146265,0.715327,0.400409,0.143132,-0.169566,0.003746],
  scale: [0.150715,0.153936,0.149663,0.148095,0.143896,0.18067,0.192347,0.484256,0.329883,0.223817,0.206701,0.300523,0.343846,0.11278,0.171661,0.408246,0.21846,0.42182,0.062951,0.200462,0.285733,0.244964,0.158604,0.222381,0.55457,0.581474,0.597981,0.202507,0.221285,0.899174,0.972616,0.207024,0.173342,0.22384,0.302052,0.275899,0.289412,0.27215,0.350208,0.254049,0.204455],
  weights: [-1.833548,1.162617,0.734164,0.12943,-0.179808,0.086668,0.235943,1.433645,-0.1516,0.082249,-0.036373,0.420468,0.020307,0.172718,-0.062933,-0.11025,-0.109916,-0.064119,-0.305982,0.299697,-0.084657,-0.579484,0.487257,-0.242917,-1.30589,0.366759,-0.050401,0.054198,0.158805,-0.907682,1.321357,-0.018849,-0.396466,-0.066046,0.102262,0.273134,0.157195,0.424359,-0.158334,0.373195,-0.278287],
  bias: -1.108612,
};
