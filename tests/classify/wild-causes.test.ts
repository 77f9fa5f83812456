// Dates across whole events: rival dates invented on random ANT events (eval/wild/conflicts-*.json)
// by two slots of one story, relative clauses and spans, with the real ones that must stay, and a
// missed conflict of an annotated event (two prayers as the time of one bombing). The sentence
// pairs of the same readings are in real-coverage.test.ts.
// Reads ../shared/data/ant-corpus-multisource at test time; skips when it is absent.
import { describe, expect, it } from 'vitest';
import { hasAnt } from './support.js';
import { compareArticles } from '../../src/compare.js';
import { readAnt } from '../support/ant.js';
import type { Comparison } from '../../src/types.js';

/** The date conflicts between members of the comparison's groups (of conflicting groups only, when asked). */
function dateConflicts(c: Comparison, conflictingGroupsOnly = false) {
  const groups = conflictingGroupsOnly ? c.groups.filter((g) => g.relation === 'conflict') : c.groups;
  return groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
}

describe.skipIf(!hasAnt)('invented conflicts of random events (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it('Egyptians abroad vote on 16-18 March, at home on 26-28 March: two slots of one story, no rival dates (Egyptian presidential vote)', () => {
    const c = compareArticles(readAnt('FR-internationalNews-461-20180316', 'SK-middleEast-289-20180314', 'SK-middleEast-328-20180316', 'SK-middleEast-341-20180316'));
    const dates = dateConflicts(c);
    expect(dates).toEqual([]);
  });

  it('the US moved its embassy on 14 May, the new president takes office on 15 August: dates in relative clauses about others, no rival dates (Paraguay embassy in Jerusalem)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-1258-20180521', 'FR-internationalNews-1361-20180521', 'FR-middleEast-506-20180521'));
    const dates = dateConflicts(c);
    expect(dates).toEqual([]);
  });

  it('the World Cup "which is held" until 15 July against the World Cup "held" until 16 July: a relative clause about the same thing still dates it (Argentina friendly)', () => {
    const c = compareArticles(readAnt('SK-middleEast-2187-20180606', 'FR-internationalNews-1659-20180606'));
    const dates = dateConflicts(c);
    expect(dates.map((x) => `${x.a} / ${x.b}`)).toEqual([expect.stringMatching(/15 يوليو.* \/ .*16 يوليو|16 يوليو.* \/ .*15 يوليو/)]);
  });

  it('Malala became known in 2009 / her first visit "since the attack that nearly killed her in 2012": the start of a span is no rival year (Malala in Swat)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-682-20180329', 'CN-internationalNews-201-20180331'));
    const dates = dateConflicts(c);
    expect(dates).toEqual([]);
  });

  it('"since the clashes and marches broke out (منذ أن اندلعت) on 30 March" against "after demonstrations on 31 March": a clause after منذ أن tells an event of its own, which its date dates (Gaza border march)', () => {
    const c = compareArticles(readAnt('CN-middleEast-532-20180409', 'FR-internationalNews-631-20180409'));
    const dates = dateConflicts(c, true);
    expect(dates.map((x) => `${x.a} / ${x.b}`)).toEqual([expect.stringMatching(/31 مارس.* \/ .*30 آذار|30 آذار.* \/ .*31 مارس/)]);
  });

  it('"during the noon prayer" against "shortly after the afternoon prayer": two times of day of one bombing (Mubi mosque bombing, annotated)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-986-20180501', 'FR-internationalNews-1033-20180501'));
    const dates = dateConflicts(c, true);
    expect(dates.map((x) => `${x.a} / ${x.b}`)).toContain('صلاة ظهر / صلاة العصر');
  });
});


// Two days' tolls (held-out reading of stop 31, conflicts-32): 40 civilians killed in Douma on
// Friday and 8 on Saturday, told in sentences worded too differently for a date cue, are two
// reports of two days, not rival figures of one toll.
describe.skipIf(!hasAnt)("two days' tolls (skipped when ../shared/data/ant-corpus-multisource is absent)", () => {
  it('France 24 "8 civilians killed in the raids on Saturday" against Sky News Arabia / France 24 "the raids on Friday killed 40": no number conflict', () => {
    const c = compareArticles(readAnt('FR-internationalNews-591-20180407', 'SK-middleEast-823-20180407', 'SK-middleEast-831-20180407'));
    const text = new Map(c.articles.flatMap((a) => a.claims.map((x) => [x.id, x.text] as const)));
    const numbers = c.groups.flatMap((g) => g.diffs).filter((d) => d.conflicts.some((x) => x.kind === 'number')).map((d) => [text.get(d.a)!, text.get(d.b)!]);
    const saturdayFriday = numbers.filter(([x, y]) => [x, y].some((s) => /في الغارات السبت|عن مقتل 8 مدنيين السبت/.test(s)) && [x, y].some((s) => /الجمعة عن مقتل (?:أربعين|40)/.test(s)));
    expect(saturdayFriday).toEqual([]);
  });
});
