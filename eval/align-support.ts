// Experiment (nothing of it ships): the other outlets' agreement as a second pass. For each candidate
// pair (i, j), its support is the best min(p(i, k), p(j, k)) over claims k of a third article, from the
// held-out link probabilities (each event scored by a model fitted without it); a second pass
// p' = sigmoid(logit p + a * support + b * [some third article has candidates with both]) is fitted
// (a, b by Newton, each event weighing the same, English twice) without the held-out event, only on
// pairs that may join a group (p >= 0.15), and both are grouped at fixed thresholds.
// Run: npx tsx eval/align-support.ts   (about a minute)
import { predict } from '../src/model/logistic.js';
import { defaultAlignOptions } from '../src/align/align.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs } from './align/dataset.js';
import { fitLinkModel, scoreGrouping } from './align/recipe.js';
import { addCounts, emptyCounts } from './gold/score.js';
import { wildTrainingEvents } from './align/wild-pairs.js';
import { recallLine } from './align/loeo.js';
const cases = loadGoldCases();
const gold = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
const wild = wildTrainingEvents(defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
const held = gold.map((_, k) => { const m = fitLinkModel([...gold.filter((__, n) => n !== k), ...wild]); return gold[k].pairs.map((p) => predict(m, p.x)); });
function support(e: typeof gold[0], p: number[]): { t: number[]; seen: number[] } {
  const art = (c: number) => e.features[c].article;
  const pm = new Map<number, number>();
  const key = (a: number, b: number) => (a < b ? a * 100000 + b : b * 100000 + a);
  e.pairs.forEach((q, n) => pm.set(key(q.i, q.j), p[n]));
  const nb = new Map<number, number[]>();
  e.pairs.forEach((q) => { (nb.get(q.i) ?? nb.set(q.i, []).get(q.i)!).push(q.j); (nb.get(q.j) ?? nb.set(q.j, []).get(q.j)!).push(q.i); });
  const t: number[] = []; const seen: number[] = [];
  e.pairs.forEach((q) => {
    let s = 0; let any = 0;
    for (const c of nb.get(q.i) ?? []) { if (art(c) === art(q.j) || art(c) === art(q.i)) continue; const r = pm.get(key(q.j, c)); if (r === undefined) continue; any = 1; s = Math.max(s, Math.min(pm.get(key(q.i, c))!, r)); }
    t.push(s); seen.push(any);
  });
  return { t, seen };
}
const sup = gold.map((e, k) => support(e, held[k]));
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
// fit a, b: p2 = sig(logit p + a t + b seen), each event weighing the same, only pairs with p >= 0.15
function fit(idx: number[]): [number, number] {
  let a = 0, b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const k of idx) { const e = gold[k]; const w = 1000 / e.pairs.length * (e.gold.language === 'en' ? 2 : 1);
      e.pairs.forEach((_, n) => { if (held[k][n] < 0.15) return; const t = sup[k].t[n], s = sup[k].seen[n];
        const z = logit(held[k][n]) + a * t + b * s; const q = 1 / (1 + Math.exp(-z)); const r = q - e.labels[n];
        ga += w * r * t; gb += w * r * s; const h = w * q * (1 - q); haa += h * t * t; hab += h * t * s; hbb += h * s * s; }); }
    haa += 1; hbb += 1; ga += a; gb += b;
    const det = haa * hbb - hab * hab; a -= (hbb * ga - hab * gb) / det; b -= (haa * gb - hab * ga) / det;
  }
  return [a, b];
}
const all = gold.map((_, k) => k);
console.log('second-pass weights fitted on all 27 events: support, a third article', fit(all).map((w) => w.toFixed(2)).join(', '));
const p2 = gold.map((e, k) => { const [a, b] = fit(all.filter((m) => m !== k)); return held[k].map((p, n) => p < 0.15 ? p : 1 / (1 + Math.exp(-(logit(p) + a * sup[k].t[n] + b * sup[k].seen[n])))); });
for (const lang of ['all', 'ar', 'en']) for (const t of [0.6, 0.65, 0.7, 0.75, 0.8]) {
  const c1 = gold.reduce((s, e, k) => (lang === 'all' || e.gold.language === lang) ? addCounts(s, scoreGrouping(e, held[k], t)) : s, emptyCounts());
  const c2 = gold.reduce((s, e, k) => (lang === 'all' || e.gold.language === lang) ? addCounts(s, scoreGrouping(e, p2[k], t)) : s, emptyCounts());
  console.log(lang, t, 'before', recallLine(c1), '| support', recallLine(c2));
}
