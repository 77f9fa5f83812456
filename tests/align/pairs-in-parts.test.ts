// Candidate pairs are described a part at a time (whole blocks of article pairs), so that an event
// of a thousand articles never holds every pair's vector at once. A pair's context features rank it
// among the pairs joining the same two articles only, so the vectors must not depend on the parts:
// every pair alone in its part of one block, or all pairs in one part, give the same numbers.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { defaultAlignOptions, scoreCandidatePairs, type ClaimSource } from '../../src/align/align.js';
import { hasSharedData, SHARED_DATA } from '../support/seeds.js';
import { antDay, seedArticles } from '../support/ant.js';

/** Each pair as `i-j` and its vector, one line per pair, in the order the candidates come. */
function described(sources: readonly ClaimSource[], partSize: number): string {
  const { pairs } = scoreCandidatePairs(sources, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates, partSize);
  return pairs.map((p) => `${p.i}-${p.j} ${Array.from(p.x).join(',')}`).join('\n');
}



describe('pairs described in parts', () => {
  it('the seed corpus: one block per part gives the vectors all pairs at once give', () => {
    const sources = seedArticles().map(analyzeArticle);
    const whole = described(sources, Infinity);
    expect(whole.split('\n').length).toBeGreaterThan(100);
    expect(described(sources, 1)).toBe(whole);
  });
});

describe.skipIf(!hasSharedData)(`pairs described in parts on ANT news (shared data in ${SHARED_DATA}; skipped when absent)`, () => {
  it.each([
    ['2018-05-09', 40, 1],
    ['2018-05-09', 40, 97],
  ])('%s, %i articles, parts of about %i pairs', (day, n, partSize) => {
    const sources = antDay(day, n).map(analyzeArticle);
    const whole = described(sources, Infinity);
    expect(new Set(whole.split('\n').map((l) => l.split(' ')[0])).size).toBeGreaterThan(500);
    expect(described(sources, partSize)).toBe(whole);
  });
});
