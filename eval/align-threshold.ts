// The link threshold per language, grid by grid: the annotated events' grouped pairs under the
// recipe's five-fold cross-validation (as chooseThreshold counts them), each language apart, and the
// read English development samples (AllSides: eval/wild/groups-allsides-{28,29,33}.json) grouped
// with a model fitted as `npm run train` fits it (annotated events and the read ANT development
// sample), their read pairs still grouped counted as eval/wild-groups.ts counts them.
// Run: npx tsx eval/align-threshold.ts
import path from 'node:path';
import { predict } from '../src/model/logistic.js';
import { defaultAlignOptions } from '../src/align/align.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs } from './align/dataset.js';
import { fitLinkModel, GRID, JOIN_MIN, scoreGrouping } from './align/recipe.js';
import { addCounts, emptyCounts } from './gold/score.js';
import { allsidesArticles, ROOT } from './shared.js';
import { scoreWildGrouping, wildEvents, wildTrainingEvents } from './align/wild-pairs.js';

const { candidateFloor: floor, maxCandidates } = defaultAlignOptions;
const cases = loadGoldCases();
const corpus = allsidesArticles();
if (cases.length === 0 || !corpus) {
  console.log('skipped: the annotated events or the AllSides crawl are absent');
  process.exit(0);
}
const events = cases.map((g) => eventPairs(g, floor, maxCandidates));
const extra = wildTrainingEvents(floor, maxCandidates);
const folds = 5;
const probs: number[][] = events.map(() => []);
for (let f = 0; f < folds; f += 1) {
  const model = fitLinkModel([...events.filter((_, k) => k % folds !== f), ...extra]);
  events.forEach((e, k) => {
    if (k % folds === f) probs[k] = e.pairs.map((p) => predict(model, p.x));
  });
}
const model = fitLinkModel([...events, ...extra]);
const files = [28, 29, 33].map((s) => path.join(ROOT, 'eval', 'wild', `groups-allsides-${s}.json`));
const wild = files.map((file) => wildEvents(corpus, file, floor, maxCandidates));
const wildProbs = wild.map((evs) => evs.map((e) => e.all.map((p) => predict(model, p.x))));
for (const t of GRID) {
  const line = [`${t.toFixed(2)}`];
  for (const language of ['ar', 'en']) {
    const c = events.reduce((sum, e, k) => (e.gold.language === language ? addCounts(sum, scoreGrouping(e, probs[k], t)) : sum), emptyCounts());
    line.push(`${language} ${c.correct}/${c.predictedPairs} (${(c.correct / Math.max(1, c.predictedPairs)).toFixed(3)}) found ${c.found}`);
  }
  wild.forEach((evs, f) => {
    const c = evs.reduce((s, e, k) => { const r = scoreWildGrouping(e, wildProbs[f][k], t, Math.min(JOIN_MIN, t)); return [s[0] + r.trueKept, s[1] + r.falseKept]; }, [0, 0]);
    line.push(`${path.basename(files[f], '.json').replace('groups-', '')} ${c[0]}/${c[1]}`);
  });
  console.log(line.join('  '));
}
