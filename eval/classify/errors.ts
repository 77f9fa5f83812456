// Error analysis of the relation model on ANS train, out of fold (never dev): the contradictions
// it misses and the agreements it calls conflicts, each with its cues and probability, grouped by
// whether any cue names the pair; and how often each feature fires on ANS agreements and
// contradictions. Run: npx tsx eval/classify/errors.ts [--limit N]
import { RELATION_FEATURES } from '../../src/classify/relation-features.js';
import { ansMacroF1, choosePairsThreshold, isConflict, outOfFold, relationExamples } from './recipe.js';

const limit = process.argv.includes('--limit') ? Number(process.argv[process.argv.indexOf('--limit') + 1]) : 60;
const examples = relationExamples();
if (examples) {
  const probs = outOfFold(examples);
  const threshold = choosePairsThreshold(examples, probs);
  const ans = examples.map((e, k) => ({ e, p: probs[k] })).filter(({ e }) => e.source === 'ans');
  const named = (e: (typeof ans)[number]['e']) => e.input.cues.map((c) => `${c.kind}:${c.a}/${c.b}`).join('; ') || '-';
  const missed = ans.filter(({ e, p }) => e.label === 1 && !isConflict(e, p, threshold, true));
  const wrong = ans.filter(({ e, p }) => e.label === 0 && isConflict(e, p, threshold, true));
  const noCue = ans.filter(({ e }) => e.label === 1 && e.input.cues.length === 0);
  console.log(`ANS train, out of fold, threshold ${threshold}: agree/disagree macro-F1 ${ansMacroF1(examples, probs, threshold).toFixed(3)}, ${ans.length} pairs; contradictions missed ${missed.length}, agreements called conflicts ${wrong.length}; contradictions with no cue ${noCue.length}`);
  const byKind = new Map<string, number>();
  for (const { e } of missed) {
    const kind = e.input.cues.length === 0 ? 'no cue' : [...new Set(e.input.cues.map((c) => c.kind))].join('+');
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  console.log(`missed, by cue: ${[...byKind].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const fires = RELATION_FEATURES.map((name, f) => {
    const on = ans.filter(({ e }) => e.input.x[f] !== 0);
    return `${name} ${on.filter(({ e }) => e.label === 1).length}/${on.filter(({ e }) => e.label === 0).length}`;
  });
  console.log(`features non-zero on ANS contradictions/agreements: ${fires.join(', ')}`);
  for (const [title, list] of [['MISSED', missed], ['FALSE CONFLICTS', wrong]] as const) {
    console.log(`\n${title}`);
    for (const { e, p } of list.slice(0, limit)) console.log(`${p.toFixed(2)}  ${e.s1}  ||  ${e.s2}   [${named(e)}]`);
  }
}
