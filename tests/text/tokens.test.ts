// Word tokens on the Blinken seeds: offsets, numbers, tatweel clitics, stems, stopwords, long input.
import { describe, expect, it } from 'vitest';
import { isStopword } from '../../src/text/stopwords.js';
import { tokenize, wordSegmenter } from '../../src/text/tokens.js';
import type { Token } from '../../src/types.js';
import { seedLines, seedText } from '../support/seeds.js';

/** `text/norm/stem` per token, with `#` for numbers and `~` for stopwords. */
function formatTokens(tokens: Token[]): string {
  return tokens.map((t) => `${t.isNumber ? '#' : ''}${t.isStop ? '~' : ''}${t.text}/${t.norm}/${t.stem}`).join(' ');
}

describe('tokenize', () => {
  it.each([
    ['English with a possessive and a number', "Israel's army killed 1,200 people", 'en',
      'Israel\'s/israels/israel army/army/armi killed/killed/kill #1,200/1200/1200 people/people/peopl'],
    ['Eastern Arabic decimal', 'يعيش ٢٫١ مليون', 'ar', 'يعيش/يعيش/يعيش #٢٫١/2.1/2.1 مليون/مليون/مليون'],
    ['a dotted abbreviation is not the pronoun us', 'U.S. officials', 'en', 'U.S/us/us officials/officials/offici'],
    ['و glued to digits', 'و708 شهداء', 'ar', '~و/و/و #708/708/708 شهداء/شهداء/شهداء'],
    ['tatweel clitic before a quote', 'وصفها بـ"السخية"', 'ar', 'وصفها/وصفها/وصف ~بـ/ب/ب السخية/السخيه/سخي'],
  ])('%s', (_name, text, language, expected) => {
    expect(formatTokens(tokenize(text, 0, text.length, language as 'ar' | 'en'))).toBe(expected);
  });

  it('keeps the figures of 003 as single number tokens', () => {
    const line = seedLines('003').find((l) => l.startsWith('ومنذ 7 أكتوبر')) ?? '';
    const numbers = tokenize(line).filter((t) => t.isNumber).map((t) => t.norm);
    expect(numbers).toEqual(['7', '2023', '27', '708', '67', '147']);
    const merged = tokenize('بلغ العدد 27,708 و67,147 و2.1');
    expect(merged.filter((t) => t.isNumber).map((t) => t.text)).toEqual(['27,708', '67,147', '2.1']);
  });

  it.each([
    ['بـ"أكسيوس"'],
    ['لـ"أكسيوس"'],
  ])('finds the word أكسيوس in %s', (phrase) => {
    const text = `وقالت مصادر ${phrase} إن بلينكن أعرب`;
    expect(seedText('004').includes('لـ"أكسيوس"')).toBe(true);
    const words = tokenize(text).map((t) => t.norm);
    expect(words).toContain('اكسيوس');
  });

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

  it('tokenizes a slice with offsets into the whole text', () => {
    const text = seedText('004');
    const start = text.indexOf('"مخاوف أميركية"');
    const end = text.indexOf('\n', start);
    const tokens = tokenize(text, start, end, 'ar');
    expect(tokens.map((t) => t.text)).toEqual(['مخاوف', 'أميركية', 'من', 'الهجوم', 'على', 'رفح']);
    expect(tokens[0].start).toBe(start + 1);
    expect(tokens.map((t) => t.isStop)).toEqual([false, false, true, false, true, false]);
  });

  it('gives the same tokens with the language given or omitted', () => {
    const text = seedText('003');
    expect(tokenize(text, 0, text.length, 'ar')).toEqual(tokenize(text));
  });

  it('stems each word by its own script', () => {
    const tokens = tokenize('قال المدنيين killed', 0, 27, 'ar');
    expect(tokens.map((t) => t.stem)).toEqual(['قال', 'مدني', 'kill']);
  });

  it('is safe and linear on one very long line', () => {
    const line = `${seedLines('003').join(' ')} `;
    const text = line.repeat(Math.ceil(200_000 / line.length));
    const perLine = tokenize(line).length;
    const t0 = performance.now();
    const tokens = tokenize(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    // Chunk cuts fall on spaces, so no word is lost or split.
    expect(tokens.length).toBe(perLine * Math.ceil(200_000 / line.length));
  });
});

describe('wordSegmenter', () => {
  it('is created once per language and splits words', () => {
    expect(wordSegmenter('ar')).toBe(wordSegmenter('ar'));
    expect(wordSegmenter()).toBe(wordSegmenter());
    const words = [...wordSegmenter('ar').segment('التقى بلينكن نتنياهو.')].filter((s) => s.isWordLike).map((s) => s.segment);
    expect(words).toEqual(['التقى', 'بلينكن', 'نتنياهو']);
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
