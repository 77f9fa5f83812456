// What the figures table still invented on the hand-read replays of large events (stop 35,
// eval/wild/conflicts-33.json and -34.json: events of 9-14 articles): each general cause on the real
// sentences that showed it. Real articles, read from ../shared at run time.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt, readingOf } from './helpers.js';

// Two versions of one France 24 report on the Kerkennah shipwreck (4 June 2018), stored with one time: 48 bodies, then 55.
const KERKENNAH_VERSIONS = ['FR-internationalNews-1635-20180604', 'FR-internationalNews-1649-20180604'];
// The Ouagadougou attacks (2 March 2018): France 24 gave eight security forces killed, then seven in its final report.
const OUAGADOUGOU = ['AL-internationalNews-308-20180303', 'BB-internationalNews-90-20180302', 'FR-internationalNews-227-20180303', 'FR-internationalNews-243-20180303', 'FR-internationalNews-266-20180305'];
// The Liège shooting (29 May 2018): "four dead, among them two policemen in addition to the attacker" (France 24),
// "four dead, among them two policemen" with "the gunman and two police officers and a passer-by killed" (Sky News Arabia),
// "three dead, among them two policewomen" (Al Arabiya, France 24 and Sky News Arabia the next day).
const LIEGE = [
  'AL-internationalNews-1380-20180530', 'FR-internationalNews-1507-20180529', 'FR-internationalNews-1531-20180530', 'SK-internationalNews-1849-20180529',
];
// The event they belong to: the Kerkennah shipwreck off Tunisia and a boat sunk off Turkey, 3-4 June 2018.
const SHIPWRECKS = [
  'AL-internationalNews-1437-20180603', 'BB-middleEast-576-20180603', 'CN-internationalNews-429-20180603', 'FR-internationalNews-1612-20180603',
  'FR-internationalNews-1625-20180604', ...KERKENNAH_VERSIONS, 'SK-internationalNews-1936-20180603', 'SK-internationalNews-1946-20180603',
  'SK-internationalNews-1957-20180604', 'SK-middleEast-2118-20180603', 'SK-middleEast-2124-20180603',
];

describe.skipIf(!hasAnt)('figures of the stop-35 replays of large events (skipped when ../shared/data is absent)', () => {
  it('two versions of one report with one stored time ("48 bodies recovered" / "55 bodies recovered", France 24) are the outlet\'s own revision, an update, not a conflict', () => {
    const { entries, results } = figuresOf(antArticles(KERKENNAH_VERSIONS));
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: updated \| .*48\*.*55\*/);
    expect(killed?.reason).toMatch(/48 .*-> 55 /);
  });

  it('the claim pairs of the two versions give 48 -> 55 as the outlet\'s revision (partial), no number conflict', () => {
    const c = compareArticles(antArticles(SHIPWRECKS));
    const diffs = c.groups.flatMap((g) => g.diffs);
    expect(diffs.filter((d) => d.relation === 'conflict' && d.conflicts.some((x) => x.kind === 'number' && [x.a, x.b].sort().join('/') === '48/55'))).toEqual([]);
    const revised = diffs.find((d) => d.updated?.some((x) => [x.a, x.b].sort().join('/') === '48/55'));
    expect(revised?.relation).toBe('partial');
    expect(c.groups.flatMap((g) => g.evidence.notes).some((n) => n.includes("France 24's own revision of its toll"))).toBe(true);
  });

  it('"11 bodies recovered in an initial toll (في حصيلة أولية)", restated a day later, is the earlier report of the 35 published the day before: the pair reads 11 -> 35, not a toll lowered', () => {
    const c = compareArticles(antArticles(SHIPWRECKS));
    const text = new Map(c.articles.flatMap((a) => a.claims.map((cl) => [cl.id, cl.text] as const)));
    const pair = c.groups.flatMap((g) => g.diffs).find((d) => [d.a, d.b].some((id) => text.get(id)?.startsWith('أعلنت وزارة الداخلية التونسية انتشال 35')) && [d.a, d.b].some((id) => d.a !== d.b && id.startsWith('FR-internationalNews-1635') && text.get(id)?.includes('11 جثة في حصيلة أولية')));
    expect(pair?.relation).toBe('partial');
    const later = pair?.updatedLater === 'a' ? pair.a : pair?.b;
    expect(later?.startsWith('FR-internationalNews-1612')).toBe(true);
  });

  it('one outlet that lowers its own toll in a later report ("eight of the security forces killed", then "seven ... according to a final report", France 24) revises it: an update, no conflict with itself', () => {
    const { entries, results } = figuresOf(antArticles(OUAGADOUGOU));
    const police = entries.find((e) => entryName(e) === 'killed (police)');
    expect(police ? formatEntry(police, results) : 'none').toMatch(/^killed \(police\): updated/);
    expect(police?.reason).toMatch(/^later reports revise it: .*ثمانية \(France 24, 2018-03-03T20:39\) -> سبعة \(France 24, 2018-03-05T15:10\)/);
  });

  it('an article that tells the attacker died ("among the dead two policemen in addition to the attacker", "led to the killing of the gunman and two police officers") may count him: its four dead agree with three victims (Liège)', () => {
    const { entries, results } = figuresOf(antArticles(LIEGE));
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed ? formatEntry(killed, results) : 'none').toMatch(/^killed: agree/);
    expect(killed?.values.find((v) => v.article === 'SK-internationalNews-1849-20180529' && v.compared)?.note).toMatch(/may count the attacker/);
  });

  it('the claim pairs follow: "four killed" (France 24, counting the attacker) against "three dead" (Al Arabiya) is one toll, partial, not a number conflict (Liège)', () => {
    const c = compareArticles(antArticles(LIEGE));
    const diffs = c.groups.flatMap((g) => g.diffs).filter((d) => [d.a, d.b].some((id) => id.startsWith('FR-internationalNews-1507')) && [d.a, d.b].some((id) => id.startsWith('AL-internationalNews-1380')));
    expect(diffs.filter((d) => d.relation === 'conflict' && d.conflicts.some((x) => x.kind === 'number'))).toEqual([]);
    expect(c.groups.flatMap((g) => g.evidence.notes).some((n) => n.includes('with and without the attacker'))).toBe(true);
  });

  it('"55 refugees died off the Tunisian and Turkish coasts in two separate incidents (في حادثين منفصلين)" is a sum over incidents, no rival of the toll of either (Sky News Arabia)', () => {
    expect(readingOf(['SK-internationalNews-1946-20180603'], 'وقضى 55 لاجئا', '55')).toBe('killed (cumulative): 55');
  });

  it('the shipwrecks\' toll is then the Kerkennah toll rising over reports, no conflict (at least 46 on Sunday evening, at least 48 at night, 55 the next day)', () => {
    const { entries } = figuresOf(antArticles(SHIPWRECKS));
    expect(entries.find((e) => entryName(e) === 'killed')?.relation).toBe('updated');
  });

  it('a headline "أكثر من 700 قتيل مدني" takes the scope its body gives the same amount (since the 18 February escalation: a running total of civilians), no rival of one night\'s 10 dead (Eastern Ghouta, France 24)', () => {
    expect(readingOf(['FR-internationalNews-272-20180305'], 'أكثر من 700 قتيل مدني', '700')).toBe('killed (cumulative, civilians): >700');
  });
});
