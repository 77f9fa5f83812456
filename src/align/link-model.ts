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
  mean: [0.17981,0.198951,0.192998,0.186206,0.160495,0.254279,0.729944,1.430679,0.227765,0.138247,0.044461,0.091849,0.109903,0.029062,0.04276,0.174146,0.651349,2.52233,0.003626,0.033985,0.348917,0.41625,0.233382,0.05835,1.755263,0.80214,0.505879,0.05262,0.066002,0.991929,1.077449,0.192229,0.244648,0.200361,0.499701,-0.103988,0.734706,0.440773,0.205001,-0.12751,0.039463],
  scale: [0.20264,0.204743,0.200677,0.198103,0.196905,0.224954,0.186297,0.582106,0.38706,0.276509,0.206117,0.288813,0.312768,0.16798,0.202315,0.379235,0.224495,0.451382,0.043417,0.181192,0.279187,0.247688,0.204932,0.234404,0.686069,0.665386,0.755444,0.197829,0.248286,1.083421,1.223838,0.247192,0.21535,0.26379,0.322989,0.305735,0.289041,0.30658,0.403702,0.288174,0.231217],
  weights: [-2.09647,1.660886,1.383142,0.195418,-0.489378,-0.077621,0.215802,1.528507,-0.180479,0.116955,-0.02407,0.398814,-0.016764,0.131714,-0.018373,-0.028575,-0.129749,-0.077868,-0.253839,0.191062,-0.030588,-0.436757,0.170125,-0.25264,-1.646109,0.559674,-0.320044,0.038173,0.099578,-1.09686,1.796546,0.150171,0.052378,-0.267674,0.089174,0.138189,0.069792,0.388244,-0.277502,0.477849,-0.175831],
  bias: -0.931752,
};
