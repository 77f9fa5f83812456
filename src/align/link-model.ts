// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 9924 candidate pairs, 1513 stating one fact.
// The threshold was chosen by five-fold cross-validation over those events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.8;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: 'link/1',
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 9924 candidate pairs, 1513 stating one fact",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.096386,0.114836,0.109636,0.119066,0.087506,0.151145,0.602326,1.148694,0.138613,0.078634,0.046501,0.068227,0.139506,0.006768,0.023006,0.203142,0.64372,2.511729,0.008011,0.027572,0.384723,0.455306,0.141318,0.055801,1.295586,0.455153,0.237951,0.034244,0.03381,0.536941,0.534409,0.09619,0.151253,0.100669,0.337175,-0.215399,0.541778,0.289632,0.082968,-0.227528,-0.0538],
  scale: [0.12492,0.130101,0.126324,0.123358,0.117832,0.158174,0.221291,0.471125,0.298039,0.20406,0.210568,0.252134,0.346474,0.081988,0.149922,0.402338,0.217134,0.407262,0.064244,0.163743,0.281723,0.23737,0.1375,0.229537,0.580749,0.550485,0.495885,0.163639,0.18074,0.792968,0.836589,0.1732,0.149779,0.18686,0.281584,0.277667,0.32759,0.247264,0.275833,0.258808,0.208205],
  weights: [-1.666128,1.07861,0.758449,0.063511,-0.110285,0.137792,0.314893,1.142386,-0.137607,0.07091,-0.062591,0.372333,0.071859,0.115562,-0.085323,-0.11495,-0.107503,0.022311,-0.32938,0.209588,-0.084009,-0.628951,0.46979,-0.200189,-1.147139,0.253882,-0.044807,0.057025,0.162204,-0.536286,0.854398,-0.018621,-0.396971,-0.048951,0.100496,0.331407,0.161316,0.53401,-0.191587,0.375908,-0.416479],
  bias: -2.057283,
};
