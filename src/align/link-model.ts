// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one.
// The threshold was chosen by five-fold cross-validation over the annotated events as the lowest whose
// grouped pairs reach precision 0.9; JOIN_MIN was set beforehand, not tuned.
import type { LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.7;
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5196 candidate pairs, 1324 stating one fact; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.190729,0.21417,0.206444,0.202414,0.174406,0.265264,0.725334,1.499322,0.21314,0.140855,0.041255,0.110563,0.12339,0.032831,0.048459,0.197875,0.666403,2.567833,0.003998,0.041184,0.348284,0.410344,0.245806,0.074761,1.783238,0.82426,0.569777,0.059175,0.073281,1.102622,1.173992,0.211551,0.256143,0.219194,0.522392,-0.089163,0.752701,0.468475,0.233457,-0.11426,0.051355],
  scale: [0.219975,0.221148,0.217242,0.214441,0.213999,0.236211,0.189174,0.5948,0.380485,0.287087,0.198879,0.313591,0.328885,0.178194,0.214733,0.398397,0.219609,0.42935,0.045741,0.198717,0.284987,0.252575,0.220083,0.263006,0.723284,0.701618,0.801503,0.209005,0.260597,1.130582,1.276965,0.259519,0.229247,0.274288,0.327213,0.320744,0.28568,0.314555,0.42303,0.305654,0.252337],
  weights: [-2.018554,1.630875,1.288885,0.171464,-0.368905,0.053816,0.204269,1.388062,-0.14081,0.109865,-0.050674,0.3906,-0.019698,0.072198,-0.00614,-0.027937,-0.160821,-0.038888,-0.258943,0.194365,-0.033002,-0.458709,0.229481,-0.277369,-1.711017,0.563869,-0.411941,0.076428,0.101526,-0.809423,1.656917,0.187699,0.008034,-0.382772,0.047576,0.191318,0.069212,0.475353,-0.311448,0.456524,-0.204583],
  bias: -0.618761,
};
