// Error analysis of the link model: per annotated event, how many same-fact claim pairs are
// candidates at all (the recall ceiling of the candidate stage), and how a model that never saw the
// event scores those that are (probability bands, same-fact against other-fact candidates), and
// what grouping at fixed thresholds would give with those held-out scores (is the chosen
// threshold, rather than the scores, what bounds recall?).
// Run: npx tsx eval/align-diag.ts [candidates per other article, default the aligner's]
import { predict } from '../src/model/logistic.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs } from './align/dataset.js';
import { wildTrainingEvents } from './align/wild-pairs.js';
import { fitLinkModel, scoreGrouping } from './align/recipe.js';
import { addCounts, emptyCounts } from './gold/score.js';
import { rankingLine, recallLine } from './align/loeo.js';
import { defaultAlignOptions } from '../src/align/align.js';

const cases = loadGoldCases();
if (cases.length === 0) {
  console.log('skipped: no annotated events (../shared/gold is absent)');
  process.exit(0);
}
const maxC = process.argv[2] ? Number(process.argv[2]) : defaultAlignOptions.maxCandidates;
const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, maxC));
// The read wild groups join every training, as in `npm run train`.
const wild = wildTrainingEvents(defaultAlignOptions.candidateFloor, maxC);
const band = [0, 1, 2, 3, 4].map(() => [0, 0]);
const bandOf = (p: number) => [0.2, 0.4, 0.6, 0.75].filter((t) => p >= t).length;
let tot = { gold: 0, cand: 0, hi: 0, mid: 0, neg: 0, negHi: 0 };
const heldOut: number[][] = [];
events.forEach((held, k) => {
  const model = fitLinkModel([...events.filter((_, m) => m !== k), ...wild]);
  const probs = held.pairs.map((p) => predict(model, p.x));
  heldOut.push(probs);
  probs.forEach((p, n) => { band[bandOf(p)][held.labels[n] === 1 ? 0 : 1] += 1; });
  const pos = probs.filter((_, n) => held.labels[n] === 1);
  const gold = pos.length + held.missed;
  const hi = pos.filter((p) => p >= 0.75).length;
  const mid = pos.filter((p) => p >= 0.4 && p < 0.75).length;
  const neg = probs.filter((_, n) => held.labels[n] === 0);
  tot = { gold: tot.gold + gold, cand: tot.cand + pos.length, hi: tot.hi + hi, mid: tot.mid + mid, neg: tot.neg + neg.length, negHi: tot.negHi + neg.filter((p) => p >= 0.75).length };
  console.log(`${held.gold.event.name.padEnd(28)} gold ${gold} candidates ${pos.length} (${(pos.length / gold).toFixed(2)}) p>=.75 ${hi} .4-.75 ${mid} | negatives ${neg.length}`);
});
console.log(`all events: ${tot.gold} annotated same-fact claim pairs, ${tot.cand} of them candidates (${(tot.cand / tot.gold).toFixed(2)}); held-out probability >= 0.75: ${tot.hi}, 0.4-0.75: ${tot.mid}, below 0.4: ${tot.cand - tot.hi - tot.mid}; other-fact candidates ${tot.neg}, of them >= 0.75: ${tot.negHi}`);
const bands = [0, 0.2, 0.4, 0.6, 0.75, 1.01];
console.log('held-out probability band: same-fact / other candidates');
for (let b = 0; b + 1 < bands.length; b += 1) console.log(`  ${bands[b].toFixed(2)}-${Math.min(1, bands[b + 1]).toFixed(2)}: ${band[b][0]} / ${band[b][1]}`);
// Held out against in sample: if a model fitted on every event ranks them little better, the
// features lack the information, and more annotated events would not supply it.
const pooled = (probs: number[][]) => events.flatMap((e, k) => e.pairs.map((_, n) => ({ p: probs[k][n], label: e.labels[n], language: e.gold.language })));
const all = fitLinkModel([...events, ...wild]);
console.log(`ranking of candidates, held out: ${rankingLine(pooled(heldOut))}; in sample (fitted on every event): ${rankingLine(pooled(events.map((e) => e.pairs.map((p) => predict(all, p.x)))))}`);
console.log('grouped at a fixed threshold, held-out scores (all events):');
for (const t of [0.6, 0.65, 0.7, 0.725, 0.75, 0.8]) {
  const c = events.reduce((sum, e, k) => addCounts(sum, scoreGrouping(e, heldOut[k], t)), emptyCounts());
  console.log(`  ${t.toFixed(3)}: ${recallLine(c)}`);
}
