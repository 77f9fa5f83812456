// What the figures table still invented on the stop-35/36 replays of large events
// (eval/wild/conflicts-35.json and -36.json): each general cause on the real sentences that showed
// it. Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt } from './helpers.js';

// The strike on al-Hari near Albukamal (17-18 June 2018): France 24 quotes the Observatory's
// "مقتل52 شخصا بينهم 30 مقاتلا عراقيا على الأقل", Sky News Arabia its earlier "بمقتل 38 من
// المقاتلين الموالين للنظام السوري" and "هناك 38 قتيلا من جنسيات غير سورية".
const HARI = ['FR-internationalNews-1897-20180619', 'SK-middleEast-2447-20180618'];
describe.skipIf(!hasAnt)('figures of the stop-37 replays of large events (skipped when ../shared/data is absent)', () => {
  it('a part of one toll ("52 dead, among them 30 Iraqi fighters") is no rival of a group count that is another article\'s whole toll (38 fighters, 38 dead): the wholes, 38 -> 52, are the update (al-Hari strike)', () => {
    const { entries, results } = figuresOf(antArticles(HARI));
    const fighters = entries.find((e) => entryName(e) === 'killed (militants)');
    expect(fighters?.relation).not.toBe('conflict');
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: updated \|.*38\*.*52\*|^killed: updated \|.*52\*.*38\*/);
  });

});
