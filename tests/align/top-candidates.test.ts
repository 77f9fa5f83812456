// The streaming candidate search keeps exactly the pairs, in exactly the order, that listing every
// pair above the floor and then keeping each claim's closest (candidates.ts, the reference) keeps:
// on the seed corpus, on a day of ANT news, and under caps small enough to make every rule bite.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { featuresOf } from '../../src/align/align.js';
import { candidatePairs, closestCandidates } from '../../src/align/candidates.js';
import { topCandidates } from '../../src/align/top-candidates.js';
import type { ClaimFeatures } from '../../src/align/features.js';
import { hasSharedData, SHARED_DATA } from '../support/seeds.js';
import { antDay, seedArticles } from '../support/ant.js';



function both(features: ClaimFeatures[], perArticle: number, perClaim: number): [string, string] {
  const article = (c: number) => features[c].article;
  const reference = closestCandidates(candidatePairs(features, 0.05, (f) => f.concepts), article, perArticle, perClaim);
  const streamed = topCandidates(features, 0.05, (f) => f.concepts, article, perArticle, perClaim);
  const show = (cs: typeof reference) => cs.map((c) => `${c.i}-${c.j}:${c.cos}`).join(' ');
  return [show(streamed), show(reference)];
}

describe('topCandidates equals the reference search', () => {
  const features = featuresOf(seedArticles().map(analyzeArticle));

  it.each([
    [3, 24],
    [1, 2],
    [2, 5],
    [Infinity, 3],
    [1, Infinity],
  ])('on the seed corpus, at most %s per other article and %s in all', (perArticle, perClaim) => {
    const [streamed, reference] = both(features, perArticle, perClaim);
    expect(reference.length).toBeGreaterThan(0);
    expect(streamed).toBe(reference);
  });
});

describe.skipIf(!hasSharedData)(`topCandidates on ANT news (shared data in ${SHARED_DATA}; skipped when absent)`, () => {
  it.each([
    ['2018-05-09', 60, 3, 24],
    ['2018-05-14', 40, 1, 4],
  ])('%s, %i articles, at most %i per other article and %i in all', (day, n, perArticle, perClaim) => {
    const features = featuresOf(antDay(day, n).map(analyzeArticle));
    const [streamed, reference] = both(features, perArticle, perClaim);
    expect(streamed.split(' ').length).toBeGreaterThan(100);
    expect(streamed).toBe(reference);
  });
});
