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
  mean: [0.142235,0.163312,0.159197,0.152276,0.128728,0.216902,0.708989,1.355769,0.168905,0.095613,0.044557,0.101819,0.133804,0.012862,0.030351,0.210909,0.646119,2.51345,0.007583,0.04209,0.373409,0.433581,0.197703,0.052139,1.59882,0.685333,0.378059,0.053187,0.051504,0.830189,0.8536,0.155839,0.208765,0.161588,0.462325,-0.147023,0.715026,0.39965,0.142961,-0.170953,0.003565],
  scale: [0.15137,0.154388,0.150319,0.147987,0.144627,0.18117,0.192476,0.485906,0.330733,0.223857,0.20633,0.30241,0.340442,0.112679,0.17155,0.407954,0.218176,0.4224,0.062941,0.200795,0.286069,0.244972,0.159385,0.222308,0.555397,0.582086,0.600575,0.20234,0.221024,0.900178,0.9728,0.207612,0.173729,0.224042,0.301725,0.277157,0.289111,0.272206,0.350033,0.256681,0.205298],
  weights: [-1.803482,1.101444,0.712313,0.160446,-0.162595,0.093458,0.232487,1.387064,-0.16613,0.094528,-0.043574,0.429712,0.013904,0.176947,-0.059295,-0.102994,-0.13091,-0.048399,-0.305987,0.273872,-0.102602,-0.581736,0.50363,-0.232117,-1.240733,0.320081,-0.083571,0.062934,0.163802,-0.89249,1.339686,-0.087634,-0.390445,-0.042409,0.104411,0.270576,0.155352,0.476906,-0.194331,0.379599,-0.252681],
  bias: -1.125789,
};
