import { describe, expect, it } from 'vitest';
import { paragraphDirection, visualLine, visualSpans } from '../../cli/tui/bidi.js';
import { shapeArabic } from '../../cli/tui/shape.js';
import { seedLines } from '../support/seeds.js';

const seedLine = (num: string, part: string) => {
  const found = seedLines(num).find((l) => l.includes(part));
  if (!found) throw new Error(`no line with ${part} in seed ${num}`);
  return found;
};
const ocha = seedLine('004', '(أوتشا)'); // وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)، ...
const population = seedLine('004', '2.1 مليون'); // ... البالغ عددهم 2.1 مليون نسمة ...
const toll = seedLine('004', '27 ألفاً و700'); // وقتلت إسرائيل ... أكثر من 27 ألفاً و700 فلسطيني ...
const dateLine = seedLine('002', 'GMT'); // تاريخ النشر: 21st, June 2024 GMT

/** A word as a terminal without bidi must show it: letters reversed, each with its marks. */
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const reverse = (s: string) => [...graphemes.segment(s)].map((g) => g.segment).reverse().join('');

describe('visualLine on the seed articles', () => {
  it('reverses the Arabic, mirrors the brackets around (أوتشا) and ends with the first word', () => {
    const v = visualLine(ocha, 'rtl');
    expect(v).toContain(`(${reverse('أوتشا')})`);
    expect(v.endsWith(reverse('وقال'))).toBe(true);
    expect(v.startsWith('.')).toBe(true);
    expect(v).toHaveLength(ocha.length);
  });

  it('keeps 2.1 left to right inside the reversed Arabic', () => {
    expect(visualLine(population, 'rtl')).toContain(`${reverse('مليون')} 2.1 ${reverse('عددهم')}`);
  });

  it('keeps 27 and 700 left to right, 700 to the left of its و', () => {
    expect(visualLine(toll, 'rtl')).toContain(`700${reverse('و')} ${reverse('ألفاً')} 27 ${reverse('من')}`);
  });

  it('keeps a Latin date run in order inside an Arabic line', () => {
    expect(dateLine).toBe('تاريخ النشر: 21st, June 2024 GMT');
    expect(visualLine(dateLine, 'rtl')).toBe(`21st, June 2024 GMT :${reverse('النشر')} ${reverse('تاريخ')}`);
  });

  it('keeps combining marks after their letter (shadda, tanween)', () => {
    const line = seedLine('004', 'حذّرت').slice(-40); // ... خصوصاً وأن مصر حذّرت من التهجير في غزة.
    const v = visualLine(line, 'rtl');
    expect(v).toContain('ترذّح');
    expect(v).toContain('اًصوصخ');
    // No word starts with a mark, as it would if the string were reversed unit by unit.
    expect(v).not.toMatch(/(^|\s)[\u064b-\u0652]/);
  });

  it('leaves left-to-right text alone', () => {
    const en = 'Blinken met Netanyahu on 7 February 2024 (in Tel Aviv).';
    expect(visualLine(en, 'ltr')).toBe(en);
  });

  it('reverses an Arabic quote inside an English paragraph as one run', () => {
    expect(visualLine('Axios said "فشل التواصل" on Wednesday', 'ltr')).toBe(`Axios said "${reverse('فشل التواصل')}" on Wednesday`);
  });

  it('drops implicit direction marks once they have done their work', () => {
    expect(visualLine('بلينكن \u200e→\u200e نتنياهو', 'ltr')).toBe(`${reverse('بلينكن')} → ${reverse('نتنياهو')}`);
  });
});

describe('visualSpans', () => {
  it('carries each run\u2019s style to where its letters are shown', () => {
    const out = visualSpans([{ text: 'التقى ' }, { text: 'بلينكن', style: { changed: true } }, { text: ' نتنياهو' }], 'rtl');
    expect(out).toEqual([{ text: `${reverse('نتنياهو')} ` }, { text: reverse('بلينكن'), style: { changed: true } }, { text: ` ${reverse('التقى')}` }]);
  });
});

describe('paragraphDirection', () => {
  it.each([
    [ocha, 'rtl'],
    ['"مخاوف أميركية" من الهجوم على رفح', 'rtl'],
    ['27 ألفاً', 'rtl'],
    ['Blinken said', 'ltr'],
    ['2024-02-07', 'ltr'],
  ] as const)('%s -> %s', (text, dir) => {
    expect(paragraphDirection(text)).toBe(dir);
  });
});

describe('shapeArabic (--shape)', () => {
  it.each(['بلينكن', 'الأمم المتحدة', 'لا يزال يدفع', 'حذّرت', 'فلسطينية'])('%s: presentation forms that normalise back to the text', (word) => {
    const shaped = shapeArabic(word);
    expect(shaped).not.toBe(word);
    expect(shaped.normalize('NFKC')).toBe(word);
    expect(shaped).toMatch(/^[\ufb50-\ufeff\s\u064b-\u0652]+$/);
  });

  it('picks initial, medial and final forms: بلينكن', () => {
    const cps = [...shapeArabic('بلينكن')].map((c) => c.codePointAt(0)!.toString(16));
    expect(cps).toEqual(['fe91', 'fee0', 'fef4', 'fee8', 'fedc', 'fee6']);
  });

  it('ligates lam and alef: لا and the hamza form in الأمم', () => {
    expect(shapeArabic('لا')).toBe('\ufefb');
    expect(shapeArabic('الأمم')).toContain('\ufef7');
  });

  it('leaves Latin and digits alone', () => {
    expect(shapeArabic('Blinken 2.1')).toBe('Blinken 2.1');
  });
});
