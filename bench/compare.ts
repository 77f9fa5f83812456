// `compare` speed: the seed pair and 20-article events drawn from the ANT corpus, against the obvious
// alternative: string-similarity's compareTwoStrings over all cross-article claim pairs.
// Run: npx tsx bench/compare.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import stringSimilarity from 'string-similarity';
import { parseInput } from '../src/ingest/index.js';
import { compareArticles, analyzeArticle } from '../src/compare.js';
import type { Article } from '../src/types.js';
import { ROOT } from '../eval/shared.js';
import { antFiles, readAnt } from './shared.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeIt(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The baseline: every cross-article claim pair through compareTwoStrings. */
function allPairsBaseline(articles: readonly Article[]): number {
  const claims = articles.map((a) => analyzeArticle(a).claims.map((c) => c.text));
  let pairs = 0;
  for (let x = 0; x < claims.length; x += 1) {
    for (let y = x + 1; y < claims.length; y += 1) {
      for (const a of claims[x]) for (const b of claims[y]) {
        stringSimilarity.compareTwoStrings(a, b);
        pairs += 1;
      }
    }
  }
  return pairs;
}

function report(name: string, articles: Article[]): void {
  const claims = articles.reduce((n, a) => n + analyzeArticle(a).claims.length, 0);
  const runs = articles.length > 5 ? 3 : 10;
  const ours = timeIt(() => compareArticles(articles), runs);
  let pairs = 0;
  const base = timeIt(() => (pairs = allPairsBaseline(articles)), runs);
  console.log(
    `  ${name.padEnd(34)} ${String(articles.length).padStart(3)} articles ${String(claims).padStart(4)} claims | ` +
      `claimdiff compare ${ours.toFixed(0).padStart(5)} ms | all-pairs compareTwoStrings ${base.toFixed(0).padStart(6)} ms (${pairs} pairs) | ${(base / ours).toFixed(1)}x`,
  );
}

console.log('compare: median wall time, one core (baseline includes the same claim extraction)');
const seedDir = path.join(ROOT, 'examples', 'blinken');
const seeds = ['003_f2b0d23337b16d42.txt', '004_a3af3706549eb725.txt'].flatMap((f) => {
  const file = path.join(seedDir, f);
  return parseInput(readFileSync(file), file).articles;
});
report('seed pair 003/004', seeds);

const files = antFiles();
if (files) {
  const { articles } = readAnt(files);
  // 20-article events: the busiest days of the corpus, 20 articles from across its outlets.
  const byDay = new Map<string, Article[]>();
  for (const a of articles) if (a.date) byDay.set(a.date.slice(0, 10), [...(byDay.get(a.date.slice(0, 10)) ?? []), a]);
  const days = [...byDay.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, 3);
  for (const [day, list] of days) {
    const outlets = new Map<string, Article[]>();
    for (const a of list) outlets.set(a.outlet ?? '', [...(outlets.get(a.outlet ?? '') ?? []), a]);
    const picked: Article[] = [];
    for (let k = 0; picked.length < 20 && k < 50; k += 1) for (const l of outlets.values()) if (l[k] && picked.length < 20) picked.push(l[k]);
    report(`ANT ${day}, 20 articles`, picked);
  }
}
