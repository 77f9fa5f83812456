// The relation model's part of `npm run train`: fits it by the recipe, chooses its two thresholds
// and writes src/classify/relation-model.ts (weights, thresholds and what they were trained on).
import { loadGoldCases } from '../gold/load.js';
import { linearModelLiteral } from '../shared.js';
import { choosePairsThreshold, describeTraining, FOLDS, fitRelationModel, GRID, L2, outOfFold, relationExamples } from './recipe.js';
import { bestThreshold, FALSE_CONFLICT_COST, scoreDevReplay, scoreEvents } from './gold-threshold.js';

/** Fits the relation model and hands the weights file to `write` (which writes it, or checks it in --check mode). */
export function trainRelationModel(write: (file: string, content: string) => void): void {
  const examples = relationExamples();
  const cases = loadGoldCases();
  if (!examples || cases.length === 0) {
    console.log('skipped: the relation model needs ../shared/data (ANS, ANT) and the annotated events; the committed weights stay as they are');
    return;
  }
  const fitted = fitRelationModel(examples);
  const trainedOn = describeTraining(examples);
  const model = { id: 'relation/1', trainedOn, ...fitted };
  const pairs = choosePairsThreshold(examples, outOfFold(examples));
  const replay = scoreDevReplay(model);
  const compare = GRID[bestThreshold(scoreEvents(cases, model), replay)];
  const files = [...new Set(cases.map((c) => c.file))].join(', ');
  write(
    'src/classify/relation-model.ts',
    `// The relation model: the probability that two aligned claims contradict each other.
// Written by \`npm run train\` (scripts/train.ts, recipe in eval/classify/); do not edit by hand.
// Logistic regression (L2 ${L2}) over the features of relation-features.ts, fitted on
// ${trainedOn}; both sources weigh the same.
// PAIRS_CONFLICT_THRESHOLD (claimdiff pairs): the best agree/disagree macro-F1 on ANS train by
// ${FOLDS}-fold cross-validation. CONFLICT_THRESHOLD (compare): the most annotated conflicts found
// (claim groups and the figures table together), a false conflict costing ${FALSE_CONFLICT_COST}, over the
// ${cases.length} annotated events (${files}); the model never saw them${replay ? `;
// plus the read pairs of the development replay (eval/wild/conflicts-dev.json) still reported, a pair
// read as real a conflict found, one read as invented a false conflict` : ''}.
// Figures: npx tsx eval/classify/cv.ts (the events leave-one-out).
import type { LinearModel } from '../types.js';

export const CONFLICT_THRESHOLD = ${compare};
export const PAIRS_CONFLICT_THRESHOLD = ${pairs};

export const relationModel: LinearModel = ${linearModelLiteral({ ...model, trainedOn })};
`,
  );
}
