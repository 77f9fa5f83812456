// Does distributional word knowledge, learned without labels, help the link model find the facts
// outlets share? Learns word vectors (eval/align/train-vectors.ts: PPMI + truncated SVD over the
// unannotated ANT, BASIL and AllSides texts) and cross-outlet substitutions (eval/align/substitutions.ts),
// adds their pair features to the link model's, and reports nested leave-one-event-out figures
// with and without them, through the very recipe `npm run train` uses. Nothing here is shipped:
// src/align computes none of these features (they did not help; README, "What was tried").
// Run: npx tsx eval/align-vectors.ts [--window N] [--dims N] [--no-substitutions]   (a few minutes)
import { buildIdf } from '../src/align/features.js';
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

/** The events with extra columns appended to every pair's vector. */
function withColumns(events: readonly EventPairs[], columns: (e: EventPairs, i: number, j: number) => number[]): EventPairs[] {
  return events.map((e) => ({ ...e, pairs: e.pairs.map((p) => ({ ...p, x: Float64Array.from([...p.x, ...columns(e, p.i, p.j)]) })) }));
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
  const vectors = withColumns(events, (e, i, j) => vectorFeatures(table, e.features[i], e.features[j], idf.get(e)!));
  report(`with word vectors (${VECTOR_FEATURES.join(', ')})`, vectors, [...PAIR_FEATURES, ...VECTOR_FEATURES]);
  if (!process.argv.includes('--no-substitutions')) {
    const substitutions = learnSubstitutions()!;
    console.log(`cross-outlet substitutions: ${substitutions.size} stem pairs`);
    const both = withColumns(events, (e, i, j) => substitutionFeatures(substitutions, e.features[i], e.features[j]));
    report(`with substitutions (${SUBSTITUTION_FEATURES.join(', ')})`, both, [...PAIR_FEATURES, ...SUBSTITUTION_FEATURES]);
  }
}
