// ANS (Arabic News Stance): how well `claimdiff pairs` tells a paraphrase (agree) from a
// contradiction (disagree). Tuning happens on train; the figures to report are on dev.
// Mapping: shared or partial = agree, conflict = disagree, unrelated = other.
// Run: npx tsx eval/pairs.ts [--split train|dev] [--baseline]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { classifyTextPairs } from '../src/pairs.js';
import { diceReference } from '../src/align/dice.js';
import { classReport, dataPath, fmt } from './shared.js';

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
const dir = dataPath('ans', 'stance');
if (dir) {
  const rows = parse(readFileSync(path.join(dir, `${split}.csv`), 'utf8'), { columns: true }) as Array<{ s1: string; s2: string; stance: string }>;
  const gold = rows.map((r) => r.stance);
  const started = performance.now();
  const verdicts = classifyTextPairs(rows);
  const ms = performance.now() - started;
  const pred = verdicts.map((v) => (v.relation === 'conflict' ? 'disagree' : v.relation === 'unrelated' ? 'other' : 'agree'));
  const three = classReport(gold, pred, ['agree', 'disagree', 'other']);
  const keep = gold.map((g, i) => (g !== 'other' ? i : -1)).filter((i) => i >= 0);
  const binary = classReport(keep.map((i) => gold[i]), keep.map((i) => (pred[i] === 'other' ? 'agree' : pred[i])), ['agree', 'disagree']);
  console.log(`ANS stance ${split}: ${rows.length} pairs in ${ms.toFixed(0)} ms`);
  console.log(`  claimdiff pairs   macro-F1 (3 classes) ${fmt(three.macroF1)}   agree/disagree macro-F1 ${fmt(binary.macroF1)}   accuracy ${fmt(three.accuracy)}`);
  for (const [c, m] of Object.entries(three.perClass)) {
    console.log(`    ${c.padEnd(9)} P ${fmt(m.precision)}  R ${fmt(m.recall)}  F1 ${fmt(m.f1)}  (n=${m.support})`);
  }
  // The obvious alternative: a Dice threshold (chosen on train) cannot tell a paraphrase from a one-word edit.
  const scores = rows.map((r) => diceReference(r.s1, r.s2));
  const best = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((t) => {
    const p = scores.map((s) => (s >= t ? 'agree' : 'disagree'));
    return { t, f1: classReport(keep.map((i) => gold[i]), keep.map((i) => p[i]), ['agree', 'disagree']).macroF1 };
  });
  console.log(`  Dice baseline     agree/disagree macro-F1 by threshold: ${best.map((b) => `${b.t}:${fmt(b.f1)}`).join('  ')}`);
}
