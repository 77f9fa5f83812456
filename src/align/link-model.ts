// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5188 candidate pairs, 1322 stating one fact.
// The threshold was chosen by five-fold cross-validation over those events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.75;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: 'link/1',
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5188 candidate pairs, 1322 stating one fact",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.142263,0.16334,0.159168,0.152261,0.128687,0.216894,0.709012,1.355324,0.16895,0.095632,0.044486,0.101819,0.133728,0.012866,0.030353,0.210726,0.64622,2.513342,0.007597,0.042091,0.373319,0.433718,0.197685,0.052139,1.598461,0.686415,0.378085,0.053187,0.051511,0.829919,0.853266,0.155807,0.208731,0.16153,0.462192,-0.147044,0.715116,0.399668,0.142978,-0.170964,0.00357],
  scale: [0.151362,0.154376,0.150324,0.148002,0.144635,0.181177,0.192416,0.486165,0.330765,0.223869,0.206172,0.30241,0.34036,0.112696,0.171556,0.407824,0.218216,0.422506,0.063,0.200797,0.286092,0.244989,0.159392,0.222308,0.555451,0.582321,0.600575,0.20234,0.221038,0.900254,0.972871,0.207634,0.173716,0.224081,0.301592,0.277138,0.289068,0.272202,0.35005,0.256711,0.205302],
  weights: [-1.795934,1.101665,0.702154,0.160276,-0.147479,0.095377,0.240281,1.38266,-0.164848,0.093555,-0.043431,0.430459,0.013985,0.177453,-0.059291,-0.102874,-0.133629,-0.042885,-0.305934,0.273277,-0.102628,-0.582349,0.495233,-0.233216,-1.246648,0.30504,-0.085945,0.063213,0.164319,-0.900184,1.35613,-0.088647,-0.388735,-0.040633,0.109662,0.2696,0.15728,0.47753,-0.196732,0.379711,-0.255425],
  bias: -1.126531,
};
