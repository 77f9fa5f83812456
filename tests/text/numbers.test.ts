import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NumberMention } from '../../src/types.js';
import { findNumbers, numbersCompatible } from '../../src/text/numbers.js';
import { SHARED_DATA, seedLines, seedText } from '../support/seeds.js';

/** One mention as `text=value qualifier counts`, `[low..high]` for ranges, ` date` when date-like. */
function fmt(m: NumberMention): string {
  const amount = m.qualifier === 'range' ? `[${m.low}..${m.high}]` : String(m.value);
  return `${m.text}=${amount} ${m.qualifier}${m.counts ? ` ${m.counts}` : ''}${m.isDateLike ? ' date' : ''}`;
}

const mentions = (text: string) => findNumbers(text).map(fmt);

/** The seed line that contains `fragment` (so every row is real seed text). */
function seedLine(seed: string, fragment: string): string {
  const line = seedLines(seed).find((l) => l.includes(fragment));
  if (!line) throw new Error(`seed ${seed} has no line with "${fragment}"`);
  return line;
}

const one = (text: string) => {
  const found = findNumbers(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('findNumbers on the Blinken seed articles', () => {
  it.each([
    [
      '003',
      '27 ألفاً و708 شهداء',
      ['7=7 exact date', '2023=2023 exact date', '27 ألفاً و708=27708 exact شهداء', '67 ألفاً و147=67147 exact مصاباً'],
    ],
    ['004', 'أكثر من 27 ألفاً و700 فلسطيني', ['27 ألفاً و700=27700 more-than فلسطيني', 'أربعة=4 exact أشهر']],
    ['004', '2.1 مليون نسمة', ['2.1 مليون=2100000 exact نسمة']],
    ['004', 'عشرات الآلاف', ['عشرات الآلاف=[20000..99999] range الفلسطينيين']],
    ['004', 'آلاف الأشخاص', ['آلاف=[2000..9999] range الأشخاص']],
    ['003', 'آلاف الأطفال', ['7=7 exact date', '2024=2024 exact date', 'آلاف=[2000..9999] range الأطفال']],
    ['003', 'قناة 13 الإسرائيلية', ['13=13 exact', '7=7 exact date', 'آلاف=[2000..9999] range الأطفال']],
    ['001', '2023:11:06.09:16', ['2023=2023 exact date', '11=11 exact date', '06=6 exact date', '09=9 exact date', '16=16 exact date']],
    ['001', 'عمان 4 نوفمبر 2023', ['4=4 exact date', '2023=2023 exact date']],
    ['002', '3 مراحل', ['3=3 exact مراحل', '31=31 exact date']],
    [
      '002',
      '2000 رطل و500 رطل',
      ['2000=2000 exact رطل', '500=500 exact رطل', 'مليارات=[2000000000..9999999999] range الدولارات'],
    ],
    ['002', 'نحو 1200 شخص', ['1200=1200 about شخص']],
    ['002', 'أكثر من 37 ألف فلسطيني', ['27=27 exact date', '37 ألف=37000 more-than فلسطيني']],
    ['000', 'أكثر من 1.5 مليون فلسطيني', ['1.5 مليون=1500000 more-than فلسطيني']],
    ['000', 'بأكثر من مليار دولار', ['مليار=1000000000 more-than دولار']],
    ['000', 'عشرات الآلاف من الفلسطينيين', ['2023=2023 exact date', 'عشرات الآلاف=[20000..99999] range الفلسطينيين']],
  ])('seed %s, line with %j', (seed, fragment, expected) => {
    expect(mentions(seedLine(seed, fragment))).toEqual(expected);
  });

  it('gives offsets into the text: every mention is the exact slice, on every seed line', () => {
    let count = 0;
    for (const seed of ['000', '001', '002', '003', '004']) {
      const text = seedText(seed);
      for (const m of findNumbers(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.low).toBeLessThanOrEqual(m.value);
        expect(m.high).toBeGreaterThanOrEqual(m.value);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(40);
  });

  it('reads a sentence in a longer text with start/end, offsets still into the whole text', () => {
    const text = seedText('003');
    const start = text.indexOf('ومنذ 7 أكتوبر');
    const end = text.indexOf('بحسب الأمم المتحدة');
    const found = findNumbers(text, start, end);
    expect(found.map(fmt)).toEqual(mentions(text.slice(start, end)));
    const toll = found.find((m) => m.value === 27708)!;
    expect(text.slice(toll.start, toll.end)).toBe('27 ألفاً و708');
  });
});

describe('digits', () => {
  it.each([
    ['27,708 شهيداً', 27708],
    ['٢٧٬٧٠٨ شهيداً', 27708],
    ['۲۷٬۷۰۸ شهيداً', 27708],
    ['بلغت 2.1 بالمئة', 2.1],
    ['٢٫١ مليون نسمة', 2_100_000],
    ['1,234.5 دولار', 1234.5],
    ['5,000,000 people', 5_000_000],
    // A dot before exactly three digits groups thousands in Arabic news (`328.245 نسمة`) ...
    ['يبلغ عدد سكانها 328.245 نسمة', 328245],
    ['قتل أكثر من 10.000 شخص', 10000],
    ['1.200 شخص', 1200],
    // ... unless a scale word follows: then it is a decimal.
    ['عجز قدره 4.152 مليار دولار', 4_152_000_000],
    ['دفع 8.500 مليون دولار', 8_500_000],
    ['0.5 percent', 0.5],
  ])('%s -> %d', (text, value) => {
    expect(findNumbers(text)[0].value).toBe(value);
  });

  it.each([
    ['the 1,2 and 3 items', ['1=1 exact', '2=2 exact', '3=3 exact items']],
    ['F-16 jets and G7 ministers, قناة 13', ['13=13 exact']],
    ['at 09:16 GMT', ['09=9 exact date', '16=16 exact date']],
    ['وبلغت نسبة المشاركة عند الساعة 19.00 نحو 58 في المئة', ['19.00=19 exact date', '58=58 about في المئة']],
    // France 24 and Sky News Arabia on the London embassy (ANT, 2018-03-10): a clock time written with a comma.
    ['وأضافت المتحدثة: "تم توقيف الأربعة نحو الساعة 18,40 بداعي الإضرار', ['18=18 exact date', '40=40 exact date']],
    ['ارتفعت 14٪ و3% في عام 2016', ['14=14 exact ٪', '3=3 exact %', '2016=2016 exact date']],
    ['21st June', ['21=21 exact date']],
    ['a bill to let 9/11 victims sue', ['9=9 exact date', '11=11 exact date']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('Arabic number words and scales', () => {
  it.each([
    ['27 ألفاً و708 شهداء', '27 ألفاً و708=27708 exact شهداء'],
    ['67 ألفاً و147 مصاباً', '67 ألفاً و147=67147 exact مصاباً'],
    ['بقيمة ثمانية آلاف و500 دولار', 'ثمانية آلاف و500=8500 exact دولار'],
    ['ألفين و500 جندي', 'ألفين و500=2500 exact جندي'],
    ['مليون و200 ألف لاجئ', 'مليون و200 ألف=1200000 exact لاجئ'],
    ['بعد أربعة أشهر', 'أربعة=4 exact أشهر'],
    ['خمسة وعشرون طفلا', 'خمسة وعشرون=25 exact طفلا'],
    ['ثلاثة عشر جنديا', 'ثلاثة عشر=13 exact جنديا'],
    ['اثنا عشر وزيرا', 'اثنا عشر=12 exact وزيرا'],
    ['مئة وخمسون عاملا', 'مئة وخمسون=150 exact عاملا'],
    ['ثلاثمائة صاروخ', 'ثلاثمائة=300 exact صاروخ'],
    ['مئة ألف دولار', 'مئة ألف=100000 exact دولار'],
    ['ويصل مداه إلى ألفي كيلومتر', 'ألفي=2000 exact كيلومتر'],
    ['بكفالة قدرها 5 ملايين دولار', '5 ملايين=5000000 exact دولار'],
    ['وثمانية آلاف قتيل', 'ثمانية آلاف=8000 exact قتيل'],
    ['نحو ألف شخص', 'ألف=1000 about شخص'],
    ['إصابة العشرات في كنيسة', 'العشرات=[20..99] range'],
    ['قتل المئات', 'المئات=[200..999] range'],
    ['تجريف مئات المنازل', 'مئات=[200..999] range المنازل'],
    ['مئات الآلاف من اللاجئين', 'مئات الآلاف=[200000..999999] range اللاجئين'],
    ['عشرات الملايين من الدولارات', 'عشرات الملايين=[20000000..99999999] range الدولارات'],
    ['بضعة آلاف متظاهر', 'بضعة آلاف=[2000..9999] range متظاهر'],
    ['الآلاف من النساء', 'الآلاف=[2000..9999] range النساء'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual([expected]);
  });

  it.each([
    ['بين 2 و3 أطفال', ['2=2 exact', '3=3 exact أطفال']],
    ['قتلوا 10 و15 جريحا', ['10=10 exact', '15=15 exact جريحا']],
    ['في الصراع بين إسرائيل وحماس', []],
    ['مجموعة السبع', []],
    ['يوم الاثنين', []],
    ['في المئة من الأطفال', []],
  ])('keeps numbers apart or finds none: %s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('English numbers', () => {
  it.each([
    ['27,708 Palestinians have been killed', '27,708=27708 exact Palestinians'],
    ['more than 27,700 people', '27,700=27700 more-than people'],
    ['1.2 million people', '1.2 million=1200000 exact people'],
    ['2 million residents', '2 million=2000000 exact residents'],
    ['three hostages', 'three=3 exact hostages'],
    ['twenty-five soldiers', 'twenty-five=25 exact soldiers'],
    ['twenty five soldiers', 'twenty five=25 exact soldiers'],
    ['three hundred and twenty trucks', 'three hundred and twenty=320 exact trucks'],
    ['a million people', 'a million=1000000 exact people'],
    ['a dozen aid workers', 'a dozen=12 exact aid'],
    ['$2bn in aid', '2bn=2000000000 exact $'],
    ['dozens of children', 'dozens=[24..99] range children'],
    ['hundreds of people', 'hundreds=[200..999] range people'],
    ['thousands of Palestinians', 'thousands=[2000..9999] range Palestinians'],
    ['tens of thousands of Palestinians', 'tens of thousands=[20000..99999] range Palestinians'],
    ['hundreds of thousands of people', 'hundreds of thousands=[200000..999999] range people'],
    ['several thousand protesters', 'several thousand=[2000..9999] range protesters'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual([expected]);
  });

  // `m` against digits: millions for money or a counted plural (AllSides headlines and leads), but
  // metres for one measured thing (general usage: no corpus here writes a metre that way).
  it.each([
    ['The US will share up to 60m doses of AstraZeneca’s coronavirus vaccine', '60m=60000000 up-to doses'],
    ['President Biden pledges 500m more vaccine doses to developing world', '500m=500000000 exact'],
    ['the US had been billed $2m (£1.5m) for the student\'s medical care', '2m=2000000 exact $', '1.5m=1500000 exact £'],
    ['She won the 100m sprint', '100=100 exact'],
    ['a 10m wall', '10=10 exact'],
  ])('%s', (text, ...expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('qualifiers', () => {
  it.each([
    ['أكثر من 500 شخص', 'more-than', 500, 750],
    ['لأكثر من 720 ألف وثيقة', 'more-than', 720000, 1080000],
    ['ما يزيد عن 200 طفل', 'more-than', 200, 300],
    ['ما يزيد على 200 طفل', 'more-than', 200, 300],
    ['أزيد من 60 قتيلا', 'more-than', 60, 90],
    ['ما لا يقل عن 64 شخصاً', 'at-least', 64, 96],
    ['سقط 7 قتلى على الأقل', 'at-least', 7, 10.5],
    ['على الأقل 7 قتلى', 'at-least', 7, 10.5],
    ['نحو 1200 شخص', 'about', 1080, 1320],
    ['حوالي 300 جندي', 'about', 270, 330],
    ['قرابة 70 في المئة', 'about', 63, 77],
    ['زهاء 40 ألف نسمة', 'about', 36000, 44000],
    ['ما يقارب 90 دقيقة', 'about', 81, 99],
    ['بلغ وزنه 4 كغ تقريبا', 'about', 3.6, 4.4],
    ['أقل من 10 في المائة', 'less-than', 5, 10],
    ['حتى 50 ألف شخص', 'up-to', 25000, 50000],
    ['ما يصل إلى 50 ألف شخص', 'up-to', 25000, 50000],
    ['more than 100 people', 'more-than', 100, 150],
    ['over 100 people', 'more-than', 100, 150],
    ['nearly 28,000 people', 'about', 25200, 30800],
    ['almost 28,000 people', 'about', 25200, 30800],
    ['about 300 trucks', 'about', 270, 330],
    ['around 300 trucks', 'about', 270, 330],
    ['approximately 300 trucks', 'about', 270, 330],
    ['roughly 300 trucks', 'about', 270, 330],
    ['at least 64 people', 'at-least', 64, 96],
    ['fewer than 10 trucks', 'less-than', 5, 10],
    ['less than 10 trucks', 'less-than', 5, 10],
    ['under 10 trucks', 'less-than', 5, 10],
    ['up to 50,000 people', 'up-to', 25000, 50000],
    ['1200 people exactly', 'exact', 1200, 1200],
  ])('%s -> %s %d..%d', (text, qualifier, low, high) => {
    const m = one(text);
    expect([m.qualifier, m.low, m.high]).toEqual([qualifier, low, high]);
  });

  it('keeps the qualifier out of the mention text', () => {
    expect(one('أكثر من 27 ألفاً و700 فلسطيني').text).toBe('27 ألفاً و700');
    expect(one('more than 27,700 Palestinians').text).toBe('27,700');
  });

  it('does not read a qualifier across a comma (`حتى الأربعاء، 27 ألفاً`)', () => {
    const toll = findNumbers(seedLine('003', '27 ألفاً و708')).find((m) => m.value === 27708)!;
    expect(toll.qualifier).toBe('exact');
  });
});

describe('numbersCompatible', () => {
  const first = (text: string) => findNumbers(text).find((m) => !m.isDateLike)!;
  const toll003 = first('27 ألفاً و708 شهداء');

  it.each([
    ['أكثر من 27 ألفاً و700 فلسطيني', true],
    ['more than 27,700 Palestinians', true],
    ['27,708 Palestinians', true],
    ['٢٧٬٧٠٨ شهيداً', true],
    ['نحو 28 ألف شهيد', true],
    ['عشرات الآلاف من الفلسطينيين', true],
    ['1,200 people', false],
    ['أكثر من 37 ألف فلسطيني', false],
    ['27,709 Palestinians', false],
    ['أقل من 20 ألف شهيد', false],
  ])('27 ألفاً و708 ~ %s: %s', (text, expected) => {
    const other = first(text);
    expect(numbersCompatible(toll003, other)).toBe(expected);
    expect(numbersCompatible(other, toll003)).toBe(expected);
  });

  it.each([
    ['2.1 مليون نسمة', '2,100,000 residents', true],
    ['2.1 مليون نسمة', '2 million residents', false],
    ['نحو 2 مليون نسمة', '2.1 million residents', true],
    ['1.2 million', '1.200.000', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(numbersCompatible(first(a), first(b))).toBe(expected);
  });
});

const ANT = path.join(SHARED_DATA, 'ant-corpus-multisource/BBC.jsonl');

describe.skipIf(!existsSync(ANT))('ANT corpus (BBC Arabic), skipped when ../shared/data is absent', () => {
  // Read in beforeAll: a skipped describe still runs its body when tests are collected.
  let texts: string[] = [];
  beforeAll(() => {
    texts = readFileSync(ANT, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 200)
      .map((l) => (JSON.parse(l) as { text?: string }).text ?? '');
  });

  it('keeps offsets, bounds and qualifiers consistent on 200 real articles', () => {
    let count = 0;
    for (const text of texts) {
      for (const m of findNumbers(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.low).toBeLessThanOrEqual(m.value);
        expect(m.high).toBeGreaterThanOrEqual(m.value);
        if (m.qualifier === 'exact') expect(m.low).toBe(m.high);
        if (m.isDateLike) expect(m.counts).toBeNull();
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  it('reads the scale words of real figures (`ألف`, `مليون`, `مليار`) as one mention each', () => {
    const scaled = texts.flatMap((t) => findNumbers(t)).filter((m) => /\d\s*(ألف|مليون|مليار)/.test(m.text));
    expect(scaled.length).toBeGreaterThan(30);
    for (const m of scaled) expect(m.value).toBeGreaterThanOrEqual(1000);
  });
});

describe('not counts: dates, ordinals, ages and numbers in names', () => {
  // Each row: a phrase as news writes it, and the mentions expected (` date` marks a number that is not a count).
  it.each([
    ['the Sept. 11 attacks killed nearly 3,000 people', ['11=11 exact date', '3,000=3000 about people']],
    ['families of victims of the Sept. 11 attacks', ['11=11 exact date']],
    ['وراء هجمات الـ11 من سبتمبر', ['11=11 exact date']],
    ['هجمات الحادي عشر من سبتمبر', ['الحادي عشر=11 exact date']],
    ['في الذكرى الـ200 لميلاده', ['200=200 exact date']],
    ['الذكرى السنوية الـ70 للنكبة', ['70=70 exact date']],
    ['منذ بداية القرن الـ 21', ['21=21 exact date']],
    ['كانت في الـ 25 من العمر', ['25=25 exact date']],
    ['حرب 1973', ['1973=1973 exact date']],
    ['في مطلع 2016', ['2016=2016 exact date']],
    ['the 1967 borders', ['1967=1967 exact date']],
    ['in the 1990s', ['1990=1990 exact date']],
    ['UN Security Council Resolution 2254', []],
    ['Air France Flight 447 crashed, killing 228', ['228=228 exact']],
    ['Boeing 737 crashed', []],
    ['القرار 2254', []],
    ['قتل جميع ركاب البوينغ 777 وطاقمها', []],
    // English ages as bounds of a group (AllSides 5678, the booster authorization): no counts.
    ['Individuals 18 and up who are at high risk for severe COVID-19 were also included', ['18=18 exact date']],
    ['These groups include individuals 65 years and older, and individuals ages 18 to 64 who are either at "high risk of severe COVID-19"', ['65=65 exact date', '18=18 exact date', '64=64 exact date']],
    ['a man aged 24 was arrested', ['24=24 exact']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('number words after the noun, with and without the article', () => {
  it.each([
    ['القتلى الأربعة', ['الأربعة=4 exact القتلى']],
    ['وكان الرهائن الثلاثة', ['الثلاثة=3 exact الرهائن']],
    ['القتلى الخمسة عشر', ['الخمسة عشر=15 exact القتلى']],
    ['في الساعات الأربع والعشرين الأخيرة', ['الأربع والعشرين=24 exact الساعات']],
    ['أن القتلى الـ12 ليسوا سوريين', ['12=12 exact القتلى']],
    ['من مقاطعات الولاية الـ75', ['75=75 exact مقاطعات']],
    ['قتل خمس عشرة امرأة', ['خمس عشرة=15 exact امرأة']],
    ['قتل العشرات', ['العشرات=[20..99] range']],
    // Without a noun before it there is nothing to count; `مجموعة السبع` names a group.
    ['قتل الخمسة', []],
    ['مجموعة السبع', []],
    // Weekdays look like number words with the article: never counts.
    ['يوم الخميس', []],
    ['الثلاثاء الماضي', []],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('units kept as what a number counts', () => {
  it.each([
    ['a 950-ton bridge', '950=950 exact ton'],
    ['the bridge weighed 950 tons', '950=950 exact tons'],
    ['الجسر الذي يزن 861 طنا', '861=861 exact طنا'],
    ['رياح بسرعة 132 كلم', '132=132 exact كلم'],
    ['a 24-hour strike', '24=24 exact hour'],
    // A decimal comma before a percentage is one number, not a list.
    ['نسبة المشاركة بلغت 49,20 في المئة', '49,20=49.2 exact في المئة'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual([expected]);
  });
});
