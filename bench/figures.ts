// The figures stage's cost inside `compare`: on 50-article sets of ANT articles (the busiest days of
// the corpus, taken across its outlets, as bench/compare.ts builds its 20-article events), the time of
// `compareArticles` (all stages) and of the figures stage alone on the same analysed articles.
// Target: the figures table adds under 10% to `compare`. Run: npx tsx bench/figures.ts
import type { Article } from '../src/types.js';
import { compareArticles } from '../src/compare.js';
import { compareFigures } from '../src/figures/index.js';
import { antFiles, readAnt } from './shared.js';

/**
 * CPU time (user + system, ms) of the fastest of `runs` runs after a warm-up: CPU time, not wall
 * time, so that other processes on a shared machine do not count.
 */
function timeIt(fn: () => void, runs: number): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

const files = antFiles();
if (!files) {
  console.log('figures: skipped (../shared/data/ant-corpus-multisource is absent)');
} else {
  const { articles } = readAnt(files);
  const byDay = new Map<string, Article[]>();
  for (const a of articles) if (a.date) byDay.set(a.date.slice(0, 10), [...(byDay.get(a.date.slice(0, 10)) ?? []), a]);
  const days = [...byDay.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, 3);
  console.log('figures: CPU time, fastest of 7 runs, 50 ANT articles per set');
  for (const [day, list] of days) {
    const outlets = new Map<string, Article[]>();
    for (const a of list) outlets.set(a.outlet ?? '', [...(outlets.get(a.outlet ?? '') ?? []), a]);
    const picked: Article[] = [];
    for (let k = 0; picked.length < 50 && k < 100; k += 1) for (const l of outlets.values()) if (l[k] && picked.length < 50) picked.push(l[k]);
    // The figures stage alone, on the claims and framing of the same comparison.
    const { articles: results, framing } = compareArticles(picked);
    const all = timeIt(() => compareArticles(picked), 7);
    const figures = timeIt(() => compareFigures(results, framing), 7);
    const entries = compareFigures(results, framing).length;
    console.log(
      `  ANT ${day} ${String(picked.length).padStart(2)} articles | compare (all stages) ${all.toFixed(0).padStart(5)} ms | ` +
        `figures stage ${figures.toFixed(1).padStart(6)} ms (${entries} entries) | adds ${((100 * figures) / (all - figures)).toFixed(1)}%`,
    );
  }
}
