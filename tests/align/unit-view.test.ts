// The unit view (src/align/unit-view.ts): a claim that splits into fact-sized units stands as its
// units, each with its part of the text and of the claim's names and figures, at its claim's place.
// Showcase 003/004: 003 says in one sentence that Blinken affirmed US support for a Palestinian
// state and stressed the urgent need to calm the West Bank; 004 says each apart. The sentence's
// best match in 004 (the West Bank, 0.995) no longer hides its first fact's match.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/ingest/index.js';
import { articleTokens, extractClaims } from '../../src/claims/extract.js';
import { featuresOf, unitViewPairs } from '../../src/align/align.js';
import { unitView } from '../../src/align/unit-view.js';
import { seedPath } from '../support/seeds.js';

const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);
const sources = articles.map((a) => {
  const tokens = articleTokens(a);
  return { ...a, claims: extractClaims(a, tokens), tokens };
});
const TWO_FACTS = 'كما أكد بلينكن دعم الولايات المتحدة لدولة فلسطينية';

describe('the unit view of the seed pair', () => {
  const features = featuresOf(sources);
  const view = unitView(features, sources.length);

  it('the sentence of two facts stands as its units, at its own place, with the figures inside each', () => {
    const k = features.findIndex((f) => f.claim.text.startsWith(TWO_FACTS));
    const units = view[0].claims.filter((_, v) => view[0].parents[v] === k);
    expect(units.map((c) => c.text.split(/\s+/).slice(0, 3).join(' '))).toEqual(['كما أكد بلينكن', 'مشدداً على "الحاجة', 'وفق بيان الخارجية']);
    expect(new Set(view[0].places.filter((_, v) => view[0].parents[v] === k))).toEqual(new Set([features[k].position.index]));
    expect(view[0].parts.filter((_, v) => view[0].parents[v] === k).every(Boolean)).toBe(true);
    // The toll sentence's figures go with the unit that gives them.
    const toll = features.findIndex((f) => f.claim.text.includes('27 ألفاً و708'));
    for (const [v, c] of view[0].claims.entries()) {
      if (view[0].parents[v] !== toll) continue;
      for (const n of c.numbers) expect(n.start >= c.start && n.end <= c.end).toBe(true);
    }
  });

  it('claims that do not split stand as they are', () => {
    const whole = view.flatMap((v) => v.claims.filter((_, n) => !v.parts[n]));
    expect(whole.every((c) => features.some((f) => f.claim === c))).toBe(true);
    expect(view.reduce((n, v) => n + new Set(v.parents).size, 0)).toBe(features.length);
  });

  it('pairs a unit with a whole claim only, named by the claims they are part of', () => {
    const { features: unitFeatures, pairs } = unitViewPairs(sources, features, 0.05, 3);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(unitFeatures[p.ui].claim.id === features[p.i].claim.id).not.toBe(unitFeatures[p.uj].claim.id === features[p.j].claim.id);
      expect(features[p.i].article).not.toBe(features[p.j].article);
    }
  });
});
