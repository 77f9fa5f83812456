// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one.
// The threshold was chosen by five-fold cross-validation over the annotated events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.65;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.17981,0.198951,0.192998,0.186206,0.160495,0.254279,0.729944,1.430679,0.238322,0.144125,0.056922,0.091172,0.11058,0.029062,0.043457,0.173628,0.651349,2.52233,0.003626,0.033985,0.348917,0.41625,0.233382,0.05835,1.755263,0.80214,0.505879,0.05262,0.066002,0.991929,1.077449,0.192229,0.244648,0.200361,0.499701,-0.103988,0.734706,0.440773,0.205001,-0.12751,0.039463],
  scale: [0.20264,0.204743,0.200677,0.198103,0.196905,0.224954,0.186297,0.582106,0.393299,0.279762,0.231693,0.287853,0.313612,0.16798,0.203883,0.378789,0.224495,0.451382,0.043417,0.181192,0.279187,0.247688,0.204932,0.234404,0.686069,0.665386,0.755444,0.197829,0.248286,1.083421,1.223838,0.247192,0.21535,0.26379,0.322989,0.305735,0.289041,0.30658,0.403702,0.288174,0.231217],
  weights: [-2.070578,1.639892,1.366688,0.207823,-0.493683,-0.071021,0.218226,1.531714,-0.170893,0.085882,-0.111444,0.400486,-0.024293,0.127535,-0.027807,-0.031943,-0.13284,-0.068889,-0.255678,0.189636,-0.02758,-0.436071,0.178751,-0.258406,-1.637342,0.54701,-0.316476,0.035597,0.101446,-1.094837,1.794957,0.151899,0.064751,-0.278153,0.089979,0.140448,0.069094,0.368146,-0.267074,0.477059,-0.180852],
  bias: -0.934377,
};
