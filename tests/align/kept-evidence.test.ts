// Scale (issue 17): two things the aligner holds while it scores every candidate pair are made
// small, and must give what the large ones gave. (1) The pairs that may sit in a group keep the
// sums of their signals (11 numbers), not their feature vectors (41): the reasons a group's pair
// shows (`link.decidedBy`) must be those `explain` gives from the whole vector. (2) The store of
// the prepared claims makes room for all of them at once: it must never grow (an outgrown array is
// tens of megabytes of garbage at 1,000 articles).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/compare.js';
import { alignClaims, defaultAlignOptions, featuresWithIdf, scoreCandidatePairs, type ClaimSource } from '../../src/align/align.js';
import { SIGNAL_OF, type PairFeatureName } from '../../src/align/pair-features.js';
import { prepareClaim, preparation } from '../../src/align/prepared.js';
import { linkModel } from '../../src/align/link-model.js';
import { explain, predict } from '../../src/model/logistic.js';
import { round } from '../../src/align/similarity.js';
import { hasSharedData, SHARED_DATA } from '../support/seeds.js';
import { antDay, seedArticles } from '../support/ant.js';

/** Every grouped pair's shown reasons, and the reasons `explain` gives from its whole vector, one line each. */
function reasons(sources: readonly ClaimSource[]): { shown: string; explained: string } {
  const vectors = new Map<string, Float64Array>();
  for (const p of scoreCandidatePairs(sources, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates).pairs) vectors.set(`${p.i}-${p.j}`, p.x);
  const shown: string[] = [];
  const explained: string[] = [];
  for (const group of alignClaims(sources).groups) {
    for (const pair of group.pairs) {
      const x = vectors.get(`${Math.min(pair.i, pair.j)}-${Math.max(pair.i, pair.j)}`);
      if (!x || !pair.evidence.link) continue;
      shown.push(`${pair.i}-${pair.j} ${pair.evidence.link.probability} ${pair.evidence.link.decidedBy.join('; ')}`);
      const why = explain(linkModel, x, 3, (f) => SIGNAL_OF[f as PairFeatureName] ?? f).map((c) => `${c.signal} (${c.contribution >= 0 ? '+' : ''}${round(c.contribution)})`);
      explained.push(`${pair.i}-${pair.j} ${round(predict(linkModel, x))} ${why.join('; ')}`);
    }
  }
  return { shown: shown.join('\n'), explained: explained.join('\n') };
}

/** The store's room after preparing every claim, and what it would have needed. */
function storeUse(sources: readonly ClaimSource[]): { reserved: number[]; after: number[] } {
  const { features, idf } = featuresWithIdf(sources);
  const prep = preparation(idf, features);
  const reserved = [prep.store.ints.length, prep.store.reals.length];
  for (const f of features) prepareClaim(f, prep);
  return { reserved, after: [prep.store.ints.length, prep.store.reals.length] };
}

describe('what the aligner keeps of the pairs it scores (the seed corpus)', () => {
  const sources = seedArticles().map(analyzeArticle);

  it("a grouped pair's reasons are those of its whole vector", () => {
    const { shown, explained } = reasons(sources);
    expect(shown.split('\n').length).toBeGreaterThan(10);
    expect(shown).toBe(explained);
  });

  it('the store of prepared claims makes room once and never grows', () => {
    const { reserved, after } = storeUse(sources);
    expect(reserved[0]).toBeGreaterThan(4096);
    expect(after).toEqual(reserved);
  });
});

describe.skipIf(!hasSharedData)(`what the aligner keeps, on ANT news (shared data in ${SHARED_DATA}; skipped when absent)`, () => {
  const sources = antDay('2018-05-09', 40).map(analyzeArticle);

  it("40 articles of one day: a grouped pair's reasons are those of its whole vector", () => {
    const { shown, explained } = reasons(sources);
    expect(shown.split('\n').length).toBeGreaterThan(50);
    expect(shown).toBe(explained);
  });

  it('40 articles of one day: the store makes room once and never grows', () => {
    const { reserved, after } = storeUse(sources);
    expect(after).toEqual(reserved);
  });
});
