// Claim alignment and conflicts on hand-annotated real events, scored as ../shared/gold/score.py
// scores them (pair recall, pair precision, conflicts found, false conflicts).
// Run: npx tsx eval/gold.ts [file ...] [--misses]   (files: ant-dev-1, ant-dev-2, basil-dev, or this project's own;
// --misses lists every annotated conflict not found, with its members, values and a first cause)
import { compareArticles } from '../src/compare.js';
import { loadGoldCases } from './gold/load.js';
import { conflictMisses } from './gold/misses.js';
import { addCounts, emptyCounts, scoreEvent, summaryLine } from './gold/score.js';

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const misses = process.argv.includes('--misses');
const cases = loadGoldCases(names);
const byFile = new Map<string, typeof cases>();
for (const c of cases) (byFile.get(c.file) ?? byFile.set(c.file, []).get(c.file)!).push(c);
let total = emptyCounts();
for (const [file, list] of byFile) {
  let sum = emptyCounts();
  for (const c of list) {
    const comparison = compareArticles(c.articles);
    const counts = scoreEvent(c.event, comparison, c.texts);
    sum = addCounts(sum, counts);
    console.log(`   ${c.event.name} recall ${counts.found}/${counts.goldPairs} precision ${counts.correct}/${counts.predictedPairs} conflicts ${counts.conflictsFound}/${counts.conflictFacts} false conflicts ${counts.falseConflicts}`);
    if (misses) {
      for (const m of conflictMisses(c.event, comparison, c.texts)) console.log(`      missed ${m.fact} (${m.cause})\n        ${m.lines.join('\n        ')}`);
    }
  }
  console.log(`${file}: ${summaryLine(list.length, sum)}`);
  total = addCounts(total, sum);
}
if (byFile.size > 1) console.log(`all: ${summaryLine(cases.length, total)}`);
