// The compare JSON gives each aligned pair's word diff once, in `pairs`, and groups refer to it by
// its two claim ids: a claim that states several facts sits in several groups, and its pairs used to
// repeat their whole diff in each. Real events: the seed pair, and six ANT reports of 9 May 2018
// (the Iran deal) where pairs sit in two groups.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { compareJson, toJsonText, type PairRef, type PairWords } from '../../src/report/json.js';
import type { Comparison } from '../../src/types.js';
import { hasAnt, readAnt } from '../support/ant.js';
import { feb7 } from './helpers.js';

interface PairJson {
  groups: Array<{ id: string; relation: string; diffs: PairRef[] }>;
  pairs: PairWords[];
}

const key = (p: { a: string; b: string }) => `${p.a} ${p.b}`;

/** Each group's pairs as the Comparison holds them, against the JSON's references and table. */
function checkTable(comparison: Comparison, json: PairJson) {
  const table = new Map(json.pairs.map((p) => [key(p), p]));
  expect(table.size, 'a pair is listed once').toBe(json.pairs.length);
  const refs = json.groups.flatMap((g) => g.diffs);
  expect(new Set(refs.map(key))).toEqual(new Set(table.keys()));
  json.groups.forEach((g, k) => {
    const diffs = comparison.groups.find((c) => c.id === g.id)!.diffs;
    expect(g.diffs).toEqual(diffs.map(({ a, b, relation, score }) => ({ a, b, relation, score })));
    for (const d of diffs) expect(table.get(key(d)), `${g.id} ${k}`).toEqual({ a: d.a, b: d.b, parts: d.parts, substitutions: d.substitutions, conflicts: d.conflicts });
  });
  return { refs: refs.length, pairs: table.size };
}

describe('compare JSON: one word diff per pair', () => {
  it('the seed pair: every group diff resolves in `pairs`, the text parses back to the same', async () => {
    const { comparison } = await feb7();
    const json = JSON.parse(toJsonText(compareJson(comparison))) as PairJson;
    const { refs, pairs } = checkTable(comparison, json);
    expect(pairs).toBeGreaterThan(10);
    expect(refs).toBe(pairs);
    expect(Object.keys(json).slice(0, 6)).toEqual(['$schema', 'schema', 'articles', 'groups', 'pairs', 'unique']);
  });

  describe.skipIf(!hasAnt)('ANT, 9 May 2018 (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
    const articles = () =>
      readAnt('AL-internationalNews-1077-20180509', 'CN-internationalNews-331-20180509', 'FR-internationalNews-1151-20180509', 'AL-internationalNews-1083-20180509', 'BB-internationalNews-484-20180509', 'BB-middleEast-476-20180509');

    it('a pair two groups hold is written once, and both groups refer to it', () => {
      const comparison = compareArticles(articles());
      const json = compareJson(comparison) as unknown as PairJson;
      const { refs, pairs } = checkTable(comparison, json);
      expect(refs - pairs, 'references to a pair given once').toBeGreaterThanOrEqual(2);
      const before = comparison.groups.reduce((n, g) => n + g.diffs.reduce((m, d) => m + JSON.stringify(d.parts).length, 0), 0);
      const after = json.pairs.reduce((n, p) => n + JSON.stringify(p.parts).length, 0);
      expect(after).toBeLessThan(before);
    });

    it('--only conflicts keeps the pairs of the conflicting groups only', () => {
      const comparison = compareArticles(articles());
      const json = compareJson(comparison, 'conflicts') as unknown as PairJson;
      expect(json.groups.every((g) => g.relation === 'conflict')).toBe(true);
      checkTable(comparison, json);
    });
  });
});
