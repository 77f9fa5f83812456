// The token stream on real sentences (Blinken seeds, ANT and BASIL phrasing): one row per word rule,
// offsets, kinds and gaps, clitics, range reads, agreement with Unicode word boundaries.
import { describe, expect, it } from 'vitest';
import { lexemeOf } from '../../src/text/lexemes.js';
import { isStopword } from '../../src/text/stopwords.js';
import { buildTokenStream, tokenize, tokensIn, wordsIn } from '../../src/text/token-stream.js';
import type { Token } from '../../src/types.js';
import { seedLines, seedText } from '../support/seeds.js';

/** `text/norm/stem` per token, with `#` for numbers and `~` for stopwords. */
function formatTokens(tokens: Token[]): string {
  return tokens.map((t) => `${t.isNumber ? '#' : ''}${t.isStop ? '~' : ''}${t.text}/${t.norm}/${t.stem}`).join(' ');
}

describe('tokenize: word rules', () => {
  it.each([
    ['English with a possessive and a number', "Israel's army killed 1,200 people",
      "Israel's/israels/israel army/army/armi killed/killed/kill #1,200/1200/1200 people/people/peopl"],
    ['a thousands separator', 'بلغ العدد 27,708 شهيدا', 'بلغ/بلغ/بلغ العدد/العدد/عدد #27,708/27708/27708 شهيدا/شهيدا/شهيد'],
    ['Eastern Arabic thousands separator', 'بلغ ٢٧٬٧٠٨ شهيدا', 'بلغ/بلغ/بلغ #٢٧٬٧٠٨/27708/27708 شهيدا/شهيدا/شهيد'],
    ['Eastern Arabic decimal', 'يعيش ٢٫١ مليون', 'يعيش/يعيش/يعيش #٢٫١/2.1/2.1 مليون/مليون/مليون'],
    ['a decimal written with the Arabic comma', 'بنسبة 26،4 في المئة', 'بنسبة/بنسبه/بنسب #26،4/26.4/26.4 ~في/في/في المئة/الميه/ميه'],
    ['و glued to digits', 'و708 شهداء', '~و/و/و #708/708/708 شهداء/شهداء/شهداء'],
    ['Arabic letters glued to digits', 'في آذار2015م', '~في/في/في آذار/اذار/اذار #2015/2015/2015 م/م/م'],
    ['tatweel clitic before a quote', 'وصفها بـ"السخية"', 'وصفها/وصفها/وصف ~بـ/ب/ب السخية/السخيه/سخي'],
    ['a dotted abbreviation is not the pronoun us', 'U.S. officials', 'U.S/us/us officials/officials/offici'],
    ['an Arabic dotted abbreviation', 'لشبكة سي.إن.إن الأميركية', 'لشبكة/لشبكه/لشبك سي.إن.إن/سيانان/سيان الأميركية/الاميركيه/اميركي'],
    ['a site name with a dot', 'موقع العربية.نت', 'موقع/موقع/موقع العربية.نت/العربيهنت/عربيهنت'],
    ['a dot between words is a missing space', 'قرب دمشق.كما قال', 'قرب/قرب/قرب دمشق/دمشق/دمشق ~كما/كما/كما قال/قال/قال'],
    ['an apostrophe inside a word', "they don't know", "~they/they/they ~don't/dont/dont know/know/know"],
    ['a hyphen splits words', 'the al-Aqsa mosque', '~the/the/the al/al/al Aqsa/aqsa/aqsa mosque/mosque/mosqu'],
    ['a colon splits words', 'مسؤول إسرائيلي:قوله', 'مسؤول/مسوول/مسوول إسرائيلي/اسراييلي/اسراييلي قوله/قوله/قول'],
    ['an underscore splits a hashtag into its words', '#ميليشيات_الحوثي', 'ميليشيات/ميليشيات/ميليشي الحوثي/الحوثي/حوثي'],
    ['Latin letters keep their digits', 'the G7 in the 1960s', '~the/the/the G7/g7/g7 ~in/in/in ~the/the/the 1960s/1960s/1960s'],
    ['a joiner inside a word is kept', 'مي\u200Cخواهم', 'مي\u200Cخواهم/ميخواهم/ميخوا'],
    ['format marks around a word are not part of it', '\u200Fقهدريجان\u200E قال', 'قهدريجان/قهدريجان/قهدريج قال/قال/قال'],
  ])('%s', (_name, text, expected) => {
    expect(formatTokens(tokenize(text))).toBe(expected);
  });

  it('keeps the figures of 003 as single number tokens', () => {
    const line = seedLines('003').find((l) => l.startsWith('ومنذ 7 أكتوبر')) ?? '';
    const numbers = tokenize(line).filter((t) => t.isNumber).map((t) => t.norm);
    expect(numbers).toEqual(['7', '2023', '27', '708', '67', '147']);
    const merged = tokenize('بلغ العدد 27,708 و67,147 و2.1');
    expect(merged.filter((t) => t.isNumber).map((t) => t.text)).toEqual(['27,708', '67,147', '2.1']);
  });

  it.each([['بـ"أكسيوس"'], ['لـ"أكسيوس"']])('finds the word أكسيوس in %s', (phrase) => {
    const text = `وقالت مصادر ${phrase} إن بلينكن أعرب`;
    expect(seedText('004').includes('لـ"أكسيوس"')).toBe(true);
    expect(tokenize(text).map((t) => t.norm)).toContain('اكسيوس');
  });

  it('stems each word by its own script', () => {
    expect(tokenize('قال المدنيين killed').map((t) => t.stem)).toEqual(['قال', 'مدني', 'kill']);
  });
});

describe('tokenize on the seeds', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s: exact offsets in text order', (num) => {
    const text = seedText(num);
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(100);
    let last = 0;
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.norm).not.toBe('');
      last = t.end;
    }
  });

  // The Unicode word-boundary rules (UAX #29, as Intl.Segmenter applies them) are the reference
  // for words without digits; digits follow our own rules above (و708, 27,708).
  it.each(['000', '001', '002', '003', '004'])('seed %s: every word without digits is a word of Intl.Segmenter', (num) => {
    const text = seedText(num);
    const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });
    const words = [...segmenter.segment(text)].filter((s) => s.isWordLike);
    const withDigits = words.filter((s) => /\p{N}/u.test(s.segment)).map((s) => [s.index, s.index + s.segment.length]);
    const reference = words.filter((s) => !/\p{N}/u.test(s.segment)).map((s) => `${s.index}:${s.index + s.segment.length}`);
    const ours = tokenize(text)
      .filter((t) => !withDigits.some(([a, b]) => t.start >= a && t.end <= b))
      .map((t) => `${t.start}:${t.end}`);
    expect(ours).toEqual(reference);
  });

  it('reads a slice with offsets into the whole text', () => {
    const text = seedText('004');
    const start = text.indexOf('"مخاوف أميركية"');
    const end = text.indexOf('\n', start);
    const tokens = tokenize(text, start, end);
    expect(tokens.map((t) => t.text)).toEqual(['مخاوف', 'أميركية', 'من', 'الهجوم', 'على', 'رفح']);
    expect(tokens[0].start).toBe(start + 1);
    expect(tokens.map((t) => t.isStop)).toEqual([false, false, true, false, true, false]);
  });

  it('gives every copy of a very long line the same tokens', () => {
    const line = `${seedLines('003').join(' ')} `;
    const copies = Math.ceil(200_000 / line.length);
    expect(tokenize(line.repeat(copies)).length).toBe(tokenize(line).length * copies);
  });
});

describe('buildTokenStream', () => {
  const text = 'وقال بلينكن: «نرفض الهجوم»،\nوأضاف أن 27,708 قتلوا.';

  it('keeps words, numbers and marks with the gap before each', () => {
    const stream = buildTokenStream(text);
    expect(stream.tokens.map((t) => `${t.kind[0]}${t.gap}:${t.text}`).join(' ')).toBe(
      'w2:وقال w1:بلينكن p0:: p1:« w0:نرفض w1:الهجوم p0:» p0:، w2:وأضاف w1:أن n1:27,708 w1:قتلوا p0:.',
    );
    expect(stream.words.map((t) => t.text)).toEqual(['وقال', 'بلينكن', 'نرفض', 'الهجوم', 'وأضاف', 'أن', '27,708', 'قتلوا']);
  });

  it('reads ranges by offset: every token, or the words only', () => {
    const stream = buildTokenStream(text);
    const second = text.indexOf('وأضاف');
    expect(tokensIn(stream, 0, second).map((t) => t.text).join(' ')).toBe('وقال بلينكن : « نرفض الهجوم » ،');
    expect(wordsIn(stream, second, text.length).map((t) => t.norm)).toEqual(['واضاف', 'ان', '27708', 'قتلوا']);
    // A token that runs past the end of the range is not in it.
    expect(wordsIn(stream, 0, text.indexOf('بلينكن') + 3).map((t) => t.text)).toEqual(['وقال']);
  });

  it('scans only the ranges it is given, and no token crosses a range end', () => {
    const stream = buildTokenStream(text, [[text.indexOf('وأضاف'), text.length], [0, 4]]);
    expect(stream.words.map((t) => t.text)).toEqual(['وقال', 'وأضاف', 'أن', '27,708', 'قتلوا']);
    expect(buildTokenStream('بلينكن', [[0, 3]]).words.map((t) => t.text)).toEqual(['بلي']);
  });

  it.each([
    ['والاحتلال', { prefix: 'وال', core: 'احتلال', suffix: '' }],
    ['للمدنيين', { prefix: 'لل', core: 'مدنيين', suffix: '' }],
    ['بلينكن', { prefix: '', core: 'بلينكن', suffix: '' }],
    ["Israel's", { prefix: '', core: 'israel', suffix: 's' }],
    ['Hamas’s', { prefix: '', core: 'hamas', suffix: 's' }],
    ['officials', { prefix: '', core: 'officials', suffix: '' }],
  ])('%s carries its clitics', (word, clitics) => {
    expect(tokenize(word)[0].clitics).toEqual(clitics);
  });

  it('derives each surface form once', () => {
    expect(lexemeOf('المدنيين')).toBe(lexemeOf('المدنيين'));
    const [a, b] = tokenize('قال قال');
    expect(a.clitics).toBe(b.clitics);
  });
});

describe('isStopword', () => {
  it.each([
    ['في', 'ar', true],
    ['وفي', 'ar', true],
    ['فقد', 'ar', true],
    ['التي', 'ar', true],
    ['الي', 'ar', true],
    ['ولي', 'ar', false],
    ['بلينكن', 'ar', false],
    ['قال', 'ar', false],
    ['the', 'en', true],
    ['dont', 'en', true],
    ['killed', 'en', false],
    ['the', 'ar', false],
    ['في', 'unknown', true],
    ['the', 'unknown', true],
  ] as const)('%s (%s) -> %s', (word, language, expected) => {
    expect(isStopword(word, language)).toBe(expected);
  });
});
