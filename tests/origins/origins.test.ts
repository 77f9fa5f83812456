// Copies and independent origins on real coverage: ANT articles read at test time from
// ../shared/data (an AFP dispatch two outlets carry, a France 24 article filed twice, a sentence
// copied into an otherwise original article) and the seed pair 003/004.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import type { ClaimGroup, Comparison } from '../../src/types.js';
import { hasAnt, readAnt } from '../support/ant.js';
import { readFileSync } from 'node:fs';
import { parseInput } from '../../src/ingest/index.js';
import { seedPath } from '../support/seeds.js';

/** `origin[outlets]` per independent origin of a group, the compact form the tests assert. */
const origins = (g: ClaimGroup) => g.origins!.independent.map((o) => `${o.name}[${o.via.join(',')}]`).join('; ');
const article = (c: Comparison, claim: string) => claim.split(':')[0];

describe.skipIf(!hasAnt)('copies and origins in ANT events (skipped: ../shared/data/ant-corpus-multisource is absent)', () => {
  describe('Malala returns to Pakistan (29 March 2018): Al Arabiya credits AFP, Sky News Arabia runs the same text, BBC reports its own', () => {
    const [AL, SK, BB] = ['AL-internationalNews-676-20180329', 'SK-internationalNews-654-20180329', 'BB-internationalNews-243-20180329'];
    const c = compareArticles(readAnt(AL, SK, BB));

    it('finds the two copies of one dispatch, with the share of each found in the other', () => {
      expect(c.copies!.map((l) => [l.a, l.b, l.kind])).toEqual([[AL, SK, 'copy']]);
      const [link] = c.copies!;
      expect(link.shareA).toBeGreaterThan(0.9);
      expect(link.shareB).toBeGreaterThan(0.9);
      expect(c.origins!.map((o) => [o.article, o.origin.key])).toEqual([[AL, 'agency:afp'], [SK, 'own:skynews'], [BB, 'own:bbc']]);
      expect(c.origins!.find((o) => o.article === BB)!.copiedShare).toBeLessThan(0.1);
    });

    it('counts them as one origin, AFP, in every group: never as two confirmations', () => {
      const both = c.groups.filter((g) => g.members.some((m) => m.startsWith(AL)) && g.members.some((m) => m.startsWith(SK)));
      expect(both.length).toBeGreaterThan(3);
      for (const g of both) {
        const withBbc = g.members.some((m) => m.startsWith(BB));
        expect([g.origins!.outlets, g.origins!.count]).toEqual(withBbc ? [3, 2] : [2, 1]);
        expect(origins(g)).toBe(withBbc ? 'AFP[Al Arabiya,Sky News Arabia]; BBC Arabic[BBC Arabic]' : 'AFP[Al Arabiya,Sky News Arabia]');
        expect(g.origins!.independent[0].basis).toContain('Sky News Arabia runs it without crediting AFP');
      }
    });
  });

  describe('a blast in Gaza (5 May 2018): France 24 files one article twice, Sky News Arabia copies one AFP sentence', () => {
    const [AL, FR1, FR2, SK] = ['AL-internationalNews-1005-20180505', 'FR-internationalNews-1095-20180505', 'FR-middleEast-406-20180505', 'SK-middleEast-1445-20180505'];
    const c = compareArticles(readAnt(AL, FR1, FR2, SK));
    /** An article's first claim (ids are hashes of the text: found by place, not by number). */
    const firstClaim = (id: string) => c.articles.find((a) => a.id === id)!.claims[0].id;

    it('the same text filed twice by France 24 is one article, and says so', () => {
      const duplicate = c.copies!.find((l) => l.kind === 'duplicate')!;
      expect([duplicate.a, duplicate.b, duplicate.similarity]).toEqual([FR1, FR2, 1]);
      expect(c.origins!.find((o) => o.article === FR2)!.duplicateOf).toBe(FR1);
      // In every group that holds both filings, France 24 counts once among the outlets and the origins.
      const twice = c.groups.filter((g) => g.members.some((m) => m.startsWith(FR1)) && g.members.some((m) => m.startsWith(FR2)));
      expect(twice.length).toBeGreaterThan(3);
      for (const g of twice) {
        const outlets = new Set(g.members.map((m) => c.articles.find((a) => a.id === article(c, m))!.outlet));
        // The two filings alone are not two outlets reporting a fact: each group has another outlet.
        expect(outlets.size).toBeGreaterThanOrEqual(2);
        expect(g.origins!.outlets).toBe(outlets.size);
        expect(g.origins!.count).toBeLessThanOrEqual(outlets.size);
        expect(g.origins!.independent.flatMap((o) => o.basis).join('\n')).toContain(`France 24 filed the same text twice (${FR1}, ${FR2}): one article`);
      }
    });

    it('a sentence copied into an otherwise original article is found as a copied passage', () => {
      const link = c.copies!.find((l) => l.a === AL && l.b === SK)!;
      expect(link.kind).toBe('passages');
      expect(link.passages).toEqual([{ a: firstClaim(AL), b: firstClaim(SK), shareA: expect.any(Number), shareB: expect.any(Number) }]);
      expect(link.passages[0].shareA).toBeGreaterThanOrEqual(0.5);
      expect(link.passages[0].shareB).toBeGreaterThanOrEqual(0.5);
      // The rest of Sky News Arabia's article is its own.
      expect(c.origins!.find((o) => o.article === SK)!.copiedShare).toBeLessThan(0.3);
    });

    it('the toll the copies of one AFP text give differently (خمسة / ستة / 5) is an edit, not independent disagreement', () => {
      // Five (Al Arabiya, 17:51 UTC) then six (France 24, 20:49): since stop 31 the pair is the toll
      // rising (updated values, the group partial); the origins still call the difference an edit.
      const toll = c.groups.find((g) => g.members.includes(firstClaim(AL)) && g.diffs.some((d) => d.updated))!;
      expect([toll.origins!.outlets, toll.origins!.count]).toEqual([3, 1]);
      expect(toll.origins!.edits.map((e) => [e.kind, e.note])).toContainEqual(['copy', 'number: خمسة / ستة']);
    });
  });
});

describe('seed pair 003/004: two outlets print the Halevi sentence in the same words', () => {
  const c = compareArticles(['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles));

  it('a copied passage, not a copied article', () => {
    expect(c.copies!.map((l) => l.kind)).toEqual(['passages']);
    const [link] = c.copies!;
    expect(Math.max(link.shareA, link.shareB)).toBeLessThan(0.3);
    const texts = new Map(c.articles.flatMap((a) => a.claims.map((x) => [x.id, x.text])));
    const halevi = 'أطلع هاليفي بلينكن على عمليات الجيش الإسرائيلي';
    expect(link.passages.some((p) => texts.get(p.a)!.includes(halevi) && texts.get(p.b)!.includes(halevi))).toBe(true);
  });

  it('the group of that sentence has one origin for its two outlets; the others have two', () => {
    const halevi = c.groups.find((g) => g.members.some((m) => c.articles[0].claims.find((x) => x.id === m)?.text.includes('أطلع هاليفي بلينكن')))!;
    expect([halevi.origins!.outlets, halevi.origins!.count, halevi.origins!.independent[0].kind]).toEqual([2, 1, 'shared-text']);
    const independent = c.groups.filter((g) => g.origins!.count === 2);
    expect(independent.length).toBeGreaterThan(c.groups.length / 2);
  });
});
