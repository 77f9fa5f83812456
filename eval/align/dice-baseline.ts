// The plain string-similarity baseline on the annotated events: every pair of claims of two
// articles whose Dice coefficient (string-similarity) reaches a threshold counts as aligned.
import { diceReference } from '../../src/align/dice.js';
import { analyzeArticle } from '../../src/compare.js';
import type { GoldCase } from '../gold/load.js';
import { factClaims } from './dataset.js';

export interface BaselineCounts {
  goldPairs: number;
  found: number;
  predicted: number;
  correct: number;
}

/** Pair recall and precision of Dice >= `threshold` over all claim pairs of different articles. */
export function diceBaseline(cases: readonly GoldCase[], threshold: number): BaselineCounts {
  const out = { goldPairs: 0, found: 0, predicted: 0, correct: 0 };
  for (const gold of cases) {
    const results = gold.articles.map(analyzeArticle);
    const facts = factClaims(gold, results);
    const same = (a: string, b: string) => facts.some((f) => f.claims.includes(a) && f.claims.includes(b));
    const inFact = (a: string, b: string) => facts.some((f) => f.relation !== 'single' && f.claims.includes(a) && f.claims.includes(b));
    const claims = results.flatMap((a, k) => a.claims.map((c) => ({ c, k })));
    const goldPairs = new Set<string>();
    for (const f of facts) {
      if (f.relation === 'single') continue;
      for (const a of f.claims) for (const b of f.claims) if (a < b && a.split(':')[0] !== b.split(':')[0]) goldPairs.add(`${a} ${b}`);
    }
    out.goldPairs += goldPairs.size;
    for (let x = 0; x < claims.length; x += 1) {
      for (let y = x + 1; y < claims.length; y += 1) {
        if (claims[x].k === claims[y].k) continue;
        if (diceReference(claims[x].c.text, claims[y].c.text) < threshold) continue;
        out.predicted += 1;
        if (same(claims[x].c.id, claims[y].c.id)) out.correct += 1;
        if (inFact(claims[x].c.id, claims[y].c.id)) out.found += 1;
      }
    }
  }
  return out;
}
