// Leave-one-event-out evaluation of the link model on every annotated event: for each event, the
// training recipe runs on all the others (model and threshold), the held-out event is grouped and
// scored as ../shared/gold/score.py scores it. No event is ever scored by a model that saw it.
// As `npm run train` does, every training also holds the read wild groups (eval/wild/groups-dev.json;
// random ANT events, none of them annotated), unless --no-wild.
// Run: npx tsx eval/align-cv.ts [candidates per other article, default the aligner's] [--no-wild] [--per-language | --pooled]
//   Each held-out event's threshold is its language's, as the shipped recipe chooses it (the lowest
//   reaching the target precision on all training events and on those of its language);
//   --per-language: on the training events of its own language alone (an experiment);
//   --pooled: one threshold over all training events, both languages (the recipe before stop 35)
import { loadGoldCases } from './gold/load.js';
import { eventPairs } from './align/dataset.js';
import { diceBaseline } from './align/dice-baseline.js';
import { leaveOneEventOut, LOEO_GROUPS, rankingLine, recallLine } from './align/loeo.js';
import { defaultAlignOptions } from '../src/align/align.js';
import { wildTrainingEvents } from './align/wild-pairs.js';

const cases = loadGoldCases();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const maxCandidates = args[0] ? Number(args[0]) : defaultAlignOptions.maxCandidates;
if (cases.length > 0) {
  const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, maxCandidates));
  const wild = process.argv.includes('--no-wild') ? [] : wildTrainingEvents(defaultAlignOptions.candidateFloor, maxCandidates);
  const { totals, perEvent, pooled } = leaveOneEventOut(events, undefined, wild, process.argv.includes('--per-language') ? 'language' : process.argv.includes('--pooled') ? 'pooled' : 'recipe');
  for (const e of perEvent) console.log(`   ${e.name} (threshold ${e.threshold}) recall ${e.counts.found}/${e.counts.goldPairs} precision ${e.counts.correct}/${e.counts.predictedPairs}`);
  for (const key of LOEO_GROUPS) if (totals.has(key)) console.log(`leave-one-event-out, ${key}: ${recallLine(totals.get(key)!)}`);
  // Apart from the threshold and grouping: how well held-out probabilities rank the candidates.
  for (const language of ['ar', 'en'] as const) console.log(`held-out ranking of candidates, ${language}: ${rankingLine(pooled, language)}`);
  for (const t of [0.4, 0.5]) {
    const b = diceBaseline(cases, t);
    console.log(`Dice >= ${t} on all claim pairs: pair recall ${(b.found / b.goldPairs).toFixed(2)} (${b.found}/${b.goldPairs}), precision ${(b.correct / b.predicted).toFixed(2)} (${b.correct}/${b.predicted})`);
  }
}
