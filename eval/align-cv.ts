// Leave-one-event-out evaluation of the link model on every annotated event: for each event, the
// training recipe runs on all the others (model and threshold), the held-out event is grouped and
// scored as ../shared/gold/score.py scores it. No event is ever scored by a model that saw it.
// Run: npx tsx eval/align-cv.ts
import { predict } from '../src/model/logistic.js';
import { loadGoldCases } from './gold/load.js';
import { addCounts, emptyCounts, summaryLine } from './gold/score.js';
import { eventPairs } from './align/dataset.js';
import { diceBaseline } from './align/dice-baseline.js';
import { chooseThreshold, fitLinkModel, scoreGrouping } from './align/recipe.js';
import { defaultAlignOptions } from '../src/align/align.js';

const cases = loadGoldCases();
if (cases.length > 0) {
  const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
  const totals = new Map<string, ReturnType<typeof emptyCounts>>();
  events.forEach((held, k) => {
    const train = events.filter((_, m) => m !== k);
    const model = fitLinkModel(train);
    const threshold = chooseThreshold(train);
    const counts = scoreGrouping(held, held.pairs.map((p) => predict(model, p.x)), threshold);
    console.log(`   ${held.gold.event.name} (threshold ${threshold}) recall ${counts.found}/${counts.goldPairs} precision ${counts.correct}/${counts.predictedPairs}`);
    for (const key of [held.gold.file.startsWith('ant') ? 'Arabic (ANT)' : 'English (BASIL)', held.gold.file.endsWith('dev-1') || held.gold.file.endsWith('dev-2') || held.gold.file === 'basil-dev' ? 'shared gold (9 events)' : 'own annotations', 'all']) {
      totals.set(key, addCounts(totals.get(key) ?? emptyCounts(), counts));
    }
  });
  for (const [key, c] of totals) console.log(`leave-one-event-out, ${key}: ${summaryLine(0, c).replace(/^0 annotated events: /, '').replace(/, conflicts.*$/, '')}`);
  for (const t of [0.4, 0.5]) {
    const b = diceBaseline(cases, t);
    console.log(`Dice >= ${t} on all claim pairs: pair recall ${(b.found / b.goldPairs).toFixed(2)} (${b.found}/${b.goldPairs}), precision ${(b.correct / b.predicted).toFixed(2)} (${b.correct}/${b.predicted})`);
  }
}
