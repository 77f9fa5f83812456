// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact.
// The threshold was chosen by five-fold cross-validation over those events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.75;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.142693,0.163971,0.159787,0.153238,0.129591,0.21686,0.708017,1.354125,0.168029,0.098783,0.044368,0.100746,0.133297,0.012827,0.030321,0.210339,0.649103,2.511207,0.00758,0.042208,0.373507,0.433504,0.198051,0.051903,1.596393,0.683511,0.37715,0.052987,0.051531,0.828541,0.85154,0.155768,0.209065,0.161528,0.45994,-0.147727,0.715186,0.398802,0.141761,-0.172296,0.003611],
  scale: [0.151516,0.15465,0.150596,0.148263,0.14496,0.181127,0.192994,0.485723,0.329811,0.22998,0.205911,0.300992,0.339895,0.112526,0.17147,0.407549,0.218097,0.421116,0.062911,0.201064,0.286,0.244923,0.159587,0.221831,0.555354,0.582807,0.59983,0.20198,0.221079,0.899055,0.971791,0.207516,0.174372,0.223875,0.30117,0.277208,0.289251,0.271503,0.348805,0.25699,0.205538],
  weights: [-1.802909,1.126257,0.735274,0.133679,-0.1288,0.097602,0.245558,1.388714,-0.182114,0.129696,-0.042585,0.430074,0.015807,0.176069,-0.060433,-0.100654,-0.13868,-0.026659,-0.301739,0.279461,-0.090138,-0.585308,0.451849,-0.240535,-1.281172,0.307256,-0.067072,0.060312,0.164156,-0.93728,1.382757,-0.106989,-0.376963,-0.025344,0.123068,0.261006,0.156226,0.471093,-0.196507,0.410128,-0.290258],
  bias: -1.122159,
};
