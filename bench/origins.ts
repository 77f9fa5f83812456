// The origins stage's cost inside `compare`: on 50-article sets of ANT articles (the busiest days of
// the corpus, across its outlets, as bench/figures.ts builds them), the CPU time of `compareArticles`
// (all stages) and of the origins stage alone (shingles, copies, independent origins per group) on
// the same analysed articles. Target: it adds under 10% to `compare`. Run: npx tsx bench/origins.ts
import { compareArticles } from '../src/compare.js';
import { articleTokens } from '../src/claims/extract.js';
import { findOrigins } from '../src/origins/index.js';
import { antFiles, busyDaySets, fastestCpuMs, readAnt } from './shared.js';

const files = antFiles();
if (!files) {
  console.log('origins: skipped (../shared/data/ant-corpus-multisource is absent)');
} else {
  const { articles } = readAnt(files);
  console.log('origins: CPU time, fastest of 7 runs, 50 ANT articles per set');
  for (const [day, picked] of busyDaySets(articles)) {
    // The origins stage alone, on the claims, groups and framing of the same comparison.
    const c = compareArticles(picked);
    const tokens = c.articles.map((a) => articleTokens(a));
    const all = fastestCpuMs(() => compareArticles(picked), 7);
    const origins = fastestCpuMs(() => findOrigins(c.articles, c.groups, tokens, c.framing ?? null), 7);
    console.log(
      `  ANT ${day} ${String(picked.length).padStart(2)} articles | compare (all stages) ${all.toFixed(0).padStart(5)} ms | ` +
        `origins stage ${origins.toFixed(1).padStart(6)} ms (${c.copies!.length} copy links, ${c.groups.length} groups) | adds ${((100 * origins) / (all - origins)).toFixed(1)}%`,
    );
  }
}
