// The origins stage's cost inside `compare`: on 50-article sets of ANT articles (the busiest days of
// the corpus, across its outlets, as bench/figures.ts builds them), the CPU time of `compareArticles`
// (all stages) and of the origins stage alone (shingles, copies, independent origins per group) on
// the same analysed articles. Target: it adds under 10% to `compare`. Run: npx tsx bench/origins.ts
import type { Article } from '../src/types.js';
import { compareArticles } from '../src/compare.js';
import { articleTokens } from '../src/claims/extract.js';
import { findOrigins } from '../src/origins/index.js';
import { antFiles, readAnt } from './shared.js';

/** CPU time (user + system, ms) of the fastest of `runs` runs after a warm-up (not wall time: the machine may be shared). */
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
  console.log('origins: skipped (../shared/data/ant-corpus-multisource is absent)');
} else {
  const { articles } = readAnt(files);
  const byDay = new Map<string, Article[]>();
  for (const a of articles) if (a.date) byDay.set(a.date.slice(0, 10), [...(byDay.get(a.date.slice(0, 10)) ?? []), a]);
  const days = [...byDay.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, 3);
  console.log('origins: CPU time, fastest of 7 runs, 50 ANT articles per set');
  for (const [day, list] of days) {
    const outlets = new Map<string, Article[]>();
    for (const a of list) outlets.set(a.outlet ?? '', [...(outlets.get(a.outlet ?? '') ?? []), a]);
    const picked: Article[] = [];
    for (let k = 0; picked.length < 50 && k < 100; k += 1) for (const l of outlets.values()) if (l[k] && picked.length < 50) picked.push(l[k]);
    // The origins stage alone, on the claims, groups and framing of the same comparison.
    const c = compareArticles(picked);
    const tokens = c.articles.map((a) => articleTokens(a));
    const all = timeIt(() => compareArticles(picked), 7);
    const origins = timeIt(() => findOrigins(c.articles, c.groups, tokens, c.framing ?? null), 7);
    console.log(
      `  ANT ${day} ${String(picked.length).padStart(2)} articles | compare (all stages) ${all.toFixed(0).padStart(5)} ms | ` +
        `origins stage ${origins.toFixed(1).padStart(6)} ms (${c.copies!.length} copy links, ${c.groups.length} groups) | adds ${((100 * origins) / (all - origins)).toFixed(1)}%`,
    );
  }
}
