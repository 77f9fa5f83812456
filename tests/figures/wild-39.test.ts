// What the figures table and the claim pairs that follow it still invented on the stop-37 held-out
// replays (eval/wild/conflicts-37.json, -38, -39, now development material): each general cause on
// the real sentences that showed it. Real articles, read from ../shared at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt, readingOf } from './helpers.js';

/** The articles of an event of a wild sample (eval/wild/<file>.json), all of them, as the replay compares them. */
function eventArticles(file: string, event: string): string[] {
  const sample = JSON.parse(readFileSync(new URL(`../../eval/wild/${file}.json`, import.meta.url), 'utf8')) as { events: Array<{ event: string; articles: string[] }> };
  return sample.events.find((e) => e.event === event)?.articles ?? [];
}

// The fourth Friday of Gaza's "Great March of Return" (20-21 April 2018), all eleven articles of the
// event: France 24's running total since 30 March, 36 (Friday 12:45) then 37 (Saturday); Sky News
// Arabia's 33 (07:55), 34 (11:00), 35 (17:17) then 38; BBC's 35 (12:58).
const GAZA = eventArticles('conflicts-37', 'BB-middleEast-379-20180420');
// Venezuela's presidential election (Sunday 20 May 2018) and Trump's order of the next day.
const VENEZUELA = eventArticles('conflicts-38', 'AL-internationalNews-1257-20180521');
// Israel's strikes in Syria, 8-11 May 2018 (all 35 articles of the event).
const STRIKES = eventArticles('conflicts-39', 'AL-internationalNews-1100-20180510');
// The Münster van attack (7-8 April 2018) and the Paris knife attack (12-13 May 2018).
const MUNSTER = eventArticles('conflicts-37', 'AL-internationalNews-828-20180407');
const PARIS = eventArticles('conflicts-38', 'AL-internationalNews-1140-20180513');

describe.skipIf(!hasAnt)('figures of the stop-39 replays (skipped when ../shared/data is absent)', () => {
  it('a since-date far after `منذ` is where the span starts, not a past incident: "يرتفع عدد الذين قتلوا منذ اندلاع هذه الموجة من الاحتجاجات في 30 آذار/مارس الماضي إلى 36" is 36 killed since the protests began (France 24, Gaza)', () => {
    expect(readingOf(['FR-internationalNews-826-20180420'], 'يرتفع عدد الذين قتلوا', '36')).toBe('killed (cumulative): 36');
  });

  it('a date that `منذ ذلك التاريخ` points back to starts the span: "... في 30 مارس، ومنذ ذلك التاريخ قتل 33 فلسطينيا" stays in the running total with all the event\'s articles, which date its tolls to 20 April (Sky News Arabia, Gaza)', () => {
    const { entries, results } = figuresOf(antArticles(GAZA));
    const total = entries.find((e) => entryName(e) === 'killed (cumulative)');
    const row = total ? formatEntry(total, results) : 'none';
    for (const amount of ['33', '34', '35', '36', '37', '38']) expect(row).toContain(` ${amount}*`);
    // Each outlet's filings rise; BBC's 35 at 12:58 and Sky's 35 at 17:17, after France 24's 36 at
    // 12:45, are counts the total had passed through (Sky's 34 at 11:00): older counts, no rival.
    expect(row).toMatch(/^killed \(cumulative\): updated/);
  });

  it('the claim pairs follow: one outlet\'s running total in a later filing, higher (France 24 36 -> 37; Sky News Arabia 33 -> 34 -> 35), is no number conflict (Gaza)', () => {
    const c = compareArticles(antArticles(GAZA));
    const diffs = c.groups.flatMap((g) => g.diffs);
    const between = (a: string, b: string) => diffs.filter((d) => [d.a, d.b].some((id) => id.startsWith(a)) && [d.a, d.b].some((id) => id.startsWith(b)));
    const rival = (a: string, b: string, x: string, y: string) =>
      between(a, b).filter((d) => d.relation === 'conflict' && d.conflicts.some((k) => [k.a, k.b].sort().join('/') === [x, y].sort().join('/')));
    expect(rival('FR-internationalNews-826', 'FR-internationalNews-838', '36', '37')).toEqual([]);
    expect(rival('FR-middleEast-324', 'FR-middleEast-334', '36', '37')).toEqual([]);
    expect(rival('SK-middleEast-1140', 'SK-middleEast-1142', '33', '34')).toEqual([]);
    expect(rival('SK-middleEast-1140', 'SK-middleEast-1147', '33', '35')).toEqual([]);
    expect(rival('SK-middleEast-1142', 'SK-middleEast-1147', '34', '35')).toEqual([]);
  });

  it('a definite noun before a verb that `و` opens is the object of the verb before, not a second count: "بعد أن دهس الحشد وأصاب نحو 30 شخصا بجروح" is 30 wounded, no casualties (dead and wounded) against Sky\'s 4 (Münster)', () => {
    expect(readingOf(['FR-internationalNews-599-20180407'], 'بعد أن دهس الحشد', '30')).toBe('wounded: ~30');
    const { entries, results } = figuresOf(antArticles(MUNSTER));
    const casualties = entries.find((e) => entryName(e) === 'casualties');
    expect(casualties ? formatEntry(casualties, results) : 'none').not.toMatch(/30/);
    // The wounded of that Saturday afternoon, about 30 against 20 at the same hour, are still a conflict (read true).
    expect(entries.find((e) => entryName(e) === 'wounded')?.relation).toBe('conflict');
  });

  it('of the wounded, only those a critical word is said of: "4 جرحى اثنان منهم بحالة خطيرة" and "اثنان من المصابين الأربعة حالتهم خطرة" have two critical, and "جميع المصابين الأربعة تخطوا مرحلة الخطر" none: no rival of BBC\'s two (Paris)', () => {
    const { entries, results } = figuresOf(antArticles(PARIS));
    const critical = entries.find((e) => entryName(e) === 'wounded (critical)');
    expect(critical ? formatEntry(critical, results) : 'none').not.toMatch(/ 4\*?( |$)/);
    expect(critical?.relation).not.toBe('conflict');
    // CNN's eight wounded against everyone's four, at the same hour, is still a conflict (read true).
    expect(entries.find((e) => entryName(e) === 'wounded')?.relation).toBe('conflict');
  });

  it('a superlative between the figure and `منذ` compares, in any word of its clause: "مقتل 62 فلسطينيا ... يومي الاثنين والثلاثاء في أعنف أعمال عنف تشهدها المنطقة الحدودية مع إسرائيل منذ بدء موجة الاحتجاجات في 30 مارس/آذار الماضي" is the two days\' toll, not a running total (France 24, Gaza, 18 May 2018)', () => {
    expect(readingOf(['FR-internationalNews-1319-20180518'], 'وأدى إطلاق النار من قبل', '62')).toBe('killed: 62');
    expect(readingOf(['FR-internationalNews-1319-20180518'], 'وقتل 116 فلسطينيا', '116')).toBe('killed (cumulative): 116');
  });

  it('a day followed by `بعد`, after, dates the act before it, not the one after: "وصعد ترمب من الضغوط على مادورو، الاثنين، بعد الانتخابات" (Monday) is no rival date of "الانتخابات التي جرت الأحد" (Sunday) (Venezuela)', () => {
    const { entries, results } = figuresOf(antArticles(VENEZUELA));
    const dates = entries.filter((e) => e.quantity === 'date' && e.relation === 'conflict').map((e) => formatEntry(e, results));
    expect(dates).toEqual([]);
  });

  it('the clause right after a toll that opens with a cause tells the incident its dead died in, and that incident\'s date: "وقتل 26 مسلحا ...، جراء ضربات صاروخية استهدفت في نهاية نيسان/أبريل" is no rival of the 8 May Kiswah strike\'s nine (Israeli strikes in Syria)', () => {
    const { entries, results } = figuresOf(antArticles(STRIKES));
    const rivals = entries.filter((e) => e.relation === 'conflict' && e.values.some((v) => v.compared && v.text === '26') && e.values.some((v) => v.compared && v.text === 'تسعة'));
    expect(rivals.map((e) => formatEntry(e, results))).toEqual([]);
    // The overnight 10 May strikes: the Syrian army's 3 against the Observatory's 20 and more, still a conflict (read true).
    const killed = entries.find((e) => entryName(e) === 'killed');
    expect(killed?.relation).toBe('conflict');
  });

  it('the verbal noun `فقدان` counts the missing: "أعلنت السلطات المحلية فقدان 17 شخصا" (CNN Arabic) and "ما أدى الى فقدان أثر سبعة أشخاص" (Sky News Arabia) are missing counts of cyclone Mekunu on Socotra', () => {
    expect(readingOf(['CN-middleEast-1018-20180525'], 'أعلنت السلطات المحلية فقدان', '17')).toBe('missing: 17');
    expect(readingOf(['SK-middleEast-1889-20180523'], 'ما أدى الى فقدان أثر', 'سبعة')).toBe('missing: 7');
  });
});
