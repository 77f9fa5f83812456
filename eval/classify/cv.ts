// The relation model's honest figures: five-fold cross-validation on its training data (ANS train
// agree/disagree macro-F1 at the `pairs` threshold; how often real aligned ANT pairs and each kind
// of edited pair are called conflicts at the `compare` threshold), and the annotated events
// leave-one-event-out (each event typed at the `compare` threshold chosen on the other events;
// conflicts found in its claim groups or its figures table, as the reference scorer counts them),
// the development replay's read pairs joining every fold's objective; then the objective at each
// threshold of the grid (annotated events, and the replay's pairs read real / invented still reported).
// Run: npx tsx eval/classify/cv.ts
import { loadGoldCases } from '../gold/load.js';
import { addCounts, emptyCounts } from '../gold/score.js';
import { choosePairsThreshold, crossValidation, fitRelationModel, outOfFold, relationExamples } from './recipe.js';
import { FALSE_CONFLICT_COST, leaveOneEventOut, objective, scoreDevReplay, scoreEvents } from './gold-threshold.js';
import { GRID } from './recipe.js';
import { CONFLICT_THRESHOLD } from '../../src/classify/relation-model.js';
import { fmt } from '../shared.js';

const examples = relationExamples();
const cases = loadGoldCases();
if (examples && cases.length > 0) {
  const probs = outOfFold(examples);
  const pairs = choosePairsThreshold(examples, probs);
  const cv = crossValidation(examples, probs, { pairs, compare: CONFLICT_THRESHOLD });
  console.log(`relation model, ${examples.length} training pairs, 5-fold cross-validation:`);
  console.log(`  ANS train agree/disagree macro-F1 ${fmt(cv.ansMacroF1)} at the pairs threshold ${pairs}`);
  console.log(`  at the compare threshold ${CONFLICT_THRESHOLD}: share of pairs called conflicts, by kind`);
  for (const [source, s] of [...cv.bySource].sort()) console.log(`    ${source.padEnd(18)} ${fmt(s.flagged / s.n)}  (n=${s.n})`);
  const model = { id: 'cv', trainedOn: 'cv', ...fitRelationModel(examples) };
  const events = scoreEvents(cases, model);
  const replay = scoreDevReplay(model);
  const loeo = leaveOneEventOut(events, replay);
  console.log('annotated events (claim groups and the figures table), each typed at the compare threshold chosen on the others:');
  const byFile = new Map<string, typeof loeo>();
  for (const e of loeo) (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
  let all = emptyCounts();
  for (const [file, list] of byFile) {
    const sum = list.reduce((s, e) => addCounts(s, e.counts), emptyCounts());
    all = addCounts(all, sum);
    const detail = list.map((e) => `${e.name} ${e.counts.conflictsFound}/${e.counts.conflictFacts}${e.counts.falseConflicts ? ` (${e.counts.falseConflicts} false)` : ''} @${e.threshold}`).join(', ');
    console.log(`  ${file}: conflicts found ${sum.conflictsFound}/${sum.conflictFacts}, false conflicts ${sum.falseConflicts}   ${detail}`);
  }
  console.log(`  all: conflicts found ${all.conflictsFound}/${all.conflictFacts}, false conflicts ${all.falseConflicts}`);
  const values = objective(events, replay);
  console.log(`the compare threshold's objective (conflicts found - ${FALSE_CONFLICT_COST} x false; the development replay's read pairs ${replay ? 'included' : 'absent'}):`);
  GRID.forEach((t, k) => {
    const c = events.reduce((s, e) => addCounts(s, e.byThreshold[k]), emptyCounts());
    const r = replay ? `, replay read real ${replay[k].trueKept} / invented ${replay[k].falseKept} still reported` : '';
    console.log(`  ${t.toFixed(2)}: ${values[k]}  (annotated ${c.conflictsFound}/${c.conflictFacts}, ${c.falseConflicts} false${r})`);
  });
} else {
  console.log('skipped: the relation model evaluation needs ../shared/data (ANS, ANT) and the annotated events');
}
