// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.75 of an annotated one.
// The threshold was chosen by five-fold cross-validation over the annotated events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.7;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.75 of an annotated one",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.209525,0.233814,0.224702,0.221656,0.191942,0.284204,0.73211,1.556138,0.230792,0.157318,0.040037,0.114405,0.119514,0.040659,0.055556,0.192997,0.673173,2.589991,0.003708,0.044432,0.338414,0.401282,0.264493,0.083706,1.856351,0.879335,0.645153,0.061597,0.081791,1.209871,1.300168,0.233379,0.274565,0.241759,0.54683,-0.066246,0.76738,0.495738,0.269338,-0.09155,0.070038],
  scale: [0.238924,0.239402,0.2358,0.23251,0.233238,0.252023,0.187223,0.623241,0.397172,0.304976,0.196045,0.318302,0.324392,0.197498,0.229062,0.394651,0.219827,0.430506,0.044065,0.206053,0.28398,0.254934,0.237029,0.276946,0.766913,0.735661,0.856034,0.211642,0.274046,1.192141,1.357413,0.274153,0.244978,0.288532,0.333689,0.33346,0.282919,0.325844,0.443616,0.319851,0.266117],
  weights: [-2.046857,1.832944,1.414896,0.226831,-0.500095,0.016905,0.178654,1.330732,-0.134268,0.107072,-0.056852,0.376146,-0.034373,0.029143,0.008388,0.000549,-0.180868,-0.046059,-0.258114,0.208597,-0.018713,-0.429192,0.155568,-0.285173,-1.761873,0.645254,-0.533376,0.075609,0.088869,-0.719441,1.722843,0.276195,0.15425,-0.520298,0.027998,0.148624,0.043901,0.484657,-0.329502,0.467115,-0.149128],
  bias: -0.407248,
};
