// The link model on the read wild claim groups, cross-validated over their events: for each event of
// eval/wild/groups-dev.json, the training recipe runs on the annotated events and the other read
// events (model and threshold), the held-out event is grouped and its read pairs still grouped are
// counted (pair precision, as eval/wild-groups.ts counts it). Then the annotated events nested
// leave one event out with every read event in the training, as `npm run train` fits.
// Run: npx tsx eval/align-wild-cv.ts [--weight W] [--no-wild] [--no-gold] [--drop f1,f2] [--sweep] [--per-language] [--also FILE]
//   --weight: what a read event weighs against an annotated event (default the recipe's)
//   --no-wild: the annotated events alone in every training (the recipe before the read groups)
//   --sweep: also both figures at fixed thresholds (the held-out scores, not the nested choice)
//   --drop: pair features left out (their column set to 0, which the fit then ignores)
//   --also: another read sample (eval/wild/groups-15.json, or an AllSides one such as
//     eval/wild/groups-allsides-28.json, whose articles are read from the AllSides crawl; never a
//     report-only one) trained on and held out event by event with the development sample's
//   --per-language: thresholds chosen per language (the read events, Arabic, get the Arabic one; as align-cv.ts --per-language)
import { parseArgs } from 'node:util';
import { predict } from '../src/model/logistic.js';
import { defaultAlignOptions } from '../src/align/align.js';
import { FEATURE_INDEX, type PairFeatureName } from '../src/align/pair-features.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs } from './align/dataset.js';
import { chooseThreshold, chooseThresholds, fitLinkModel, JOIN_MIN, scoreGrouping, WILD_WEIGHT } from './align/recipe.js';
import { addCounts, emptyCounts } from './gold/score.js';
import { leaveOneEventOut, LOEO_GROUPS, rankingLine, recallLine } from './align/loeo.js';
import { asTraining, devWildEvents, readGroupFile, scoreWildGrouping } from './align/wild-pairs.js';

const { values } = parseArgs({ options: { weight: { type: 'string' }, 'no-wild': { type: 'boolean', default: false }, 'no-gold': { type: 'boolean', default: false }, drop: { type: 'string', default: '' }, sweep: { type: 'boolean', default: false }, 'per-language': { type: 'boolean', default: false }, also: { type: 'string', multiple: true, default: [] } } });
/** Samples kept for reporting only: never trained on. */
const REPORT_ONLY = ['groups-16.json'];
for (const f of values.also) {
  if (REPORT_ONLY.some((r) => f.endsWith(r))) {
    console.log(`--also ${f}: a report-only sample is never trained on; score it with npx tsx eval/wild-groups.ts --file ${f}`);
    process.exit(2);
  }
}
const weight = values.weight ? Number(values.weight) : WILD_WEIGHT;
const cases = loadGoldCases();
const wild = devWildEvents(defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates, values.also);
const alsoEvents = new Set(values.also.flatMap((f) => readGroupFile(f).events.map((e) => e.event)));
if (cases.length === 0 || !wild) {
  if (cases.length === 0) console.log('skipped: no annotated events (../shared/gold is absent)');
  process.exit(0);
}
const gold = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
const dropped = values.drop.split(',').filter(Boolean).map((name) => {
  if (!(name in FEATURE_INDEX)) throw new Error(`--drop: no pair feature ${name}`);
  return FEATURE_INDEX[name as PairFeatureName];
});
for (const e of [...gold, ...wild]) for (const p of e.all ?? e.pairs) for (const k of dropped) p.x[k] = 0;
const training = values['no-wild'] ? [] : asTraining(wild).map((e) => ({ ...e, weight }));
let kept = 0;
let wrong = 0;
const also = { kept: 0, wrong: 0 };
const SWEEP = [0.65, 0.7, 0.75, 0.8, 0.85];
const wildHeldOut: number[][] = [];
wild.forEach((held, k) => {
  const extra = training.filter((_, m) => m !== k);
  const model = fitLinkModel([...gold, ...extra]);
  const threshold = values['per-language'] ? chooseThreshold(gold, undefined, extra, 'ar') : chooseThresholds(gold, undefined, extra).byLanguage.ar;
  const probs = held.all.map((p) => predict(model, p.x));
  wildHeldOut.push(probs);
  const c = scoreWildGrouping(held, probs, threshold, Math.min(JOIN_MIN, threshold));
  kept += c.trueKept;
  wrong += c.falseKept;
  if (alsoEvents.has(held.name)) [also.kept, also.wrong] = [also.kept + c.trueKept, also.wrong + c.falseKept];
  console.log(`   ${held.name} (threshold ${threshold}) read pairs grouped: ${c.trueKept} one fact, ${c.falseKept} different facts`);
});
const read = wild.reduce((s, e) => s + e.labels.length, 0);
console.log(`wild read groups, each event held out (${values['no-wild'] ? 'annotated events only' : `read events weighing ${weight}`}): ${read} read pairs are candidates; grouped ${kept} one fact, ${wrong} different facts: pair precision ${(kept / Math.max(1, kept + wrong)).toFixed(2)}`);
if (alsoEvents.size > 0) console.log(`   of them the ${alsoEvents.size} events of ${values.also.join(', ')}: ${also.kept} one fact, ${also.wrong} different facts: pair precision ${(also.kept / Math.max(1, also.kept + also.wrong)).toFixed(2)}; the development sample's: ${kept - also.kept}, ${wrong - also.wrong}: ${((kept - also.kept) / Math.max(1, kept - also.kept + wrong - also.wrong)).toFixed(2)}`);
if (values.sweep) {
  // Apart from the threshold each fold chose: the same held-out scores grouped at fixed thresholds.
  const goldHeldOut = gold.map((_, k) => {
    const model = fitLinkModel([...gold.filter((__, m) => m !== k), ...training]);
    return gold[k].pairs.map((p) => predict(model, p.x));
  });
  for (const t of SWEEP) {
    const w = wild.reduce((s, e, k) => { const c = scoreWildGrouping(e, wildHeldOut[k], t, Math.min(JOIN_MIN, t)); return [s[0] + c.trueKept, s[1] + c.falseKept]; }, [0, 0]);
    const g = gold.reduce((sum, e, k) => addCounts(sum, scoreGrouping(e, goldHeldOut[k], t)), emptyCounts());
    console.log(`  at ${t.toFixed(2)}: wild ${w[0]} one fact, ${w[1]} different (precision ${(w[0] / Math.max(1, w[0] + w[1])).toFixed(2)}); annotated events ${recallLine(g)}`);
  }
}
if (!values['no-gold']) {
  const { totals, pooled } = leaveOneEventOut(gold, undefined, training, values['per-language'] ? 'language' : 'recipe');
  for (const key of LOEO_GROUPS) if (totals.has(key)) console.log(`leave-one-event-out, ${key}: ${recallLine(totals.get(key)!)}`);
  for (const language of ['ar', 'en'] as const) console.log(`held-out ranking of candidates, ${language}: ${rankingLine(pooled, language)}`);
}
