// The event figures table on real multi-outlet events: the ANT corpus (Arabic), BASIL (English)
// and the seed pair 003/004. ANT and BASIL are read from ../shared at run time and skipped when absent.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleResult, FigureEntry } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { seedPath } from '../support/seeds.js';
import { readFileSync } from 'node:fs';
import { amount, antArticles, basilArticles, entryName, figuresOf, formatEntry, hasAnt, hasBasil, valueAt } from './helpers.js';

/** The entries of an event by name (`killed`, `killed in أغرا`), formatted. */
function table(entries: readonly FigureEntry[], results: readonly ArticleResult[]): Map<string, string> {
  return new Map(entries.map((e) => [entryName(e), formatEntry(e, results)]));
}

describe('seed pair 003/004 (the Blinken meeting of 7 February 2024)', () => {
  it('reads both tolls of the war as running totals that agree: 27,708 and more than 27,700', () => {
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);
    const { entries, results } = figuresOf(articles);
    const rows = table(entries, results);
    expect(rows.get('killed (cumulative)')).toBe('killed (cumulative): agree | 003_f2b0d23337b16d42 27708* | 004_a3af3706549eb725 >27700*');
    const toll = entries.find((e) => entryName(e) === 'killed (cumulative)')!;
    expect(toll.values[0].source).toBe('السلطات الفلسطينية');
    expect(toll.reason).toMatch(/^same quantity, compatible amounts/);
  });
});

const KABUL_VOTERS = ['BB-internationalNews-380-20180422', 'CN-internationalNews-265-20180422', 'FR-internationalNews-855-20180422', 'SK-internationalNews-1086-20180422'];
const MIAMI = [
  'BB-internationalNews-161-20180316', 'CN-internationalNews-139-20180318', 'FR-internationalNews-462-20180316',
  'SK-internationalNews-378-20180316', 'SK-internationalNews-388-20180316', 'SK-internationalNews-402-20180317',
];
const INDIA = [
  'AL-internationalNews-957-20180503', 'BB-internationalNews-457-20180503', 'CN-internationalNews-310-20180503',
  'FR-internationalNews-1063-20180503', 'SK-internationalNews-1338-20180503', 'SK-internationalNews-1342-20180504',
];
const ETHIOPIA = ['AL-internationalNews-1747-20180623', 'BB-internationalNews-686-20180623', 'FR-internationalNews-1979-20180623', 'SK-internationalNews-2283-20180623'];
const HOCKEY = ['CN-internationalNews-223-20180407', 'FR-internationalNews-594-20180407', 'SK-internationalNews-841-20180407', 'SK-internationalNews-859-20180408'];
const NOWRUZ = ['AL-internationalNews-556-20180321', 'BB-middleEast-229-20180321', 'CN-internationalNews-162-20180321', 'SK-internationalNews-494-20180321'];

describe.skipIf(!hasAnt)('ANT corpus events (skipped when ../shared/data is absent)', () => {
  const events = new Map<string, { entries: FigureEntry[]; results: ArticleResult[] }>();
  beforeAll(() => {
    for (const [name, docs] of Object.entries({ KABUL_VOTERS, MIAMI, INDIA, ETHIOPIA, HOCKEY, NOWRUZ })) events.set(name, figuresOf(antArticles(docs)));
  });
  const rows = (name: string) => table(events.get(name)!.entries, events.get(name)!.results);

  it('Kabul voter centre: an early "at least 4" against later 31 is an update, and says which report is later', () => {
    expect(rows('KABUL_VOTERS').get('killed')).toBe('killed: updated | BBC 31* | France 24 [20..99] | France 24 31* | Sky News Arabia >=4* | Sky News Arabia >=4');
    expect(rows('KABUL_VOTERS').get('wounded')).toBe('wounded: updated | BBC >50* | France 24 [20..99] | France 24 54* | Sky News Arabia 15*');
    const killed = events.get('KABUL_VOTERS')!.entries.find((e) => e.quantity === 'killed')!;
    expect(killed.latest).toBe('BB-internationalNews-380-20180422');
    expect(killed.reason).toContain('at least 4 (Sky News Arabia, 2018-04-22T07:07) -> 31 (France 24, 2018-04-22T07:45)');
  });

  it('Miami bridge: weights keep their unit and conflict (861 and 950 tonnes); counts told in parts are summed', () => {
    const { entries } = events.get('MIAMI')!;
    expect(rows('MIAMI').get('weight')).toBe('weight: conflict | BBC 861* | France 24 950*');
    expect(entries.find((e) => e.quantity === 'weight')!.values.map((v) => v.unit)).toEqual(['tonne', 'tonne']);
    const cnn = valueAt(entries, 'خمسة جثث انتشلت')!;
    expect([cnn.value.value, cnn.value.text, cnn.value.note]).toEqual([6, 'خمسة جثث انتشلت من بين الانقاض بينما توفي شخص سادس', 'composed: خمسة + سادس']);
    expect(amount(valueAt(entries, 'على الفور، فيما أعلنت لاحقا وفاة سادس')!.value)).toBe('6');
  });

  it('Miami bridge: an article with two figures lists both with their sources and compares the firmer one', () => {
    const { entries } = events.get('MIAMI')!;
    const police = valueAt(entries, 'إن عدة أشخاص قتلوا')!.value;
    const senator = valueAt(entries, 'ما بين 6 و 10 أشخاص')!.value;
    expect([amount(police), police.compared]).toEqual(['[3..9]', false]);
    expect([amount(senator), senator.compared, senator.source]).toEqual(['[6..10]', true, 'السيناتور بيل نيلسون (via وسائل الإعلام المحلية)']);
    // A later, lower report (Sky News Arabia: 4) against the senator's 6 to 10: a conflict, not an update.
    expect(entries.find((e) => entryName(e) === 'killed')!.relation).toBe('conflict');
  });

  it('India sand storms: a state\'s, a district\'s and a village\'s tolls are parts with their own scope, not rivals of the national toll', () => {
    const r = rows('INDIA');
    expect(r.get('killed in أوتار براديش')).toBe('killed in أوتار براديش: conflict | BBC 64* | France 24 65* | Sky News Arabia 46* | Sky News Arabia 76* | Sky News Arabia 14');
    // A list of states is a scope of its own: `121 شخصا في ولايات أوتار براديش وراجستان وأوتاراخند والبنجاب`.
    expect(valueAt(events.get('INDIA')!.entries, 'وقتل من جراء العواصف الرملية', '121')!.entry.scope.place).toBe('أوتار براديش وراجستان وأوتاراخند والبنجاب');
    expect(r.get('killed in خيراغار')).toBe('killed in خيراغار: updated | BBC 21* | Sky News Arabia 24*');
    expect(r.get('killed in أغرا')).toMatch(/^killed in أغرا: updated \| Al Arabiya 36\* \| BBC 43\*/);
    // The national toll never compares a state's figure (a part the text does not place may still be listed).
    expect(r.get('killed')).not.toMatch(/ (64|65|46|76)\*/);
    expect(r.get('count:عمد')).toBe('count:عمد: conflict | BBC [200..300]* | France 24 [20000..99999]* | France 24 [20000..99999] | France 24 [20000..99999]');
  });

  it('India sand storms: background figures are left out (last month\'s storm, 11 April, every year)', () => {
    const { entries } = events.get('INDIA')!;
    expect(valueAt(entries, 'وأسفرت عاصفة الشهر الماضي')).toBeUndefined();
    expect(valueAt(entries, 'في 11 أبريل/نيسان، قتل فيها 19')).toBeUndefined();
    expect(valueAt(entries, 'عواصف مماثلة كل سنة')).toBeUndefined();
  });

  it('the event\'s day and place as each article gives them; days that differ are shown, never as a conflict', () => {
    const kabul = events.get('KABUL_VOTERS')!.entries;
    expect(kabul.filter((e) => e.quantity === 'date' || e.quantity === 'place').map((e) => `${e.quantity}: ${e.relation} ${e.values.map((v) => v.text).join(', ')}`))
      .toEqual(['date: agree الأحد, الأحد', 'place: agree كابول, كابول, كابل']);
    const miamiDate = events.get('MIAMI')!.entries.find((e) => e.quantity === 'date')!;
    expect(miamiDate.relation).toBe('compatible');
    expect(miamiDate.reason).toMatch(/2018-03-15 \(Sky News Arabia\)/);
  });

  it('Kabul voter centre and Nowruz: an earlier attack\'s toll is not this event\'s', () => {
    expect(valueAt(events.get('KABUL_VOTERS')!.entries, 'منذ مقتل 100 شخص')).toBeUndefined();
    expect(valueAt(events.get('NOWRUZ')!.entries, 'في الـ17 من مارس الجاري')).toBeUndefined();
    expect(rows('NOWRUZ').get('killed')).toMatch(/^killed: agree \| Al Arabiya [a-z[\]0-9.]+ \| Al Arabiya >=26\* \| BBC >=26\* \| CNN 26\* \| Sky News Arabia >=26\*$/);
  });

  it('Ethiopia rally: "not yet clear whether anyone was killed" at 07:42, then later reports of deaths, is an updated toll, not a number conflict', () => {
    const killed = events.get('ETHIOPIA')!.entries.find((e) => entryName(e) === 'killed')!;
    expect(killed.relation).toBe('updated');
    expect(killed.reason).toMatch(/^later reports raise it: not yet known \(BBC, 2018-06-23T07:42\) -> /);
    expect(killed.latest).toBe('AL-internationalNews-1747-20180623');
    expect(amount(valueAt(events.get('ETHIOPIA')!.entries, 'ولم يتضح بعد ما إذا كان')!.value)).toBe('unknown');
  });

  it('Ethiopia rally: "thousands" and "tens of thousands" of supporters do not contradict each other', () => {
    expect(rows('ETHIOPIA').get('participants')).toBe('participants: compatible | BBC [2000..]* | France 24 [20000..99999]* | Sky News Arabia [20000..99999]*');
  });

  it('Hockey bus: "3 of them in critical condition" is a part of the wounded, not a rival figure; a 1986 crash is background', () => {
    const r = rows('HOCKEY');
    expect(r.get('wounded (critical)')).toMatch(/^wounded \(critical\): single \| France 24 3\*/);
    expect(r.get('wounded')).toMatch(/^wounded: compatible/);
    expect(valueAt(events.get('HOCKEY')!.entries, 'ديسمبر 1986')).toBeUndefined();
  });
});

describe.skipIf(!hasBasil)('BASIL events in English (skipped when ../shared/data is absent)', () => {
  it('Orlando nightclub shooting: 50 killed agree; "scores of others injured" cannot confirm 53 wounded', () => {
    const ids = [1, 2, 3].map((n) => `76810849-0335-4ad3-9eaf-f0d9c5baceb6_${n}`);
    const { entries, results } = figuresOf(basilArticles(ids));
    const r = table(entries, results);
    expect(r.get('killed')).toBe('killed: agree | Fox News 50* | The New York Times 50* | HuffPost 50*');
    expect(r.get('wounded')).toBe('wounded: compatible | Fox News >=53* | The New York Times 53* | HuffPost [40..]*');
    // "shattered more than 100 lives" counts no deaths.
    expect(valueAt(entries, 'shattered more than 100 lives', '100')).toBeUndefined();
  });

  it('Benghazi: the "Sept. 11 attack" is a date, its four dead a count', () => {
    const { entries } = figuresOf(basilArticles(['1bb79cc1-5d69-4136-a23d-6dbd300cbf25_1']));
    const values = entries.flatMap((e) => e.values.map((v) => `${e.quantity} ${v.text}`));
    expect(values).toContain('killed four');
    expect(values.some((v) => v.endsWith(' 11'))).toBe(false);
  });
});
