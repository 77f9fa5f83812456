// The figures stage's cost inside `compare`: on 50-article sets of ANT articles (the busiest days of
// the corpus, taken across its outlets, as bench/compare.ts builds its 20-article events), the time of
// `compareArticles` (all stages) and of the figures stage alone on the same analysed articles.
// Target: the figures table adds under 10% to `compare`. Run: npx tsx bench/figures.ts
import { compareArticles } from '../src/compare.js';
import { compareFigures } from '../src/figures/index.js';
import { antFiles, busyDaySets, fastestCpuMs, readAnt } from './shared.js';

const files = antFiles();
if (!files) {
  console.log('figures: skipped (../shared/data/ant-corpus-multisource is absent)');
} else {
  const { articles } = readAnt(files);
  console.log('figures: CPU time, fastest of 7 runs, 50 ANT articles per set');
  for (const [day, picked] of busyDaySets(articles)) {
    // The figures stage alone, on the claims and framing of the same comparison.
    const { articles: results, framing } = compareArticles(picked);
    const all = fastestCpuMs(() => compareArticles(picked), 7);
    const figures = fastestCpuMs(() => compareFigures(results, framing), 7);
    const entries = compareFigures(results, framing).length;
    console.log(
      `  ANT ${day} ${String(picked.length).padStart(2)} articles | compare (all stages) ${all.toFixed(0).padStart(5)} ms | ` +
        `figures stage ${figures.toFixed(1).padStart(6)} ms (${entries} entries) | adds ${((100 * figures) / (all - figures)).toFixed(1)}%`,
    );
  }
}
