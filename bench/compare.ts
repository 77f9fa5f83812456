// `compare` speed: the seed pair and 20-article events drawn from the ANT corpus. The alignment
// step is timed against the obvious alternative on the same claims: string-similarity's
// compareTwoStrings over all cross-article claim pairs, then a greedy one-to-one matching. On the
// seed pair both are scored against the pairs the issue names (the same list the tests use).
// Run: npx tsx bench/compare.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import stringSimilarity from 'string-similarity';
import { parseInput } from '../src/ingest/index.js';
import { analyzeArticle, compareArticles } from '../src/compare.js';
import { alignClaims } from '../src/align/align.js';
import type { Article, ArticleResult } from '../src/types.js';
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

type Pair = [string, string];

/** The baseline: all cross-article pairs scored by compareTwoStrings, greedy one-to-one above `t`. */
function allPairsBaseline(results: readonly ArticleResult[], t: number): Pair[] {
  const scored: Array<[number, string, string]> = [];
  for (let x = 0; x < results.length; x += 1) {
    for (let y = x + 1; y < results.length; y += 1) {
      for (const a of results[x].claims) for (const b of results[y].claims) {
        scored.push([stringSimilarity.compareTwoStrings(a.text, b.text), a.id, b.id]);
      }
    }
  }
  scored.sort((p, q) => q[0] - p[0]);
  const used = new Set<string>();
  const pairs: Pair[] = [];
  for (const [s, a, b] of scored) {
    if (s < t) break;
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    pairs.push([a, b]);
  }
  return pairs;
}

function oursPairs(results: readonly ArticleResult[]): Pair[] {
  const { features, groups } = alignClaims(results);
  return groups.flatMap((g) => g.pairs.map((p) => [features[p.i].claim.id, features[p.j].claim.id] as Pair));
}

/** The facts both seed outlets report, by the first words of each outlet's sentence (as in tests/align/seed-pair.test.ts). */
const SEED_GOLD: Array<[string, string]> = [
  ['وقال ميلر إن بلينكن', 'بحث وزير الخارجية الأميركي'],
  ['كما أكد بلينكن دعم', 'وشدد بلينكن أيضاً'],
  ['من جانبه، قال متحدث', 'وناقش بلينكن ونتنياهو'],
  ['وأشار المسؤول الإسرائيلي', 'وأفاد موقع "أكسيوس"'],
  ['وذكر الموقع، نقلاً', 'والتقى بلينكن نتنياهو'],
  ['وفي اللقاء بتل أبيب', 'وأطلع هاليفي بلينكن'],
  ['وأعرب بلينكن خلال', 'وقالت مصادر لـ"أكسيوس"'],
  ['ومنذ 7 أكتوبر/تشرين الأول 2023، يشن', 'وقتلت إسرائيل في الحرب'],
];

function seedQuality(results: readonly ArticleResult[], pairs: readonly Pair[]): string {
  const text = new Map(results.flatMap((r) => r.claims.map((c) => [c.id, c.text] as const)));
  const hit = SEED_GOLD.filter(([p, q]) => pairs.some(([a, b]) => text.get(a)!.startsWith(p) && text.get(b)!.startsWith(q)));
  const wrong = pairs.filter(([a, b]) => !SEED_GOLD.some(([p, q]) => text.get(a)!.startsWith(p) || text.get(b)!.startsWith(q)));
  return `${hit.length}/${SEED_GOLD.length} expected pairs, ${wrong.length} pairs outside them`;
}

function report(name: string, articles: Article[], gold: boolean): void {
  const results = articles.map(analyzeArticle);
  const claims = results.reduce((n, a) => n + a.claims.length, 0);
  const runs = articles.length > 5 ? 5 : 20;
  const full = timeIt(() => compareArticles(articles), runs);
  const align = timeIt(() => alignClaims(results), runs);
  let basePairs: Pair[] = [];
  const base = timeIt(() => (basePairs = allPairsBaseline(results, 0.5)), runs);
  console.log(
    `  ${name.padEnd(28)} ${String(articles.length).padStart(2)} articles ${String(claims).padStart(4)} claims | ` +
      `compare (all stages) ${full.toFixed(0).padStart(4)} ms | alignment ${align.toFixed(1).padStart(6)} ms | ` +
      `all-pairs compareTwoStrings ${base.toFixed(1).padStart(7)} ms | ${(base / align).toFixed(1)}x faster`,
  );
  if (gold) {
    console.log(`    quality on the seed pair: claimdiff ${seedQuality(results, oursPairs(results))}`);
    for (const t of [0.4, 0.5, 0.6]) console.log(`    quality on the seed pair: baseline at Dice >= ${t}: ${seedQuality(results, allPairsBaseline(results, t))}`);
  }
}

console.log('compare: median wall time on one core (claims are extracted once, outside the alignment timings)');
const seedDir = path.join(ROOT, 'examples', 'blinken');
const seeds = ['003_f2b0d23337b16d42.txt', '004_a3af3706549eb725.txt'].flatMap((f) => {
  const file = path.join(seedDir, f);
  return parseInput(readFileSync(file), file).articles;
});
report('seed pair 003/004', seeds, true);

const files = antFiles();
if (files) {
  const { articles } = readAnt(files);
  // 20-article events: the busiest days of the corpus, 20 articles taken across its outlets.
  const byDay = new Map<string, Article[]>();
  for (const a of articles) if (a.date) byDay.set(a.date.slice(0, 10), [...(byDay.get(a.date.slice(0, 10)) ?? []), a]);
  const days = [...byDay.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, 3);
  for (const [day, list] of days) {
    const outlets = new Map<string, Article[]>();
    for (const a of list) outlets.set(a.outlet ?? '', [...(outlets.get(a.outlet ?? '') ?? []), a]);
    const picked: Article[] = [];
    for (let k = 0; picked.length < 20 && k < 50; k += 1) for (const l of outlets.values()) if (l[k] && picked.length < 20) picked.push(l[k]);
    report(`ANT ${day}`, picked, false);
  }
}
