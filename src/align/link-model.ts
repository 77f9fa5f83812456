// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5189 candidate pairs, 1322 stating one fact.
// The threshold was chosen by five-fold cross-validation over those events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.75;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: 'link/1',
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5189 candidate pairs, 1322 stating one fact",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.142235,0.163312,0.159197,0.152276,0.128728,0.216902,0.708989,1.355769,0.168905,0.095613,0.044557,0.100164,0.138324,0.012862,0.030351,0.210909,0.646119,2.51345,0.007583,0.04209,0.373409,0.433581,0.197703,0.052139,1.59882,0.685333,0.378059,0.053187,0.051504,0.830189,0.8536,0.155839,0.208765,0.161588,0.462325,-0.147023,0.715026,0.39965,0.142961,-0.170953,0.003565],
  scale: [0.15137,0.154388,0.150319,0.147987,0.144627,0.18117,0.192476,0.485906,0.330733,0.223857,0.20633,0.300218,0.34524,0.112679,0.17155,0.407954,0.218176,0.4224,0.062941,0.200795,0.286069,0.244972,0.159385,0.222308,0.555397,0.582086,0.600575,0.20234,0.221024,0.900178,0.9728,0.207612,0.173729,0.224042,0.301725,0.277157,0.289111,0.272206,0.350033,0.256681,0.205298],
  weights: [-1.813212,1.107059,0.713597,0.155057,-0.153844,0.091519,0.233875,1.390421,-0.167409,0.095581,-0.038103,0.424999,0.021483,0.175614,-0.059821,-0.101355,-0.127066,-0.053079,-0.306622,0.272869,-0.104699,-0.58344,0.498663,-0.232405,-1.24654,0.32307,-0.0838,0.061201,0.162494,-0.897481,1.346611,-0.082794,-0.385859,-0.042656,0.103718,0.275621,0.157097,0.475961,-0.196323,0.377373,-0.254086],
  bias: -1.127873,
};
