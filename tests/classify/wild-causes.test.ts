// General causes of conflicts invented on random ANT events (eval/wild/conflicts-*.json), each on
// the real sentences that showed it, with the real conflicts of the same events that must stay;
// and a conflict of an annotated event that was missed (two prayers as the time of one bombing).
// Reads ../shared/data/ant-corpus-multisource at test time; skips when it is absent.
import { describe, expect, it } from 'vitest';
import { antSentence, hasAnt, relationOf } from './support.js';
import { compareArticles } from '../../src/compare.js';
import { readAnt } from '../support/ant.js';

type Side = [docno: string, anchor: string];

describe.skipIf(!hasAnt)('invented conflicts of random events (skipped when ../shared/data/ant-corpus-multisource is absent)', () => {
  it.each<[string, Side, Side]>([
    ['told the Russian agency RIA Novosti / told the French news agency: the medium, not a nationality of the story (Novichok)', ['AL-internationalNews-547-20180320', 'رغم نفي السلطات تطويره'], ['FR-internationalNews-535-20180320', 'وأكدت وزارة الخارجية لوكالة الأنباء']],
    ['26 of the passengers and the crew of six killed / 32 killed: parts told one by one are the whole (Hmeimim crash)', ['BB-internationalNews-105-20180306', 'تحطمت طائرة نقل روسية في'], ['CN-middleEast-198-20180306', 'أعلنت وزارة الدفاع الروسية، الثلاثاء،']],
    ['1,450 civilians killed by the raids of the past weeks / 29 killed in Douma on Tuesday: a running total against one day (Eastern Ghouta)', ['BB-middleEast-225-20180320', 'وتسببت الغارات الروسية الأسابيع الماضية'], ['SK-middleEast-438-20180320', 'قتل 29 مدنيا، في قصف']],
  ])('%s: no conflict', (_what, [da, xa], [db, xb]) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).not.toMatch(/^conflict/);
  });

  it.each<[string, Side, Side, RegExp]>([
    ['26 passengers and 6 crew / 33 passengers and six crew: the parts differ (Hmeimim crash)', ['CN-middleEast-198-20180306', 'ونقلت وكالة أنباء سبوتنيك'], ['FR-internationalNews-291-20180306', 'وقالت وزارة الدفاع الروسية في بيان'], /^conflict \(number: 26 \/ 33/],
  ])('%s: a conflict', (_what, [da, xa], [db, xb], expected) => {
    expect(relationOf(antSentence(da, xa), antSentence(db, xb))).toMatch(expected);
  });

  it('Egyptians abroad vote on 16-18 March, at home on 26-28 March: two slots of one story, no rival dates (Egyptian presidential vote)', () => {
    const c = compareArticles(readAnt('FR-internationalNews-461-20180316', 'SK-middleEast-289-20180314', 'SK-middleEast-328-20180316', 'SK-middleEast-341-20180316'));
    const dates = c.groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates).toEqual([]);
  });

  it('the US moved its embassy on 14 May, the new president takes office on 15 August: dates in relative clauses about others, no rival dates (Paraguay embassy in Jerusalem)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-1258-20180521', 'FR-internationalNews-1361-20180521', 'FR-middleEast-506-20180521'));
    const dates = c.groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates).toEqual([]);
  });

  it('the World Cup "which is held" until 15 July against the World Cup "held" until 16 July: a relative clause about the same thing still dates it (Argentina friendly)', () => {
    const c = compareArticles(readAnt('SK-middleEast-2187-20180606', 'FR-internationalNews-1659-20180606'));
    const dates = c.groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates.map((x) => `${x.a} / ${x.b}`)).toEqual([expect.stringMatching(/15 يوليو.* \/ .*16 يوليو|16 يوليو.* \/ .*15 يوليو/)]);
  });

  it('Malala became known in 2009 / her first visit "since the attack that nearly killed her in 2012": the start of a span is no rival year (Malala in Swat)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-682-20180329', 'CN-internationalNews-201-20180331'));
    const dates = c.groups.flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates).toEqual([]);
  });

  it('"during the noon prayer" against "shortly after the afternoon prayer": two times of day of one bombing (Mubi mosque bombing, annotated)', () => {
    const c = compareArticles(readAnt('AL-internationalNews-986-20180501', 'FR-internationalNews-1033-20180501'));
    const dates = c.groups.filter((g) => g.relation === 'conflict').flatMap((g) => g.diffs.flatMap((d) => d.conflicts)).filter((x) => x.kind === 'date');
    expect(dates.map((x) => `${x.a} / ${x.b}`)).toContain('صلاة ظهر / صلاة العصر');
  });
});

