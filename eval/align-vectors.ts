// Does distributional word knowledge, learned without labels, help the link model find the facts
// outlets share? Learns word vectors (eval/align/train-vectors.ts: PPMI + truncated SVD over the
// unannotated ANT, BASIL and AllSides texts) and cross-outlet substitutions (eval/align/substitutions.ts),
// adds their pair features to the link model's, and reports nested leave-one-event-out figures
// with and without them, through the very recipe `npm run train` uses. Nothing here is shipped:
// src/align computes none of these features (they did not help; README, "What was tried").
// Two more variants aim at a sentence of several facts against one of them: the soft scores ranked
// among each claim's candidates in the other article (as the shipped context features rank the
// wording scores: the topic every sentence of an event shares then cancels out), and the best
// window of the longer claim's concepts against the shorter claim.
// Run: npx tsx eval/align-vectors.ts [--window N] [--dims N] [--no-substitutions]   (a few minutes)
import { buildIdf } from '../src/align/features.js';
import { rankInContext } from '../src/align/rank-context.js';
import { defaultAlignOptions } from '../src/align/align.js';
import { PAIR_FEATURES } from '../src/align/pair-features.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs, type EventPairs } from './align/dataset.js';
import { leaveOneEventOut, LOEO_GROUPS, rankingLine, recallLine } from './align/loeo.js';
import { defaultVectorSettings, trainWordVectors } from './align/train-vectors.js';
import { VECTOR_FEATURES, vectorFeatures, wordVectors } from './align/word-vectors.js';
import { learnSubstitutions, SUBSTITUTION_FEATURES, substitutionFeatures } from './align/substitutions.js';

const option = (name: string, fallback: number) => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
};

/** The events with extra columns appended to every pair's vector (`columns` gets the event's pairs at once). */
function withColumns(events: readonly EventPairs[], columns: (e: EventPairs) => number[][]): EventPairs[] {
  return events.map((e) => {
    const extra = columns(e);
    return { ...e, pairs: e.pairs.map((p, k) => ({ ...p, x: Float64Array.from([...p.x, ...extra[k]]) })) };
  });
}

/** How a pair ranks by `score` among each claim's candidates in the other article: best and worst reciprocal rank, lesser margin. */
function rankColumns(e: EventPairs, score: readonly number[]): number[][] {
  const { rank, margin } = rankInContext(e.pairs.map((p) => p.i), e.pairs.map((p) => p.j), Float64Array.from(score), (c) => e.features[c].article);
  return e.pairs.map((_, k) => [Math.max(rank[2 * k], rank[2 * k + 1]), Math.min(rank[2 * k], rank[2 * k + 1]), Math.min(margin[2 * k], margin[2 * k + 1])]);
}

/** The best IDF cosine of a window of the longer claim's concepts (1.5 times the shorter's length, at least 6) against the shorter claim. */
function windowCosine(long: readonly string[], short: readonly string[], idf: ReadonlyMap<string, number>): number {
  if (long.length < short.length) return windowCosine(short, long, idf);
  const vector = (terms: readonly string[]) => {
    const v = new Map<string, number>();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 1));
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
  const vs = vector(short);
  const ns = norm(vs);
  const width = Math.min(long.length, Math.max(6, Math.round(short.length * 1.5)));
  let best = 0;
  for (let from = 0; from + width <= long.length; from += 1) {
    const vw = vector(long.slice(from, from + width));
    let dot = 0;
    for (const [t, w] of vw) dot += w * (vs.get(t) ?? 0);
    best = Math.max(best, dot / (norm(vw) * ns));
  }
  return best;
}

function report(name: string, events: readonly EventPairs[], features: readonly string[]): void {
  const { totals, pooled } = leaveOneEventOut(events, features);
  console.log(`${name}:`);
  for (const key of LOEO_GROUPS) if (totals.has(key)) console.log(`  leave-one-event-out, ${key}: ${recallLine(totals.get(key)!)}`);
  console.log(`  held-out ranking of candidates, all: ${rankingLine(pooled)}; Arabic: ${rankingLine(pooled, 'ar')}; English: ${rankingLine(pooled, 'en')}`);
}

const cases = loadGoldCases();
const settings = { ...defaultVectorSettings, window: option('--window', defaultVectorSettings.window), dims: option('--dims', defaultVectorSettings.dims) };
const trained = cases.length > 0 ? trainWordVectors(settings) : null;
if (!trained) {
  console.log('skipped: the annotated events or ../shared/data are absent');
} else {
  console.log(`word vectors: ${trained.trainedOn}`);
  const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
  report('link model as shipped', events, PAIR_FEATURES);
  const table = wordVectors(trained);
  const idf = new Map(events.map((e) => [e, buildIdf(e.features.map((f) => f.terms))]));
  const soft = new Map(events.map((e) => [e, e.pairs.map((p) => vectorFeatures(table, e.features[p.i], e.features[p.j], idf.get(e)!))]));
  const vectors = withColumns(events, (e) => soft.get(e)!);
  report(`with word vectors (${VECTOR_FEATURES.join(', ')})`, vectors, [...PAIR_FEATURES, ...VECTOR_FEATURES]);
  const unitSoft = VECTOR_FEATURES.indexOf('unitSoft');
  const ranked = withColumns(events, (e) => rankColumns(e, soft.get(e)!.map((v) => v[unitSoft])));
  report('with the soft clause coverage ranked in context (softRankBest, softRankWorst, softMarginMin)', ranked, [...PAIR_FEATURES, 'softRankBest', 'softRankWorst', 'softMarginMin']);
  const concepts = new Map(events.map((e) => [e, buildIdf(e.features.map((f) => f.conceptSeq))]));
  const windows = withColumns(events, (e) => e.pairs.map((p) => [windowCosine(e.features[p.i].conceptSeq, e.features[p.j].conceptSeq, concepts.get(e)!)]));
  report('with the best window of the longer claim (windowCosine)', windows, [...PAIR_FEATURES, 'windowCosine']);
  if (!process.argv.includes('--no-substitutions')) {
    const substitutions = learnSubstitutions()!;
    console.log(`cross-outlet substitutions: ${substitutions.size} stem pairs`);
    const both = withColumns(events, (e) => e.pairs.map((p) => substitutionFeatures(substitutions, e.features[p.i], e.features[p.j])));
    report(`with substitutions (${SUBSTITUTION_FEATURES.join(', ')})`, both, [...PAIR_FEATURES, ...SUBSTITUTION_FEATURES]);
  }
}
