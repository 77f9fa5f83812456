// Conflicts a fact-checker acts on, found event-wide in the figures table, on real multi-outlet
// events of the ANT corpus (read from ../shared at run time; skipped when absent) and the seeds;
// each cause has its guard rows (what must stay quiet).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ArticleResult, FigureEntry } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { seedPath } from '../support/seeds.js';
import { antArticles, entryName, figuresOf, formatEntry, hasAnt } from './helpers.js';

const EVENTS: Record<string, string[]> = {
  hajjah: ['BB-middleEast-388-20180423', 'FR-internationalNews-873-20180423', 'FR-middleEast-346-20180423', 'SK-middleEast-1215-20180423'],
  nepal: ['AL-internationalNews-438-20180312', 'BB-internationalNews-135-20180312', 'FR-internationalNews-387-20180312', 'SK-internationalNews-294-20180312'],
  mubi: ['AL-internationalNews-986-20180501', 'FR-internationalNews-1033-20180501', 'SK-internationalNews-1300-20180501'],
  ethiopia: ['AL-internationalNews-1747-20180623', 'BB-internationalNews-686-20180623', 'FR-internationalNews-1979-20180623', 'SK-internationalNews-2283-20180623'],
  kabul: ['BB-internationalNews-380-20180422', 'CN-internationalNews-265-20180422', 'FR-internationalNews-855-20180422', 'SK-internationalNews-1086-20180422'],
  miami: ['BB-internationalNews-161-20180316', 'CN-internationalNews-139-20180318', 'FR-internationalNews-462-20180316', 'SK-internationalNews-378-20180316', 'SK-internationalNews-388-20180316', 'SK-internationalNews-402-20180317'],
  india: ['AL-internationalNews-957-20180503', 'BB-internationalNews-457-20180503', 'CN-internationalNews-310-20180503', 'FR-internationalNews-1063-20180503', 'SK-internationalNews-1338-20180503', 'SK-internationalNews-1342-20180504'],
  libya: ['BB-middleEast-436-20180502', 'CN-internationalNews-305-20180502', 'FR-internationalNews-1042-20180502', 'SK-middleEast-1383-20180502', 'SK-middleEast-1387-20180502', 'SK-middleEast-1392-20180502'],
  // Events outside the annotated ones, read for the guards (and one real date conflict).
  puigdemont: ['AL-internationalNews-820-20180406', 'FR-internationalNews-556-20180405'],
  embassies: ['SK-middleEast-1820-20180520', 'SK-middleEast-1840-20180521'],
  macron: ['AL-internationalNews-980-20180501', 'FR-internationalNews-1031-20180501'],
  santafe: ['SK-internationalNews-1643-20180518', 'SK-internationalNews-1662-20180519'],
  park: ['AL-internationalNews-818-20180406', 'BB-internationalNews-300-20180406', 'SK-internationalNews-824-20180406'],
  // «ونفت موسكو مسؤوليتها» (a denial), «مسؤوليته عن الكثير من الهجمات في كابول» (many attacks), «الشهر الماضي أعلن تنظيم داعش مسؤوليته عنه» (last month's attack).
  claims: ['AL-internationalNews-478-20180315', 'AL-internationalNews-1461-20180604', 'AL-internationalNews-1031-20180506'],
  // A date in a relative clause on what it dates (`الاتهامات، التي صدرت الأربعاء`), and its guards.
  sara: ['BB-middleEast-643-20180621', 'SK-internationalNews-2252-20180621'],
  douma: ['FR-internationalNews-667-20180410', 'SK-middleEast-890-20180410'],
  sistani: ['CN-middleEast-813-20180504', 'SK-middleEast-1444-20180504'],
  nowruz: ['AL-internationalNews-556-20180321', 'BB-middleEast-229-20180321', 'CN-internationalNews-162-20180321', 'SK-internationalNews-494-20180321'],
};

describe.skipIf(!hasAnt)('ANT corpus events (skipped when ../shared/data is absent)', () => {
  const tables = new Map<string, { entries: FigureEntry[]; results: ArticleResult[] }>();
  beforeAll(() => {
    for (const [name, docs] of Object.entries(EVENTS)) tables.set(name, figuresOf(antArticles(docs)));
  });
  const row = (event: string, name: string) => {
    const { entries, results } = tables.get(event)!;
    const e = entries.find((x) => entryName(x) === name);
    return e ? formatEntry(e, results) : 'none';
  };

  // "At least" is the count confirmed so far, not a rounding: two such counts that name different
  // numbers are two tolls (an update when the later report is higher, else a conflict).
  it.each([
    // BBC 12:41 «قتل عشرون شخصا على الأقل» against France 24 12:38 «قتل 23 شخصا على الأقل»: the later is lower.
    ['hajjah', 'killed', /^killed: conflict \| BBC >=20\* .*France 24 >=23\*/],
    // France 24 12:54 «مقتل 40 شخصا على الأقل», BBC 14:20 «مقتل 50 شخصييا على الأقل».
    ['nepal', 'killed', /^killed: updated \| .*BBC >=50\*.*France 24 >=40\*/],
    // Al Arabiya 19:58 +0400 (15:58 GMT) «24 على الأقل», Sky News Arabia 16:44 GMT «مقتل 20 شخصا على
    // الأقل»: on one clock the later report is lower (read as written, 19:58 after 16:44, it was an update).
    ['mubi', 'killed', /^killed: conflict \| Al Arabiya >=24\* .*Sky News Arabia >=20\*/],
    // Guards: the same number with and without "at least" agrees; "about 95" stays a range.
    ['nowruz', 'killed', /^killed: agree \| .*BBC >=26\* \| CNN 26\*/],
  ])('%s: %s -> %s', (event, name, expected) => {
    expect(row(event, name)).toMatch(expected);
  });

  it('says why: different counts, not incompatible amounts, when the ranges of "at least" overlap', () => {
    const killed = tables.get('hajjah')!.entries.find((e) => entryName(e) === 'killed')!;
    expect(killed.reason).toMatch(/^same quantity, different counts: at least عشرون \(BBC, 2018-04-23T12:41\) and at least 23 \(France 24, 2018-04-23T12:38\)/);
  });


  /** `text (outlet)` of each value of the entries of one quantity whose gloss starts with `gloss`. */
  const facts = (event: string, quantity: string) => {
    const { entries, results } = tables.get(event)!;
    const outlet = new Map(results.map((a) => [a.id, a.outlet ?? a.id]));
    return entries.filter((e) => e.quantity === quantity && e.relation === 'conflict').map((e) => e.values.map((v) => `${v.text} (${outlet.get(v.article)})`).join(' / '));
  };

  // One fact dated differently by two outlets, wherever it stands: the two sentences open with the
  // same verb and subject, and the dates cannot both hold. Guards: an earlier incident's date, the
  // day a report was made, a date a week or more before the article against the event's own day.
  it.each([
    // «وتولى أحمد رئاسة الحكومة في مارس / اذار الماضي» (BBC) / «وتولى أبي أحمد (42 عاما) منصبه في إبريل الماضي» (Sky News Arabia).
    ['ethiopia', ['مارس / اذار الماضي (BBC) / إبريل الماضي (Sky News Arabia)']],
    // «منذ مقتل 100 شخص في هجوم ... في يناير» is another attack, not this one's date.
    ['kabul', []],
    // «وكان الجسر ... قد أقيم السبت» (built on Saturday) and «أعلنته السلطات بمؤتمر صحفي السبت» (a report's day) against the collapse on Thursday.
    ['miami', []],
    // «36 شخصا لقوا حتفهم هناك مساء الأربعاء» against «وقتل 7 أشخاص، الخميس» and «الثلاثاء الماضي»: other places, the evening, an earlier storm.
    ['india', []],
    // «وكانت الشرطة الألمانية قد اعتقلت بوتشيمون في 25 مارس/آذار» (Al Arabiya) / «قد أوقفت في 26 آذار/ مارس الماضي بيغديمونت» (France 24).
    ['puigdemont', ['25 مارس/آذار (Al Arabiya) / 26 آذار/ مارس الماضي (France 24)']],
    // «وافتتحت غواتيمالا سفارة في القدس يوم الأربعاء» / «افتتحت باراغواي سفارتها في القدس، الاثنين»: two subjects, two facts.
    ['embassies', []],
    // «الذي انتخب في مايو/أيار الماضي» / «في مايو أيار الماضي»: one month written, read in two years.
    ['macron', []],
    // «قتل 10 طلبة، في الأول من أكتوبر 2015» (an earlier shooting) against «إطلاق نار وقع صباح الجمعة».
    ['santafe', []],
    // «وتطال الاتهامات، التي صدرت الأربعاء» (BBC) / «وجهت السلطات الإسرائيلية، الخميس، اتهاما» (Sky News Arabia): a relative clause dates the charges, the other date comes right before them.
    ['sara', ['الأربعاء (BBC) / الخميس (Sky News Arabia)']],
    // «ردا على الهجوم الذي وقع يوم السبت الماضي» against «نيكي هيلي، الاثنين، قد قالت إن واشنطن سترد على الهجوم»: the attack is only near Monday, the day Haley spoke.
    ['douma', []],
    // «الانتخابات ... 12 مايو» against «السيستاني، الجمعة، العراقيين إلى عدم انتخاب»: Friday dates the call, not the vote.
    ['sistani', []],
  ])('dates of one fact: %s -> %j', (event, expected) => {
    expect(facts(event, 'date')).toEqual(expected);
  });

  // "The first attack" against a count of earlier ones of the same kind.
  it.each([
    // France 24 «وهو أول اعتداء يسجل ضد مركز يعد اللوائح الانتخابية ... منذ بداية عمليات التسجيل» against BBC «وتعرضت أربعة مراكز لهجمات مماثلة منذ بدء التسجيل».
    ['kabul', ['أول اعتداء (France 24) / لهجمات مماثلة (BBC)']],
    ['nowruz', []],
    ['miami', []],
    // «أول رئيسة» (the first woman president) against «الرئيسة السابقة» (the former president): no incident.
    ['park', []],
  ])('a first against earlier ones: %s -> %j', (event, expected) => {
    expect(facts(event, 'earlier')).toEqual(expected);
  });


  // Who claimed it: none in the earlier report, a claimant in the later ones.
  it.each([
    // BBC 12:45 «ولم تعلن أ ي جهة حتى الآن مسؤوليتها عن الهجوم»; Sky News Arabia 14:29 «أعلن تنظيم "داعش" مسؤوليته» and 16:14 «وكان تنظيم داعش أعلن مسؤوليته».
    ['libya', 'updated: BBC none (ولم تعلن أ ي جهة حتى الآن مسؤوليتها) | Sky News Arabia claimed (تنظيم "داعش) | Sky News Arabia claimed (تنظيم داعش)'],
    // Sky News Arabia's first report (07:07) «ولم تعلن أي جهة مسؤوليتها», the later ones name the Islamic State.
    ['kabul', 'updated: BBC claimed (تنظيم الدولة الإسلامية) | CNN claimed (يعرف بـ“تنظيم الدولة الإسلامية) | France 24 claimed (تنظيم "الدولة الإسلامية) | Sky News Arabia none (ولم تعلن أي جهة مسؤوليتها)'],
    // Guards: a denial, many attacks, last month's attack say nothing of who claimed this one.
    ['claims', 'none'],
  ])('who claimed it: %s -> %s', (event, expected) => {
    const { entries, results } = tables.get(event)!;
    const outlet = new Map(results.map((a) => [a.id, a.outlet ?? a.id]));
    const e = entries.find((x) => x.quantity === 'responsibility');
    const says = (v: FigureEntry['values'][number]) => `${outlet.get(v.article)} ${v.qualifier === 'none' ? 'none' : 'claimed'} (${v.text})`;
    expect(e ? `${e.relation}: ${e.values.map(says).join(' | ')}` : 'none').toBe(expected);
  });
});

describe('seed pair 003/004: a rounded figure still agrees with the exact one', () => {
  it('27,708 against "more than 27,700" agrees, with no conflict anywhere in the table', () => {
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);
    const { entries } = figuresOf(articles);
    expect(entries.filter((e) => e.relation === 'conflict' || e.relation === 'updated').map(entryName)).toEqual([]);
    expect(entries.find((e) => entryName(e) === 'killed (cumulative)')!.relation).toBe('agree');
  });
});
