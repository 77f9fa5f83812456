// Event grouping quality: pairwise and B-cubed P/R/F1 against gold events (BASIL, NewsWCL50,
// AllSides) and, on the unlabelled ANT corpus, the share of multi-outlet events with a sample
// for a person to check. One setting (the library defaults) for every corpus.
//
// Dev/test split, declared: the defaults were tuned on BASIL events 1-50 (2010-2014, in year and
// uuid order) and on AllSides (`--sweep` prints that tuning grid). Reported: BASIL events 51-100
// (2015-2019) and NewsWCL50, never used for tuning.
//
//   npx tsx eval/events.ts            # report
//   npx tsx eval/events.ts --sweep    # threshold grid on the dev data only
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, EventGroup } from '../src/types.js';
import { groupEvents, groupEventsParallel } from '../src/events/index.js';
import { workerThreads } from '../cli/workers/pool.js';
import {
  ALLSIDES_FILE, ANT_DIR, BASIL_DIR, type GoldCorpus, hasData, loadAllSides, loadAnt, loadBasil, loadNewsWcl, NEWSWCL_DIR,
} from '../tests/events/corpora.js';

export interface Scores {
  pairP: number; pairR: number; pairF: number;
  b3P: number; b3R: number; b3F: number;
  events: number; gold: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Pairwise and B-cubed precision, recall and F1 of predicted events against gold. */
export function score(groups: readonly EventGroup[], gold: ReadonlyMap<string, string>): Scores {
  const predicted = new Map<string, string>();
  for (const g of groups) for (const a of g.articles) predicted.set(a, g.id);
  const ids = [...gold.keys()].filter((id) => predicted.has(id));
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const id of ids) {
    const p = predicted.get(id) ?? '';
    const g = gold.get(id) ?? '';
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    both.set(`${p}\u0000${g}`, (both.get(`${p}\u0000${g}`) ?? 0) + 1);
  }
  let b3P = 0;
  let b3R = 0;
  for (const id of ids) {
    const p = predicted.get(id) ?? '';
    const g = gold.get(id) ?? '';
    const c = both.get(`${p}\u0000${g}`) ?? 0;
    b3P += c / (predSize.get(p) ?? 1);
    b3R += c / (goldSize.get(g) ?? 1);
  }
  b3P /= ids.length || 1;
  b3R /= ids.length || 1;
  const pairs = (m: Map<string, number>): number => [...m.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  const tp = pairs(both);
  const pp = pairs(predSize);
  const gp = pairs(goldSize);
  const pairP = pp === 0 ? 1 : tp / pp;
  const pairR = gp === 0 ? 1 : tp / gp;
  return { pairP, pairR, pairF: f1(pairP, pairR), b3P, b3R, b3F: f1(b3P, b3R), events: predSize.size, gold: goldSize.size };
}

const pct = (x: number): string => x.toFixed(3);

export function formatScores(name: string, s: Scores): string {
  return `${name.padEnd(34)} pairwise P ${pct(s.pairP)} R ${pct(s.pairR)} F1 ${pct(s.pairF)} | B3 P ${pct(s.b3P)} R ${pct(s.b3R)} F1 ${pct(s.b3F)} | ${s.events} events (gold ${s.gold})`;
}

/** Shuffles deterministically so input order cannot leak the gold grouping. */
function shuffled<T>(xs: readonly T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function subset(c: GoldCorpus, events: ReadonlySet<string>): GoldCorpus {
  const articles = c.articles.filter((a) => events.has(c.gold.get(a.id) ?? ''));
  return { articles, gold: new Map(articles.map((a) => [a.id, c.gold.get(a.id) ?? ''])) };
}

function evaluate(c: GoldCorpus, threshold?: number): Scores {
  const groups = groupEvents(shuffled(c.articles), threshold === undefined ? {} : { threshold });
  return score(groups, c.gold);
}

function basilSplit(): { dev: GoldCorpus; test: GoldCorpus; all: GoldCorpus } {
  const b = loadBasil();
  return { dev: subset(b, new Set(b.events.slice(0, 50))), test: subset(b, new Set(b.events.slice(50))), all: b };
}

async function antReport(): Promise<void> {
  if (!hasData(ANT_DIR)) {
    console.log(`ANT: skipped, ${ANT_DIR} is absent`);
    return;
  }
  const articles = loadAnt();
  const t0 = performance.now();
  const groups = await groupEventsParallel(articles, { executor: workerThreads() });
  const ms = performance.now() - t0;
  const multi = groups.filter((g) => g.articles.length > 1);
  const multiOutlet = groups.filter((g) => g.outlets.length > 1);
  const sizes = multi.map((g) => g.articles.length).sort((a, b) => b - a);
  const inMulti = multi.reduce((s, g) => s + g.articles.length, 0);
  const copies = groups.reduce((s, g) => s + g.nearCopies.length, 0);
  console.log(`\nANT (${articles.length} articles, ${(ms / 1000).toFixed(1)} s): ${groups.length} events, ${multi.length} with 2+ articles (${inMulti} articles, ${pct(inMulti / articles.length)} of all)`);
  console.log(`  events spanning 2+ outlets: ${multiOutlet.length} = ${pct(multiOutlet.length / groups.length)} of all events, ${pct(multiOutlet.length / Math.max(1, multi.length))} of multi-article events`);
  console.log(`  largest events: ${sizes.slice(0, 10).join(', ')}; near-copy pairs: ${copies}`);
  const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
  const sample = shuffled(multiOutlet, 11).slice(0, 30);
  console.log('  sample of 30 multi-outlet events (check by hand: same event?):');
  for (const g of sample) {
    console.log(`  ${g.id} ${g.date ?? '?'}${g.dateRange ? `..${g.dateRange[1]}` : ''} [${g.outlets.join(', ')}] score ${g.evidence.score} terms: ${g.evidence.terms.join(' ')}`);
    for (const id of g.articles.slice(0, 6)) console.log(`      ${id}  ${byId.get(id)?.title ?? ''}`);
    if (g.articles.length > 6) console.log(`      ... ${g.articles.length - 6} more`);
  }
}

async function main(): Promise<void> {
  const sweep = process.argv.includes('--sweep');
  if (sweep) {
    const grid = [0.12, 0.14, 0.15, 0.16, 0.17, 0.18, 0.2, 0.22, 0.25, 0.3];
    const dev: Array<[string, GoldCorpus]> = [];
    if (hasData(BASIL_DIR)) dev.push(['BASIL dev (events 1-50)', basilSplit().dev]);
    if (hasData(ALLSIDES_FILE)) dev.push(['AllSides (dev)', loadAllSides()]);
    for (const t of grid) for (const [name, c] of dev) console.log(formatScores(`t=${t} ${name}`, evaluate(c, t)));
    return;
  }
  console.log('Event grouping, library defaults, articles shuffled (seeded).');
  if (hasData(BASIL_DIR)) {
    const { dev, test, all } = basilSplit();
    console.log(formatScores('BASIL test (events 51-100)', evaluate(test)));
    console.log(formatScores('BASIL dev (events 1-50, tuned on)', evaluate(dev)));
    console.log(formatScores('BASIL all 100 events', evaluate(all)));
  } else console.log(`BASIL: skipped, ${BASIL_DIR} is absent`);
  if (hasData(NEWSWCL_DIR)) console.log(formatScores('NewsWCL50 (10 events)', evaluate(loadNewsWcl())));
  else console.log(`NewsWCL50: skipped, ${NEWSWCL_DIR} is absent`);
  if (hasData(ALLSIDES_FILE)) console.log(formatScores('AllSides (dev, tuned on)', evaluate(loadAllSides())));
  else console.log(`AllSides: skipped, ${ALLSIDES_FILE} is absent`);
  await antReport();
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) await main();
