// Light Arabic stemming and Porter2 on words from the Blinken seeds and the Snowball vocabulary.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';
import { stem, stemArabic, stemEnglish } from '../../src/text/stem.js';
import { seedText } from '../support/seeds.js';

const ar = (word: string): string => stemArabic(normalizeText(word));

describe('stemArabic', () => {
  it.each([
    ['المدنيين', 'مدني'],
    ['غزة', 'غزه'],
    ['بلينكن', 'بلينكن'],
    ['نتنياهو', 'نتنياهو'],
    ['الأمن', 'امن'],
    ['المحتجزين', 'محتجز'],
    ['وقال', 'قال'],
    ['وزير', 'وزير'],
    ['ووزير', 'وزير'],
    ['واشنطن', 'واشنطن'],
    ['مليون', 'مليون'],
    ['لبنان', 'لبنان'],
    ['الآن', 'الان'],
    ['قالوا', 'قالوا'],
  ])('%s -> %s', (word, expected) => {
    expect(ar(word)).toBe(expected);
  });

  it.each([
    ['الإسرائيلية', 'الإسرائيلي', 'إسرائيلي', 'الإسرائيليين'],
    ['والفلسطينيين', 'الفلسطينية', 'فلسطيني', 'الفلسطينيون'],
    ['المحتجزين', 'محتجزين', 'المحتجز', 'للمحتجزين'],
    ['المدنيين', 'للمدنيين', 'المدنيون', 'مدني'],
    ['المساعدات', 'مساعدات', 'المساعدة', 'والمساعدات'],
    ['الولايات', 'ولايات', 'والولايات', 'الولاية'],
    ['مؤكداً', 'المؤكد', 'مؤكد', 'ومؤكد'],
    ['وزير', 'الوزير', 'ووزير', 'وزيرا'],
  ])('%s, %s, %s and %s share a stem', (...words) => {
    const stems = new Set(words.map(ar));
    expect([...stems]).toHaveLength(1);
  });

  it.each([
    ['قتل', 'قال'],
    ['الأمن', 'الأمم'],
    ['فلسطين', 'فلسطيني'],
    ['وزير', 'زير'],
    ['الله', 'له'],
    ['الآن', 'أن'],
    ['قوات', 'قوة'],
    ['مدني', 'مدن'],
  ])('%s and %s keep different stems', (a, b) => {
    expect(ar(a)).not.toBe(ar(b));
  });

  it('is light on the words of seed 003: many stay whole, none drops below 2 letters', () => {
    const words = new Set(normalizeText(seedText('003')).match(/[\u0621-\u064A]+/g));
    let unchanged = 0;
    for (const word of words) if (stemArabic(word) === word) unchanged += 1;
    // A light stemmer leaves many words alone; it must not cut every word.
    expect(unchanged / words.size).toBeGreaterThan(0.3);
    for (const word of words) expect(stemArabic(word).length).toBeGreaterThanOrEqual(Math.min(word.length, 2));
  });
});

describe('stemEnglish (Porter2)', () => {
  // Rows from the Snowball English sample vocabulary and its published output.
  it.each([
    ['consign', 'consign'], ['consigned', 'consign'], ['consignment', 'consign'], ['consistency', 'consist'],
    ['consistently', 'consist'], ['consolation', 'consol'], ['consolatory', 'consolatori'], ['consolidating', 'consolid'],
    ['conspiracy', 'conspiraci'], ['conspirators', 'conspir'], ['constable', 'constabl'], ['knackeries', 'knackeri'],
    ['kneaded', 'knead'], ['knees', 'knee'], ['knightly', 'knight'], ['knitting', 'knit'], ['knives', 'knive'],
    ['generously', 'generous'], ['hoping', 'hope'], ['hopping', 'hop'], ['agreed', 'agre'], ['cried', 'cri'],
    ['ties', 'tie'], ['dying', 'die'], ['happy', 'happi'], ['news', 'news'],
  ])('%s -> %s', (word, expected) => {
    expect(stemEnglish(word)).toBe(expected);
  });

  it.each([
    ['killed', 'kills', 'killing', 'kill'],
    ['talks', 'talk', 'talked', 'talking'],
    ['palestinians', 'palestinian', 'palestinian', 'palestinian'],
    ['negotiations', 'negotiation', 'negotiate', 'negotiated'],
  ])('%s, %s, %s and %s share a stem', (...words) => {
    expect(new Set(words.map(stemEnglish)).size).toBe(1);
  });

  it.each([['hamas', 'hama'], ['police', 'policy'], ['news', 'new'], ['gaza', 'gaze']])('%s and %s keep different stems', (a, b) => {
    expect(stemEnglish(a)).not.toBe(stemEnglish(b));
  });

  it('leaves short words, numbers and non-Latin words alone', () => {
    expect(stemEnglish('us')).toBe('us');
    expect(stemEnglish('2024')).toBe('2024');
    expect(stemEnglish('غزه')).toBe('غزه');
  });
});

describe('stem', () => {
  it.each([
    ['المدنيين', 'ar', 'مدني'],
    ['killed', 'en', 'kill'],
    ['المدنيين', 'unknown', 'مدني'],
    ['killed', 'unknown', 'kill'],
  ] as const)('%s in %s -> %s', (word, language, expected) => {
    expect(stem(normalizeText(word), language)).toBe(expected);
  });
});

describe('English words that are Object property names', () => {
  it.each([['constructor', 'constructor'], ['prototype', 'prototyp'], ['hasOwnProperty', 'hasownproperti'], ['toString', 'tostr']])(
    'stemEnglish(%s) is a string stem, not an inherited property',
    (word, expected) => {
      expect(stemEnglish(word.toLowerCase())).toBe(expected);
    },
  );
});
