// The link model: the probability that two claims of different articles state one fact.
// Written by `npm run train` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 10) over the pair features of pair-features.ts, fitted on
// 27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5212 candidate pairs, 1323 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one.
// The thresholds were chosen by five-fold cross-validation over the annotated events: LINK_THRESHOLD
// as the lowest whose grouped pairs reach precision 0.9, each language's as the lowest that
// reaches it there and on that language's events alone; JOIN_MIN was set beforehand, not tuned.
import type { Language, LinearModel } from '../types.js';

export const LINK_THRESHOLD = 0.65;
/** The threshold of links between two claims of one language (the aligner's default threshold for them). */
export const LINK_LANGUAGE_THRESHOLDS: Readonly<Partial<Record<Language, number>>> = { ar: 0.65, en: 0.75 };
export const LINK_JOIN_MIN = 0.15;

export const linkModel: LinearModel = {
  id: "link/1",
  trainedOn: "27 annotated events (ant-dev-1, ant-dev-2, basil-dev, ant-extra-A, ant-extra-B, ant-extra-D, ant-extra-E, basil-extra, basil-extra2): 5212 candidate pairs, 1323 stating one fact, each language weighing the same; 427 read pairs of 10 random ANT events (eval/wild/groups-dev.json), 333 stating one fact, each event weighing 0.5 of an annotated one",
  features: ["cosStem","cosRoot","cosConcept","dice","coverageMin","coverageMax","rareShared","sharedCount","entityShared","entityJaccard","personMismatch","figureAgree","figureRival","quoteShared","sameSpeaker","otherSpeaker","lengthRatio","minLength","heading","leadBoth","positionGap","positionMean","clauseBest","sameOutlet","sharedIdf","sharedRare","sharedBigrams","sharedNumbers","sharedDates","sharedSkip","sharedSkipIdf","localMatch","unitCosine","unitLocal","unitRank","unitMargin","rankBest","rankWorst","mutualBest","marginMin","marginMax"],
  mean: [0.165898,0.183872,0.180408,0.167378,0.141331,0.254725,0.716848,1.225981,0.16772,0.11034,0.03409,0.067378,0.092352,0.016194,0.032852,0.179436,0.605906,2.240971,0.004204,0.027572,0.362085,0.43561,0.20184,0.046639,1.637189,0.716289,0.359349,0.0386,0.045153,0.729456,0.842158,0.153418,0.207799,0.157738,0.430108,-0.153575,0.705292,0.398766,0.159121,-0.166209,0.013054],
  scale: [0.169046,0.171591,0.166433,0.16247,0.159019,0.210785,0.17992,0.540224,0.338379,0.256098,0.181459,0.250675,0.289522,0.12622,0.178249,0.383717,0.235621,0.528808,0.046152,0.163744,0.280935,0.24265,0.172019,0.210864,0.607818,0.588659,0.633061,0.168747,0.207639,0.947109,1.089048,0.222363,0.17978,0.233025,0.302118,0.279963,0.293092,0.286668,0.365788,0.2679,0.205807],
  weights: [-1.707697,1.277932,1.174369,0.241392,-0.275559,-0.305959,0.332618,1.547345,-0.16707,0.115184,-0.047189,0.382243,-0.021713,0.163903,0.038451,-0.065481,-0.269128,0.08025,-0.298605,0.212231,-0.073995,-0.451912,0.333122,-0.193702,-1.714426,0.406096,-0.212559,0.089752,0.105938,-1.214472,1.80297,0.12333,0.055983,-0.311175,0.078709,0.079431,0.080937,0.091229,0.024616,0.40636,-0.061588],
  bias: -1.496296,
};
