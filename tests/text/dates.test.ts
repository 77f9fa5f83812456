import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/types.js';
import { findDates, parseDateValue, resolveWeekday } from '../../src/text/dates.js';
import { SHARED_DATA, seedLines, seedText } from '../support/seeds.js';
import { antSentence } from '../classify/support.js';

/** One mention as `text=iso precision`. */
const fmt = (d: DateMention) => `${d.text}=${d.iso ?? 'null'} ${d.precision}`;
const dates = (text: string, reference: string | null = null) => findDates(text, { reference }).map(fmt);

/** The seed line that contains `fragment` (so every row is real seed text). */
function seedLine(seed: string, fragment: string): string {
  const line = seedLines(seed).find((l) => l.includes(fragment));
  if (!line) throw new Error(`seed ${seed} has no line with "${fragment}"`);
  return line;
}

describe('findDates on the Blinken seed articles', () => {
  it.each([
    // 003 and 004 report the meeting of Wednesday 7 February 2024.
    ['003', 'مساء الأربعاء 7 فبراير', null, ['مساء الأربعاء 7 فبراير/شباط 2024=2024-02-07 day']],
    ['003', 'في 7 أكتوبر/تشرين الأول 2023: "حصيلة', null, ['7 أكتوبر/تشرين الأول 2023=2023-10-07 day']],
    ['003', 'مبررة بشكل تام', '2024-02-07', ['7 أكتوبر/تشرين الأول=2023-10-07 day', '7 أكتوبر/تشرين الأول=2023-10-07 day']],
    ['003', 'مبررة بشكل تام', null, []],
    ['003', 'إضافة إلى رئيس أركان', '2024-02-07', ['الأربعاء=2024-02-07 weekday']],
    ['003', 'إضافة إلى رئيس أركان', null, ['الأربعاء=null weekday']],
    ['003', 'وفي وقت سابقٍ الأربعاء', '2024-02-07', ['الأربعاء=2024-02-07 weekday', '7 أكتوبر/تشرين الأول 2023=2023-10-07 day']],
    ['003', 'وشملت الجولة', '2024-02-07', ['الخميس=2024-02-01 weekday']],
    ['004', 'في تل أبيب، الأربعاء', '2024-02-07', ['الأربعاء=2024-02-07 weekday']],
    ['004', 'الثلاثاء، إن القتال', '2024-02-07', ['الثلاثاء=2024-02-06 weekday']],
    ['004', 'هجمات 7 أكتوبر', '2024-02-07', ['7 أكتوبر=2023-10-07 day']],
    // 001: Xinhua, Amman, Saturday 4 November 2023
    ['001', '2023:11:06.09:16', null, ['2023:11:06.09:16=2023-11-06 day']],
    ['001', 'عمان 4 نوفمبر 2023', null, ['4 نوفمبر 2023=2023-11-04 day']],
    ['001', 'اليوم (السبت)', '2023-11-04', ['السبت=2023-11-04 weekday']],
    ['001', 'يوم 7 أكتوبر مرة أخرى', '2023-11-04', ['7 أكتوبر=2023-10-07 day']],
    // 002: published 21 June 2024
    ['002', 'تاريخ النشر', null, ['21st, June 2024=2024-06-21 day']],
    ['002', '31 مايو الماضي', '2024-06-21', ['31 مايو الماضي=2024-05-31 day']],
    ['002', '31 مايو الماضي', null, []],
    ['002', 'التقى وزير الخارجية الأميركي', '2024-06-21', ['الخميس=2024-06-20 weekday']],
    ['002', 'وكان نتانياهو ذكر، الثلاثاء', '2024-06-21', ['الثلاثاء=2024-06-18 weekday']],
    ['002', 'في مايو شحنة', '2024-06-21', ['مايو=2024-05 month']],
    ['002', 'منذ السابع من أكتوبر', '2024-06-21', ['السابع من أكتوبر=2023-10-07 day']],
    ['002', 'منذ 27 أكتوبر', '2024-06-21', ['27 أكتوبر=2023-10-27 day']],
    // 000: G7 meeting in Italy, Friday 19 April 2024
    ['000', 'اليوم الجمعة', '2024-04-19', ['الجمعة=2024-04-19 weekday']],
    ['000', 'ومنذ انطلاق العدوان', null, ['7 تشرين الأول/أكتوبر 2023=2023-10-07 day']],
    ['000', 'في السابع من تشرين الأول', null, ['السابع من تشرين الأول/أكتوبر 2023=2023-10-07 day']],
  ])('seed %s, line with %j, reference %s', (seed, fragment, reference, expected) => {
    expect(dates(seedLine(seed, fragment), reference)).toEqual(expected);
  });

  it('gives offsets into the text: every mention is the exact slice, on every seed', () => {
    let count = 0;
    for (const seed of ['000', '001', '002', '003', '004']) {
      const text = seedText(seed);
      for (const d of findDates(text, { reference: '2024-02-07' })) {
        expect(text.slice(d.start, d.end)).toBe(d.text);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(25);
  });
});

describe('Arabic month names in both series', () => {
  it.each([
    ['7 يناير 2024', '2024-01-07'],
    ['7 كانون الثاني 2024', '2024-01-07'],
    ['7 شباط 2024', '2024-02-07'],
    ['7 آذار 2024', '2024-03-07'],
    ['7 ابريل 2024', '2024-04-07'],
    ['7 نيسان 2024', '2024-04-07'],
    ['7 أيار 2024', '2024-05-07'],
    ['7 يونيه 2024', '2024-06-07'],
    ['7 حزيران 2024', '2024-06-07'],
    ['7 يوليه 2024', '2024-07-07'],
    ['7 تموز 2024', '2024-07-07'],
    ['7 أغسطس 2024', '2024-08-07'],
    ['7 آب 2024', '2024-08-07'],
    ['7 أيلول 2024', '2024-09-07'],
    ['7 تشرين أول 2023', '2023-10-07'],
    ['7 تشرين الثاني 2023', '2023-11-07'],
    ['7 كانون الأول 2023', '2023-12-07'],
    ['7 ديسمبر 2023', '2023-12-07'],
    ['٧ فبراير ٢٠٢٤', '2024-02-07'],
    ['في 13 من آذار/ مارس 2018', '2018-03-13'],
    ['الخميس 3 مايو/ أيار 2018', '2018-05-03'],
    ['أكتوبر (تشرين الأول) 2023', '2023-10'],
    ['أبريل/نيسان عام 2017', '2017-04'],
    ['في 27 مارس/آذار من العام 2017', '2017-03-27'],
    ['في الحادي عشر من سبتمبر 2001', '2001-09-11'],
    ['في الثاني والعشرين من مايو 2024', '2024-05-22'],
  ])('%s -> %s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it.each([
    ['مارس الضغط على الحكومة', 'the verb مارس'],
    ['زار أب الطفل المدرسة', 'أب (father), which normalizes like آب'],
    ['تيريزا ماي قالت', 'Theresa May'],
    ['كلا الاثنين رفضا العرض', 'الاثنين as "the two"'],
    ['بعد صلاة الجمعة', 'the Friday prayer'],
    ['حصل على الأحدث', 'a word that starts like a weekday'],
    ['07/02/2024', 'a slash date whose order is unknown'],
  ])('finds no date in %j (%s)', (text) => {
    expect(findDates(text, { reference: '2024-06-21' })).toEqual([]);
  });
});

describe('impossible days', () => {
  it('keeps the month and year of `31 فبراير 2024` but invents no day', () => {
    expect(dates('في 31 فبراير 2024')).toEqual(['فبراير 2024=2024-02 month']);
  });
});

describe('English dates', () => {
  it.each([
    ['on February 7, 2024 in Tel Aviv', null, ['February 7, 2024=2024-02-07 day']],
    ['on 7 February 2024', null, ['7 February 2024=2024-02-07 day']],
    ['Wednesday, February 7, 2024', null, ['Wednesday, February 7, 2024=2024-02-07 day']],
    ['since Feb. 7', '2024-06-21', ['Feb. 7=2024-02-07 day']],
    ['since Feb. 7', null, []],
    ['the 7th of October 2023', null, ['7th of October 2023=2023-10-07 day']],
    ['published 2024-02-07T10:05 local', null, ['2024-02-07T10:05=2024-02-07 day']],
    ['Mon, 05 Mar 2018 00:54:05 GMT', null, ['Mon, 05 Mar 2018 00:54:05 GMT=2018-03-05 day']],
    ['in May the talks stalled', '2024-06-21', ['May=2024-05 month']],
    ['last May', '2024-06-21', ['last May=2024-05 month']],
    ['he met Netanyahu on Thursday', '2024-06-21', ['Thursday=2024-06-20 weekday']],
    ['he met Netanyahu on Thursday', null, ['Thursday=null weekday']],
    ['in 2016 and since 1998', null, ['2016=2016 year', '1998=1998 year']],
    ['in 2000 cases', null, []],
    ["Mexico's president from 2000 to 2006", null, ['2000=2000 year', '2006=2006 year']],
    ['بين عامي 2012 و2017', null, ['2012=2012 year', '2017=2017 year']],
    ['since 2003 and 2007', null, ['2003=2003 year', '2007=2007 year']],
    ['will come into Washington in January', '2016-11-30', ['January=2017-01 month']],
    ['could put in play in November', '2016-07-12', ['November=2016-11 month']],
    ['Theresa May said', '2024-06-21', []],
  ])('%s (reference %s)', (text, reference, expected) => {
    expect(dates(text, reference)).toEqual(expected);
  });
});

describe('weekdays', () => {
  it.each([
    ['قال يوم الاثنين إن', '2024-06-21', ['يوم الاثنين=2024-06-17 weekday']],
    ['وقال بوتين، الإثنين، إن', '2024-06-21', ['الإثنين=2024-06-17 weekday']],
    ['اليوم (الاثنين)', '2024-06-17', ['الاثنين=2024-06-17 weekday']],
    ['مساء يوم الأحد', '2024-06-21', ['مساء يوم الأحد=2024-06-16 weekday']],
    ['بنهاية غد الثلاثاء', '2018-03-12', ['الثلاثاء=2018-03-13 weekday']],
    ['الأربعاء المقبل', '2024-02-07', ['الأربعاء المقبل=2024-02-14 weekday']],
    ['الأربعاء الماضي', '2024-02-07', ['الأربعاء الماضي=2024-01-31 weekday']],
    ['والخميس، قضت محكمة', '2018-03-23', ['الخميس=2018-03-22 weekday']],
    ['next Monday', '2024-06-21', ['next Monday=2024-06-24 weekday']],
  ])('%s (reference %s)', (text, reference, expected) => {
    expect(dates(text, reference)).toEqual(expected);
  });

  it.each([
    [3, '2024-02-07', '2024-02-07'],
    [4, '2024-02-07', '2024-02-01'],
    [6, '2023-11-04', '2023-11-04'],
    [0, '2024-03-01T10:00', '2024-02-25'],
    [1, '2024-01-01', '2024-01-01'],
    [2, '2024-01-01', '2023-12-26'],
  ])('resolveWeekday(%d, %s) = %s', (weekday, reference, iso) => {
    expect(resolveWeekday(weekday, reference)).toBe(iso);
  });

  it('throws on a reference that is no date', () => {
    expect(() => resolveWeekday(3, 'yesterday')).toThrow(RangeError);
  });
});

describe('yearless dates take the year of the reference', () => {
  it.each([
    ['في 7 أكتوبر', '2024-02-07', '2023-10-07'],
    ['في 3 يناير', '2023-12-28', '2024-01-03'],
    ['في 15 سبتمبر', '2024-06-21', '2024-09-15'],
    ['في 31 مايو الماضي', '2024-05-31', '2023-05-31'],
    ['في 20 يونيو المقبل', '2024-06-21', '2025-06-20'],
    ['في 29 فبراير', '2024-06-21', '2024-02-29'],
    ['حتى نهاية يونيو/حزيران القادم', '2018-03-12', '2018-06'],
    ['منذ أكتوبر', '2024-10-20', '2023-10'],
    ['في أكتوبر', '2024-10-20', '2024-10'],
    ['في مارس/ آذار الجاري', '2018-03-12', '2018-03'],
  ])('%s with reference %s -> %s', (text, reference, iso) => {
    expect(findDates(text, { reference }).map((d) => d.iso)).toEqual([iso]);
  });
});

describe('parseDateValue', () => {
  it.each([
    ['2024-02-07', '2024-02-07'],
    ['2024-2-7', '2024-02-07'],
    ['2024-02-07T10:05:00Z', '2024-02-07T10:05'],
    ['2024-02-07 10:05', '2024-02-07T10:05'],
    ['2024-02-07T10:05:00+03:00', '2024-02-07T10:05'],
    ['Mon, 05 Mar 2018 00:54:05 GMT', '2018-03-05T00:54'],
    ['Fri, 04 May 2018 19:30:37 +0400', '2018-05-04T19:30'],
    ['2023:11:06.09:16', '2023-11-06T09:16'],
    ['21st, June 2024', '2024-06-21'],
    ['21st, June 2024 GMT', '2024-06-21'],
    ['الأربعاء 7 فبراير/شباط 2024', '2024-02-07'],
    ['٧ فبراير ٢٠٢٤', '2024-02-07'],
    ['February 7, 2024', '2024-02-07'],
    ['13/02/2024', '2024-02-13'],
    ['2024/02/07', '2024-02-07'],
    ['07/02/2024', null],
    ['2024-02', null],
    ['2024-02-30', null],
    ['7 فبراير', null],
    ['منذ 3 ساعات', null],
    ['الأربعاء', null],
    ['', null],
  ])('%j -> %s', (value, iso) => {
    expect(parseDateValue(value)).toBe(iso);
  });
});

const ANT_DIR = path.join(SHARED_DATA, 'ant-corpus-multisource');
const WEEKDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe.skipIf(!existsSync(ANT_DIR))('ANT corpus `time` fields, skipped when ../shared/data is absent', () => {
  const records = ['BBC', 'CNN', 'Alarabia']
    .map((outlet) => path.join(ANT_DIR, `${outlet}.jsonl`))
    .filter(existsSync)
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 100))
    .map((line) => JSON.parse(line) as { time: string; text?: string });

  it('parses every RFC 2822 time field, and the weekday it names is the weekday of the date', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const { time } of records) {
      const iso = parseDateValue(time);
      expect(iso, time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      const weekday = new Date(`${iso!.slice(0, 10)}T00:00:00Z`).getUTCDay();
      expect(WEEKDAY_ABBR[weekday], time).toBe(time.slice(0, 3));
      expect(iso!.slice(11), time).toBe(time.match(/(\d{2}:\d{2}):\d{2}/)![1]);
    }
  });

  it('resolves the weekdays of real articles to the week before their publication date', () => {
    let weekdays = 0;
    for (const { time, text = '' } of records) {
      const reference = parseDateValue(time)!;
      const refDay = Date.parse(reference.slice(0, 10));
      for (const d of findDates(text, { reference })) {
        expect(text.slice(d.start, d.end)).toBe(d.text);
        if (d.precision !== 'weekday' || d.iso === null) continue;
        const back = (refDay - Date.parse(d.iso)) / 86_400_000;
        expect(back).toBeGreaterThanOrEqual(-7);
        expect(back).toBeLessThanOrEqual(7);
        weekdays += 1;
      }
    }
    expect(weekdays).toBeGreaterThan(50);
  });
});

describe.skipIf(!existsSync(ANT_DIR))('a range of days in one month (skipped when ../shared/data is absent)', () => {
  it.each([
    // Ghani's Eid ceasefire: the first day of the range is 12 June, which another outlet gives alone.
    ['FR-internationalNews-1717-20180609', 'وكتب غني في تغريدة أن', ['12=2018-06-12 day', '19 حزيران/يونيو الحالي=2018-06-19 day']],
  ])('%s: the first day takes the month of the second', (docno, anchor, expected) => {
    expect(dates(antSentence(docno, anchor), '2018-06-09')).toEqual(expected);
  });

  it.each([
    ['بين 12 و19 حزيران/يونيو', ['12=2018-06-12 day', '19 حزيران/يونيو=2018-06-19 day']],
    ['من 3 إلى 5 مايو 2018', ['3=2018-05-03 day', '5 مايو 2018=2018-05-05 day']],
    // A count before a date is no day of a range: the second number must be a later day with its month.
    ['قتل 12 و19 أصيبوا في مايو', ['مايو=2018-05 month']],
    ['من 12 حتى 10 يونيو', ['10 يونيو=2018-06-10 day']],
  ])('%s', (text, expected) => {
    expect(dates(text, '2018-06-09')).toEqual(expected);
  });
});

