// Error analysis of the link model in one language: every annotated same-fact claim pair of that
// language's events that a model which never saw the event leaves below a link threshold, or that
// is not a candidate at all, printed with both claims' text, for reading and classifying causes;
// then the other-fact candidates it scores at or above the threshold (the false links), and a
// count of rough causes over the missed pairs (a pair may have several; they guide the reading).
// Run: npx tsx eval/align-missed.ts [en|ar, default en] [threshold, default 0.6]
import { predict } from '../src/model/logistic.js';
import { loadGoldCases } from './gold/load.js';
import { eventPairs, factClaims } from './align/dataset.js';
import { wildTrainingEvents } from './align/wild-pairs.js';
import { fitLinkModel } from './align/recipe.js';
import { defaultAlignOptions } from '../src/align/align.js';
import type { ClaimFeatures } from '../src/align/features.js';

const language = process.argv[2] === 'ar' ? 'ar' : 'en';
const threshold = process.argv[3] ? Number(process.argv[3]) : 0.6;
const cases = loadGoldCases();
if (cases.length === 0) {
  console.log('skipped: no annotated events (../shared/gold is absent)');
  process.exit(0);
}
const events = cases.map((g) => eventPairs(g, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates));
// The read wild groups join every training, as in `npm run train`.
const wild = wildTrainingEvents(defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their']);
const causes = new Map<string, number>();
/** Rough, countable causes of one missed pair (claims as aligned: features of both sides). */
function tagPair(a: ClaimFeatures, b: ClaimFeatures, candidate: boolean): string[] {
  const tags = [candidate ? 'candidate, scored below the threshold' : 'not a candidate'];
  const terms = new Set(a.terms);
  const shared = new Set(b.terms.filter((t) => terms.has(t)));
  if (shared.size === 0) tags.push('no content stem in common');
  else if (shared.size <= 2) tags.push('one or two content stems in common');
  if (Math.max(a.tokens.length, b.tokens.length) >= 35) tags.push('a claim of 35 words or more');
  if (a.claim.quotes.length > 0 || b.claim.quotes.length > 0) tags.push('a quotation on either side');
  if ([a, b].some((f) => PRONOUNS.has(f.tokens[0]?.norm ?? ''))) tags.push('a claim opening with a pronoun');
  if ([a, b].some((f) => /[.!?]["”’]?\s+["“]?[A-Z]/.test(f.claim.text.replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|[A-Z])\.\s/g, '')))) tags.push('a claim of several sentences');
  return tags;
}
events.forEach((held, k) => {
  if (held.gold.language !== language) return;
  const model = fitLinkModel([...events.filter((_, m) => m !== k), ...wild]);
  const text = new Map(held.results.flatMap((a) => a.claims.map((c) => [c.id, oneLine(c.text)] as const)));
  const byId = new Map(held.features.map((f) => [f.claim.id, f] as const));
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
      for (const t of tagPair(byId.get(a)!, byId.get(b)!, p !== undefined)) causes.set(t, (causes.get(t) ?? 0) + 1);
      causes.set('all missed', (causes.get('all missed') ?? 0) + 1);
      console.log(`--- ${p === undefined ? 'NOT A CANDIDATE' : `p ${p.toFixed(2)}`} (${f.relation})\n  A ${text.get(a)}\n  B ${text.get(b)}`);
    }
  }
  held.pairs.forEach((pair, n) => {
    const [a, b] = [held.features[pair.i].claim.id, held.features[pair.j].claim.id];
    const p = prob.get(key(a, b))!;
    if (held.labels[n] === 0 && p >= threshold) console.log(`+++ FALSE LINK p ${p.toFixed(2)}\n  A ${text.get(a)}\n  B ${text.get(b)}`);
  });
});
console.log(`\nmissed same-fact pairs (${language}, held-out probability below ${threshold} or not a candidate), by rough cause:`);
for (const [tag, n] of [...causes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${tag}`);
