// `npm run train`: fits claimdiff's learned decisions on the developers' data and writes them as
// data beside the code that reads them. Deterministic: the same data gives byte-identical files.
//   1. The link model (src/align/link-model.ts): do two claims of different articles state one
//      fact? Logistic regression over the pair features of src/align/pair-features.ts, fitted on
//      every annotated event there is (../shared/gold and eval/gold/annotations), each event
//      weighing the same, and on the claim groups read by hand on random ANT events
//      (eval/wild/groups-dev.json, with the corpus in ../shared: each read pair one fact or two, each
//      event weighing WILD_WEIGHT of an annotated one; left out with a message when absent); the
//      threshold is chosen by cross-validation over the annotated events to reach the target
//      precision. Its honest figures come from `npx tsx eval/align-cv.ts` (leave one event out) and
//      `npx tsx eval/align-wild-cv.ts` (each read event held out).
//   2. The relation model (src/classify/relation-model.ts): do two aligned claims contradict each
//      other? Logistic regression over the features of src/classify/relation-features.ts, fitted on
//      ANS stance train and pairs built from unannotated ANT events (eval/classify/recipe.ts); the
//      `pairs` threshold by cross-validation on ANS train, the `compare` threshold on the annotated
//      events. Its honest figures come from `npx tsx eval/classify/cv.ts` (events leave-one-out).
//   --pairs FILE (repeatable): decided pairs (a `pairs` CSV: s1, s2, relation, as `claimdiff review
//      export-pairs` writes) join the link model's training data, each file weighing as one annotated
//      event; the threshold is still chosen on the annotated events alone. Without it, the committed
//      model's data is unchanged.
//   The relation model's training data is aligned with the link model, so when step 1 writes a new
//   link model, step 2 runs in a fresh process (`--relation-only`) that loads it: one run is enough.
// Run: npm run train [-- --check] [-- --pairs FILE]   (--check: fail when the committed files differ from a fresh fit)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultAlignOptions } from '../src/align/align.js';
import { loadGoldCases } from '../eval/gold/load.js';
import { eventPairs } from '../eval/align/dataset.js';
import { chooseThresholds, fitLinkModel, JOIN_MIN, L2, TARGET_PRECISION, WILD_WEIGHT } from '../eval/align/recipe.js';
import { wildTrainingEvents } from '../eval/align/wild-pairs.js';
import { linearModelLiteral, ROOT } from '../eval/shared.js';
import { trainRelationModel } from '../eval/classify/train.js';
import { describePairs, labelledEvent, readLabelledPairs, type LabelledPairs } from '../eval/align/reviewed-pairs.js';

const check = process.argv.includes('--check');
const relationOnly = process.argv.includes('--relation-only');
const pairFiles = process.argv.flatMap((a, k, all) => (a === '--pairs' ? [all[k + 1] ?? ''] : a.startsWith('--pairs=') ? [a.slice('--pairs='.length)] : []));
let decided: LabelledPairs[] = [];
try {
  decided = pairFiles.map((file) => {
    if (!file) throw new Error('--pairs needs a file: npm run train -- --pairs FILE');
    const data = readLabelledPairs(file);
    for (const line of data.skipped) console.log(`${file}: ${line}: left out`);
    if (data.rows.length === 0) throw new Error(`${file}: no usable pair (every row was left out)`);
    return data;
  });
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
let stale = 0;

/** Writes `file` (or checks it in --check mode); true when its content changed. */
function write(file: string, content: string): boolean {
  const full = path.join(ROOT, file);
  let before = '';
  try {
    before = readFileSync(full, 'utf8');
  } catch {
    // a new file
  }
  if (before === content) {
    console.log(`${file}: unchanged`);
    return false;
  }
  if (check) {
    console.log(`${file}: differs from a fresh fit (run npm run train and commit it)`);
    stale += 1;
    return true;
  }
  writeFileSync(full, content);
  console.log(`wrote ${file}`);
  return true;
}

let linkChanged = false;
const cases = relationOnly ? [] : loadGoldCases();
if (relationOnly) {
  // Step 2 alone, in the process step 1 started after writing the link model.
} else if (cases.length === 0) {
  console.log('skipped: no annotated events (../shared/gold is absent); the committed weights stay as they are');
} else {
  const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
  const files = [...new Set(cases.map((c) => c.file))];
  const wildTraining = wildTrainingEvents(defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
  const model = fitLinkModel([...events, ...wildTraining, ...decided.map((d) => labelledEvent(d.rows))]);
  const thresholds = chooseThresholds(events, undefined, wildTraining);
  console.log(`link thresholds: pooled ${thresholds.pooled}; ${Object.entries(thresholds.byLanguage).map(([l, t]) => `${l} ${t}`).join(', ')}`);
  const pairs = events.reduce((s, e) => s + e.pairs.length, 0);
  const positives = events.reduce((s, e) => s + e.labels.filter(Boolean).length, 0);
  const wildRead = wildTraining.reduce((s, e) => s + e.labels.length, 0);
  const wildSame = wildTraining.reduce((s, e) => s + e.labels.filter(Boolean).length, 0);
  const trainedOn = [
    `${events.length} annotated events (${files.join(', ')}): ${pairs} candidate pairs, ${positives} stating one fact, each language weighing the same`,
    ...(wildTraining.length > 0 ? [`${wildRead} read pairs of ${wildTraining.length} random ANT events (eval/wild/groups-dev.json), ${wildSame} stating one fact, each event weighing ${WILD_WEIGHT} of an annotated one`] : []),
    ...decided.map(describePairs),
  ].join('; ');
  linkChanged = write(
    'src/align/link-model.ts',
    `// The link model: the probability that two claims of different articles state one fact.
// Written by \`npm run train\` (scripts/train.ts); do not edit by hand.
// Logistic regression (L2 ${L2}) over the pair features of pair-features.ts, fitted on
// ${trainedOn}.
// The thresholds were chosen by five-fold cross-validation over the annotated events: LINK_THRESHOLD
// as the lowest whose grouped pairs reach precision ${TARGET_PRECISION}, each language's as the lowest that
// reaches it there and on that language's events alone; JOIN_MIN was set beforehand, not tuned.
import type { Language, LinearModel } from '../types.js';

export const LINK_THRESHOLD = ${thresholds.pooled};
/** The threshold of links between two claims of one language (the aligner's default threshold for them). */
export const LINK_LANGUAGE_THRESHOLDS: Readonly<Partial<Record<Language, number>>> = { ${Object.entries(thresholds.byLanguage).map(([l, t]) => `${l}: ${t}`).join(", ")} };
export const LINK_JOIN_MIN = ${JOIN_MIN};

export const linkModel: LinearModel = ${linearModelLiteral({ ...model, id: 'link/1', trainedOn })};
`,
  );
}

// 2. The relation model. It does not learn from --pairs files (their rows say same fact or not,
// which the link model learns), so adapting the link model leaves it as committed.
if (decided.length > 0) console.log('src/classify/relation-model.ts: not refitted (--pairs adapts the link model only)');
else if (linkChanged && check) console.log('src/classify/relation-model.ts: not checked (its training data is aligned with the link model, which is stale)');
else if (linkChanged) {
  // This process holds the link model it started with: fit the relation model where the new one loads.
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'train.ts'), '--relation-only'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
} else trainRelationModel(write);

if (stale > 0) process.exitCode = 1;
