// Writes the link model's training data as CSV, for checks outside TypeScript (another model
// family, eval/align/model-family.py): every candidate pair of the annotated events (event index,
// language, label, weight 1, the pair features) and of the read wild groups the training also uses
// (event `w<k>`, language `wild`, their weight).
//   npx tsx eval/align/export-pairs.ts OUT.csv
// Reads ../shared/gold (skips with a message when it is absent). Nothing of the data is kept in the repo.
import { writeFileSync } from 'node:fs';
import { loadGoldCases } from '../gold/load.js';
import { eventPairs } from './dataset.js';
import { wildTrainingEvents } from './wild-pairs.js';
import { defaultAlignOptions } from '../../src/align/align.js';
import { PAIR_FEATURES } from '../../src/align/pair-features.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx eval/align/export-pairs.ts OUT.csv');
  process.exit(2);
}
const cases = loadGoldCases();
if (cases.length === 0) {
  console.log('skipped: no annotated events (../shared/gold is absent)');
  process.exit(0);
}
const { candidateFloor, maxCandidates } = defaultAlignOptions;
const rows: string[] = [['event', 'lang', 'label', 'weight', ...PAIR_FEATURES].join(',')];
cases.map((g) => eventPairs(g, candidateFloor, maxCandidates)).forEach((e, k) => e.pairs.forEach((p, n) => rows.push([k, e.gold.language, e.labels[n], 1, ...p.x].join(','))));
wildTrainingEvents(candidateFloor, maxCandidates).forEach((e, k) => e.pairs.forEach((p, n) => rows.push([`w${k}`, 'wild', e.labels[n], e.weight ?? 1, ...p.x].join(','))));
writeFileSync(out, `${rows.join('\n')}\n`);
console.log(`${rows.length - 1} pairs of ${cases.length} annotated events and the read wild groups: ${out}`);
