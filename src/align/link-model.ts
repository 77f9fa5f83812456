// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one.
// The threshold was chosen by five-fold cross-validation over the annotated events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.7;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.17981,0.198951,0.192998,0.186206,0.160495,0.254279,0.729944,1.430679,0.227765,0.138247,0.044461,0.091172,0.11058,0.029062,0.04276,0.174146,0.651349,2.52233,0.003626,0.033985,0.348917,0.41625,0.233382,0.05835,1.755263,0.80214,0.505879,0.05262,0.066002,0.991929,1.077449,0.192229,0.244648,0.200361,0.499701,-0.103988,0.734706,0.440773,0.205001,-0.12751,0.039463],
  scale: [0.20264,0.204743,0.200677,0.198103,0.196905,0.224954,0.186297,0.582106,0.38706,0.276509,0.206117,0.287853,0.313612,0.16798,0.202315,0.379235,0.224495,0.451382,0.043417,0.181192,0.279187,0.247688,0.204932,0.234404,0.686069,0.665386,0.755444,0.197829,0.248286,1.083421,1.223838,0.247192,0.21535,0.26379,0.322989,0.305735,0.289041,0.30658,0.403702,0.288174,0.231217],
  weights: [-2.089419,1.65704,1.380539,0.198875,-0.492286,-0.076859,0.215725,1.52885,-0.181009,0.116494,-0.024174,0.404829,-0.018536,0.131997,-0.018352,-0.029632,-0.129708,-0.077963,-0.253741,0.190929,-0.031715,-0.435164,0.170651,-0.253649,-1.643035,0.55543,-0.323095,0.037758,0.099424,-1.099867,1.803448,0.14836,0.050591,-0.268248,0.087238,0.142322,0.067695,0.390412,-0.278891,0.475468,-0.174114],
  bias: -0.93095,
};
