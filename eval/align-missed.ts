// Error analysis of the link model in one language: every annotated same-fact claim pair of that
// language's events that a model which never saw the event leaves below a link threshold, or that
// is not a candidate at all, printed with both claims' text, for reading and classifying causes.
// Run: npx tsx eval/align-missed.ts [en|ar, default en] [threshold, default 0.6]
import { predict } from '../src/model/logistic.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs, factClaims } from './align/dataset.js';
import { fitLinkModel } from './align/recipe.js';
import { defaultAlignOptions } from '../src/align/align.js';

const language = process.argv[2] === 'ar' ? 'ar' : 'en';
const threshold = process.argv[3] ? Number(process.argv[3]) : 0.6;
const cases = loadGoldCases();
if (cases.length === 0) {
  console.log('skipped: no annotated events (../shared/gold is absent)');
  process.exit(0);
}
const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
events.forEach((held, k) => {
  if (held.gold.language !== language) return;
  const model = fitLinkModel(events.filter((_, m) => m !== k));
  const text = new Map(held.results.flatMap((a) => a.claims.map((c) => [c.id, oneLine(c.text)] as const)));
  const owner = new Map(held.results.flatMap((a) => a.claims.map((c) => [c.id, a.id] as const)));
  const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const prob = new Map(held.pairs.map((p) => [key(held.features[p.i].claim.id, held.features[p.j].claim.id), predict(model, p.x)] as const));
  console.log(`\n=== ${held.gold.event.name}`);
  const seen = new Set<string>();
  for (const f of factClaims(held.gold, held.results).filter((g) => g.relation !== 'single')) {
    for (const a of f.claims) for (const b of f.claims) {
      if (owner.get(a) === owner.get(b) || seen.has(key(a, b))) continue;
      seen.add(key(a, b));
      const p = prob.get(key(a, b));
      if (p !== undefined && p >= threshold) continue;
      console.log(`--- ${p === undefined ? 'NOT A CANDIDATE' : `p ${p.toFixed(2)}`} (${f.relation})\n  A ${text.get(a)}\n  B ${text.get(b)}`);
    }
  }
});
