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
  mean: [0.17981,0.198951,0.192998,0.186206,0.160495,0.254279,0.729944,1.430679,0.225828,0.135376,0.046559,0.091849,0.109903,0.029062,0.041788,0.175118,0.651349,2.52233,0.003626,0.033985,0.348917,0.41625,0.233382,0.05835,1.755263,0.80214,0.505879,0.05262,0.066002,0.991929,1.077449,0.192229,0.244648,0.200361,0.499701,-0.103988,0.734706,0.440773,0.205001,-0.12751,0.039463],
  scale: [0.20264,0.204743,0.200677,0.198103,0.196905,0.224954,0.186297,0.582106,0.38604,0.273071,0.210692,0.288813,0.312768,0.16798,0.200104,0.380068,0.224495,0.451382,0.043417,0.181192,0.279187,0.247688,0.204932,0.234404,0.686069,0.665386,0.755444,0.197829,0.248286,1.083421,1.223838,0.247192,0.21535,0.26379,0.322989,0.305735,0.289041,0.30658,0.403702,0.288174,0.231217],
  weights: [-2.098741,1.66069,1.395014,0.18943,-0.496513,-0.084252,0.2176,1.528272,-0.165138,0.116777,-0.036039,0.398504,-0.017089,0.132594,-0.008814,-0.029569,-0.12882,-0.078923,-0.253423,0.19358,-0.029708,-0.437974,0.178389,-0.252433,-1.653207,0.560422,-0.320074,0.039257,0.099752,-1.092821,1.791144,0.157202,0.044802,-0.270059,0.09161,0.136694,0.0696,0.388107,-0.277539,0.479277,-0.176295],
  bias: -0.931158,
};
