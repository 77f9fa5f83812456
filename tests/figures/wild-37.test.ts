// What the figures table still invented on the stop-35/36 replays of large events
// (eval/wild/conflicts-35.json and -36.json): each general cause on the real sentences that showed
// it. Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt, valueAt } from './helpers.js';

// The strike on al-Hari near Albukamal (17-18 June 2018): France 24 quotes the Observatory's
// "مقتل52 شخصا بينهم 30 مقاتلا عراقيا على الأقل", Sky News Arabia its earlier "بمقتل 38 من
// المقاتلين الموالين للنظام السوري" and "هناك 38 قتيلا من جنسيات غير سورية".
const HARI = ['FR-internationalNews-1897-20180619', 'SK-middleEast-2447-20180618'];
// The Kabul twin bombing (30 April 2018): CNN's "في حين قُتل 11 شخصا بانفجار استهدف قافلة للقوات
// الرومانية في مدينة قندهار" tells the Kandahar bombing of the same day beside Kabul's toll.
const KABUL = [
  'BB-internationalNews-440-20180430', 'CN-internationalNews-292-20180430', 'CN-internationalNews-294-20180430', 'CN-internationalNews-296-20180430',
  'FR-internationalNews-1000-20180430', 'FR-internationalNews-1011-20180430', 'SK-internationalNews-1263-20180430', 'SK-internationalNews-1265-20180430',
  'SK-internationalNews-1272-20180430',
];

describe.skipIf(!hasAnt)('figures of the stop-37 replays of large events (skipped when ../shared/data is absent)', () => {
  it('a part of one toll ("52 dead, among them 30 Iraqi fighters") is no rival of a group count that is another article\'s whole toll (38 fighters, 38 dead): the wholes, 38 -> 52, are the update (al-Hari strike)', () => {
    const { entries, results } = figuresOf(antArticles(HARI));
    const fighters = entries.find((e) => entryName(e) === 'killed (militants)');
    expect(fighters?.relation).not.toBe('conflict');
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: updated \|.*38\*.*52\*|^killed: updated \|.*52\*.*38\*/);
  });

  it('a toll told with the incident it died in and that incident\'s place ("قُتل 11 شخصا بانفجار استهدف قافلة للقوات الرومانية في مدينة قندهار") counts that place: Kandahar\'s 11 is no rival of Kabul\'s rising 21 -> 25 -> 29 (Kabul bombings)', () => {
    const { entries, results } = figuresOf(antArticles(KABUL));
    expect(valueAt(entries, 'في حين قُتل 11 شخصا', '11') && entryName(valueAt(entries, 'في حين قُتل 11 شخصا', '11')!.entry)).toBe('killed in قندهار');
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: updated/);
  });

  it('the claim pairs follow: "مقتل52 شخصا بينهم 30 مقاتلا عراقيا" (France 24) against "بمقتل 38 من المقاتلين الموالين للنظام" (Sky News Arabia, earlier), whose article\'s toll is 38, is the toll rising, partial, not a number conflict (al-Hari strike)', () => {
    const c = compareArticles(antArticles(HARI));
    const diffs = c.groups.flatMap((g) => g.diffs).filter((d) => [d.a, d.b].some((id) => id.startsWith('FR-internationalNews-1897')) && [d.a, d.b].some((id) => id.startsWith('SK-middleEast-2447')));
    const pair = diffs.find((d) => d.updated?.some((x) => [x.a, x.b].sort().join('/') === '38/52'));
    expect(pair?.relation).toBe('partial');
    expect(diffs.filter((d) => d.relation === 'conflict' && d.conflicts.some((x) => [x.a, x.b].sort().join('/') === '38/52'))).toEqual([]);
  });

  it('a date between a toll\'s words and its number is no figure: "ترتفع حصيلة قتلى الاحتجاجات منذ 30 آذار/مارس الماضي إلى 37 فلسطينيا" gives 37 killed since the protests began (France 24, Gaza, 21 April 2018)', () => {
    const { entries } = figuresOf(antArticles(['FR-internationalNews-838-20180421']));
    const v = valueAt(entries, 'ترتفع حصيلة قتلى', '37');
    expect(v ? entryName(v.entry) : 'none').toBe('killed (cumulative)');
  });
});
