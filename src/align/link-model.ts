// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5212 candidate pairs, 1323 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one.
// The thresholds were chosen by five-fold cross-validation over the annotated events: LINK_THRESHOLD
// as the lowest whose grouped pairs reach precision 0.9, each language's as the lowest that
// reaches it there and on that language's events alone; JOIN_MIN was set beforehand, not tuned.
import type { Language, LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.7;
/** The threshold of links between two claims of one language (the aligner's default threshold for them). */
export const LINK_LANGUAGE_THRESHOLDS: Readonly<Partial<Record<Language, number>>> = { ar: 0.7, en: 0.75 };
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5212 candidate pairs, 1323 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.180762,0.199919,0.193521,0.185968,0.160876,0.255294,0.728963,1.431228,0.225716,0.137465,0.043883,0.091875,0.110321,0.028978,0.042674,0.174203,0.652144,2.520272,0.003595,0.033984,0.348336,0.417533,0.233771,0.05835,1.755099,0.799754,0.505791,0.052792,0.065578,0.992743,1.077528,0.192291,0.244963,0.200403,0.499885,-0.104468,0.733789,0.441022,0.205397,-0.128196,0.03952],
  scale: [0.202491,0.204497,0.2007,0.198153,0.196839,0.225803,0.186011,0.581941,0.386516,0.276367,0.204834,0.28885,0.313289,0.167745,0.20212,0.379284,0.224812,0.454988,0.043244,0.181189,0.279167,0.247782,0.204984,0.234404,0.686419,0.666696,0.755304,0.198094,0.247543,1.083801,1.224393,0.247127,0.215343,0.263682,0.323358,0.305777,0.289179,0.306708,0.403991,0.288365,0.231175],
  weights: [-2.155984,1.633598,1.407276,0.204958,-0.479847,-0.106901,0.252197,1.598744,-0.166649,0.108531,-0.017737,0.39555,-0.015779,0.138745,-0.016769,-0.025603,-0.128933,-0.10408,-0.24856,0.193611,-0.033438,-0.430216,0.240017,-0.252459,-1.672717,0.55443,-0.329242,0.047875,0.101963,-1.095987,1.794916,0.156052,0.043626,-0.299718,0.087321,0.140308,0.069385,0.348662,-0.238467,0.488502,-0.190141],
  bias: -0.942885,
};
