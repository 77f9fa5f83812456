// The committed link model: it loads and reads the features the aligner computes, fitting is
// deterministic, and the weights are what `npm run train` makes of the annotated events.
import { describe, expect, it } from 'vitest';
import { linkModel, LINK_JOIN_MIN, LINK_THRESHOLD } from '../../src/align/link-model.js';
import { PAIR_FEATURES } from '../../src/align/pair-features.js';
import { fitLogistic, predict } from '../../src/model/logistic.js';
import { readFileSync } from 'node:fs';
import { defaultAlignOptions, scoreCandidatePairs } from '../../src/align/align.js';
import { parseInput } from '../../src/ingest/index.js';
import { analyzeArticle } from '../../src/compare.js';
import { seedPath } from '../support/seeds.js';


describe('the link model', () => {
  it('reads exactly the pair features, in their order, and the aligner uses its threshold', () => {
    expect(linkModel.features).toEqual([...PAIR_FEATURES]);
    for (const column of [linkModel.mean, linkModel.scale, linkModel.weights]) expect(column).toHaveLength(PAIR_FEATURES.length);
    expect(linkModel.scale.every((s) => s > 0)).toBe(true);
    expect(defaultAlignOptions.threshold).toBe(LINK_THRESHOLD);
    expect(defaultAlignOptions.joinMin).toBe(LINK_JOIN_MIN);
    expect(linkModel.trainedOn).toMatch(/annotated events/);
  });

  it('on the seed pair: the Halevi briefing told by both outlets is one fact, the Channel 13 quote and the OCHA figures are not', () => {
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles).map(analyzeArticle);
    const { features, pairs } = scoreCandidatePairs(articles, defaultAlignOptions.candidateFloor, defaultAlignOptions.maxCandidates);
    const p = (from003: string, from004: string) => {
      const hit = pairs.find((q) => features[q.i].claim.text.startsWith(from003) && features[q.j].claim.text.startsWith(from004));
      return hit ? predict(linkModel, hit.x) : 0;
    };
    expect(p('وفي اللقاء بتل أبيب', 'وأطلع هاليفي بلينكن')).toBeGreaterThan(0.9);
    expect(p('من جانبها، كشفت قناة 13', 'وقال مكتب الأمم المتحدة لتنسيق')).toBeLessThan(0.2);
  });

  it('fits deterministically: the same rows give the same weights', () => {
    const rows = Array.from({ length: 200 }, (_, r) => [Math.sin(r), Math.cos(r * 0.7), (r % 7) / 7]);
    const labels = rows.map((x) => (x[0] + 0.5 * x[1] - x[2] > 0 ? 1 : 0));
    const a = fitLogistic(['a', 'b', 'c'], rows, labels, { l2: 1 });
    const b = fitLogistic(['a', 'b', 'c'], rows, labels, { l2: 1 });
    expect(a).toEqual(b);
    expect(a.weights[0]).toBeGreaterThan(0);
    expect(a.weights[2]).toBeLessThan(0);
  });

  // That the committed weights are what `npm run train` fits is checked once for both learned
  // models, in tests/classify/relation-model.test.ts (the script fits both in one run).
});
