// The reading rules of the figures stage, one row per rule, on real sentences of the ANT corpus
// (read from ../shared at run time by article and a few words of the sentence; skipped when absent)
// and of the seed articles.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FigureEntry } from '../../src/types.js';
import { parseInput } from '../../src/ingest/index.js';
import { seedPath } from '../support/seeds.js';
import { amount, antArticles, entryName, figuresOf, hasAnt, valueAt } from './helpers.js';

/** `killed: 31 (compared)` for the value of the sentence with `anchor` (and figure text `text`), or `none`. */
function reading(entries: readonly FigureEntry[], anchor: string, text?: string): string {
  const found = valueAt(entries, anchor, text);
  if (!found) return 'none';
  const { entry, value } = found;
  return `${entryName(entry)}: ${amount(value)}${value.stage ? ` ${value.stage}` : ''}${value.compared ? ' (compared)' : ''}`;
}

describe('seed articles', () => {
  it.each([
    // A running total since the war began, on whose authority.
    ['003', 'خلفت حتى الأربعاء', '27 ألفاً و708', 'killed (cumulative): 27708 (compared)'],
    ['003', 'خلفت حتى الأربعاء', '67 ألفاً و147', 'wounded (cumulative): 67147 (compared)'],
    ['004', 'منذ بدء الحرب قبل أربعة أشهر', '27 ألفاً و700', 'killed (cumulative): >27700 (compared)'],
    // `آلاف الأطفال الذين قتلوا بغزة`: a vague amount of a sub-group, in Gaza (one of the event's two
    // main places, Gaza and Israel, so a part of the event rather than all of it).
    ['003', 'كل يوم يفكر في آلاف الأطفال', 'آلاف', 'killed (children) in بغزة: [2000..] (compared)'],
    // Population and a crowd pushed into Egypt are no casualty figures.
    ['004', 'البالغ عددهم 2.1 مليون نسمة', undefined, 'none'],
  ])('seed %s, sentence with %j, figure %j -> %s', (_seed, anchor, text, expected) => {
    const articles = ['003', '004'].flatMap((n) => parseInput(readFileSync(seedPath(n)), seedPath(n)).articles);
    expect(reading(figuresOf(articles).entries, anchor, text)).toBe(expected);
  });
});

/** Events of the ANT corpus (docnos) whose sentences the rows below read. */
const EVENTS: Record<string, string[]> = {
  kabul: ['BB-internationalNews-380-20180422', 'FR-internationalNews-855-20180422', 'SK-internationalNews-1086-20180422'],
  nowruz: ['AL-internationalNews-556-20180321', 'CN-internationalNews-162-20180321', 'SK-internationalNews-494-20180321'],
  india: ['AL-internationalNews-957-20180503', 'BB-internationalNews-457-20180503', 'FR-internationalNews-1063-20180503', 'SK-internationalNews-1338-20180503', 'SK-internationalNews-1342-20180504'],
  miami: ['BB-internationalNews-161-20180316', 'FR-internationalNews-462-20180316', 'SK-internationalNews-388-20180316'],
  hockey: ['FR-internationalNews-594-20180407', 'SK-internationalNews-841-20180407'],
  guatemala: ['AL-internationalNews-1465-20180604', 'FR-internationalNews-1623-20180604', 'SK-internationalNews-1958-20180604'],
  tunisia: ['FR-internationalNews-1612-20180603', 'SK-middleEast-2118-20180603', 'SK-middleEast-2124-20180603'],
  gaza: ['SK-middleEast-1723-20180515', 'SK-middleEast-1725-20180515', 'FR-middleEast-469-20180514'],
  ghouta: ['FR-middleEast-186-20180320'],
};

describe.skipIf(!hasAnt)('ANT corpus sentences (skipped when ../shared/data is absent)', () => {
  const tables = new Map<string, FigureEntry[]>();
  beforeAll(() => {
    for (const [name, docs] of Object.entries(EVENTS)) tables.set(name, figuresOf(antArticles(docs)).entries);
  });

  it.each([
    // Qualifiers and what is counted, Arabic.
    ['kabul', 'مما تسبب في مقتل 4 أشخاص على الأقل', '4', 'killed: >=4 (compared)'],
    ['kabul', 'وأصيب أكثر من 50 شخصا آخرين', '50', 'wounded: >50 (compared)'],
    ['india', 'لقي نحو 95 شخصا مصرعهم', '95', 'killed: ~95 (compared)'],
    ['india', 'لقي نحو 95 شخصا مصرعهم', 'العشرات', 'wounded: [20..99] (compared)'],
    // Killed and wounded kept apart in one sentence.
    ['kabul', 'ما أسفر عن سقوط 31 قتيلا و54 جريحا', '31', 'killed: 31 (compared)'],
    ['kabul', 'ما أسفر عن سقوط 31 قتيلا و54 جريحا', '54', 'wounded: 54 (compared)'],
    ['nowruz', 'قتل مشتبه به انتحاري 26 شخصاً وأصاب 18 آخرين', '26', 'killed: 26 (compared)'],
    ['nowruz', 'قتل مشتبه به انتحاري 26 شخصاً وأصاب 18 آخرين', '18', 'wounded: 18 (compared)'],
    // A vague amount of killed and wounded together is a figure of both; one article's lead and its exact figure.
    ['kabul', 'لسقوط عشرات القتلى والجرحى', 'عشرات', 'killed: [20..99]'],
    // Background: another incident, an earlier date, a recurring total.
    ['kabul', 'منذ مقتل 100 شخص', undefined, 'none'],
    ['nowruz', 'في الـ17 من مارس الجاري', undefined, 'none'],
    ['nowruz', 'حوالي 2300 مدني سقطوا بين قتيل وجريح', undefined, 'none'],
    ['india', 'عاصفة الشهر الماضي', undefined, 'none'],
    ['india', 'عواصف مماثلة كل سنة', undefined, 'none'],
    ['hockey', 'ديسمبر 1986', undefined, 'none'],
    // Sub-areas and sub-groups.
    ['india', 'وتوفي 64 شخصا في أوتار براديش', '64', 'killed in أوتار براديش: 64 (compared)'],
    ['india', 'وتوفي 64 شخصا في أوتار براديش', '43', 'killed in أغرا: 43 (compared)'],
    ['india', 'و31 في ولاية راجستان الصحراوية', '31', 'killed in راجستان: 31 (compared)'],
    ['india', 'وأضاف أن 36 شخصا لقوا حتفهم هناك', '36', 'killed in أغرا: 36 (compared)'],
    ['india', 'قرية خيراغار، التي تبعد', '21', 'killed in خيراغار: 21 (compared)'],
    ['india', 'إلى مصرع 21 شخصا', '21', 'killed in جنوبي الهند: 21 (compared)'],
    // The toll's own place, named between the toll and its figure (`ارتفاع حصيلة القتلى في مدينة عربين إلى عشرين مدنيا`).
    ['ghouta', 'ارتفاع حصيلة القتلى في مدينة عربين', 'عشرين', 'killed (civilians) in عربين: 20 updated (compared)'],
    ['hockey', 'بينهم ثلاثة إصاباتهم خطرة', 'ثلاثة', 'wounded (critical): 3 (compared)'],
    // Composed counts.
    ['miami', 'على الفور، فيما أعلنت لاحقا وفاة سادس', undefined, 'killed: 6'],
    // When reported: an initial toll, a toll raised, more deaths on top of an earlier toll.
    ['tunisia', 'انتشال 11 جثة في حصيلة أولية', '11', 'killed: 11 initial'],
    ['guatemala', 'ما يرفع حصيلة القتلى إلى 25', '25', 'killed: 25 updated (compared)'],
    ['guatemala', 'ما يرفع حصيلة القتلى إلى 25', '18', 'killed: 18'],
    ['guatemala', 'لكن حصيلة القتلى ارتفعت لاحقا', '25', 'killed: >=25 updated (compared)'],
    // Two incidents a day apart: Tuesday's two dead are not Monday's toll, which the same article also gives.
    ['gaza', 'مقتل فلسطينيين اثنين، الثلاثاء', 'اثنين', 'killed: 2'],
    ['gaza', 'وشهد الاثنين الذي انتقلت فيه السفارة', '60', 'killed: ~60 (compared)'],
  ])('%s: sentence with %j, figure %j -> %s', (event, anchor, text, expected) => {
    expect(reading(tables.get(event)!, anchor, text)).toBe(expected);
  });

  it('an early toll and a later one of the same outlet on the same minute: the initial one is the earlier report', () => {
    const killed = tables.get('tunisia')!.find((e) => entryName(e) === 'killed')!;
    expect(killed.relation).toBe('updated');
  });

  it('two incidents a day apart are never compared: no verdict weighs Tuesday\'s 2 against Monday\'s 52', () => {
    const killed = tables.get('gaza')!.find((e) => entryName(e) === 'killed')!;
    expect(killed.reason).not.toMatch(/اثنين/);
    expect(killed.relation).not.toBe('conflict');
  });
});
