// Quotations found in real sentences of the Blinken seed articles, and in English wire-style lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/claims/quotes.js';

const SEEDS = join(import.meta.dirname, '../../examples/blinken');

/** The full text of seed article `prefix` (e.g. `003`). */
function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** Offsets of line `n` (from 1) of a text. */
function lineSpan(text: string, n: number): [number, number] {
  let start = 0;
  for (let i = 1; i < n; i += 1) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

/** The quotes of line `n` of a seed, joined as `a | b`. */
function quotesOfLine(prefix: string, n: number): string {
  const text = seed(prefix);
  const [start, end] = lineSpan(text, n);
  return findQuotes(text, start, end).map((q) => q.text).join(' | ');
}

describe('findQuotes on the seed articles', () => {
  it.each([
    ['003', 1, 'مرتفعة للغاية | كل يوم يفكر في آلاف الأطفال الذين قتلوا بغزة'],
    ['003', 8, 'أكسيوس | البالغ'],
    ['003', 9, 'الشاباك | الموساد'],
    ['003', 13, 'في أقرب وقت ممكن'],
    ['004', 6, 'مخاوف أميركية'],
    ['004', 12, 'تفكيك البنية التحتية العسكرية لحماس في رفح أيضاً | أكسيوس'],
    ['004', 14, 'أكسيوس'],
    // A quote glued to a clitic: بـ الـ"سخية".
    ['000', 20, 'سخية | مهتمة بالصراع الإقليمي أكثر من وقف إطلاق النار'],
    // Parentheses inside a quotation stay inside it.
    ['000', 34, 'ضحايا (شهداء) كُثر بين المدنيين، بما في ذلك الآلاف من النساء والأطفال والأشخاص الذين يعيشون في أوضاع معيشية هشّة'],
    ['002', 9, 'من غير المعقول | تحجب (واشنطن) الأسلحة والذخائر'],
    // Curly quotation marks.
    ['002', 24, 'نرفض بشكل قاطع القبول بالتهجير تحت أي مسمى، ونرفض تهجير الفلسطينيين من أرضهم، ونطالب بضرورة حل الدولتين'],
    ['003', 18, ''],
  ])('%s line %i', (prefix, n, expected) => {
    expect(quotesOfLine(prefix, n)).toBe(expected);
  });

  it('gives offsets of the inner text, between the marks', () => {
    const text = seed('003');
    const [start, end] = lineSpan(text, 1);
    for (const q of findQuotes(text, start, end)) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text[q.start - 1]).toBe('"');
      expect(text[q.end]).toBe('"');
      expect(q.start).toBeGreaterThanOrEqual(start);
      expect(q.end).toBeLessThanOrEqual(end);
    }
  });

  it('runs an unclosed quotation to the end of the sentence, and closes one opened before it', () => {
    // 003 line 7 holds a quotation of two sentences; split it where a segmenter would.
    const text = seed('003');
    const [start, end] = lineSpan(text, 7);
    const split = text.indexOf('للأذى.', start) + 'للأذى.'.length;
    const first = findQuotes(text, start, split);
    expect(first.map((q) => q.text)).toEqual([
      'لقد صدمت من 7 أكتوبر/تشرين الأول، ملتزماً بمنع حدوث شيء كهذا مرة أخرى، ولكن يجب علينا أن ندرك الحقيقة: عائلات بأكملها لا علاقة لها بحماس تعرضت للأذى.',
    ]);
    const second = findQuotes(text, split, end);
    expect(second.map((q) => q.text)).toEqual(['كل يوم سأسأل نفسي وأفكر في آلاف الأطفال الذين قتلوا بغزة']);
  });
});

describe('findQuotes, quotation styles', () => {
  const quotes = (s: string): string => findQuotes(s, 0, s.length).map((q) => q.text).join(' | ');

  it.each([
    ['guillemets', 'وقال بلينكن إن الحصيلة «مرتفعة للغاية» في غزة.', 'مرتفعة للغاية'],
    ['reversed guillemets', 'وقال بلينكن إن الحصيلة »مرتفعة للغاية« في غزة.', 'مرتفعة للغاية'],
    ['reversed curly quotes in Arabic', 'وقال بلينكن إن الحصيلة ”مرتفعة للغاية“ في غزة.', 'مرتفعة للغاية'],
    ['German quotes', 'Blinken nannte die Zahl „viel zu hoch“.', 'viel zu hoch'],
    ['English curly quotes', 'Blinken said the toll was “far too high.”', 'far too high.'],
    ['nested quotes give the outer one', '"The official said \'no\' twice," Miller told reporters.', "The official said 'no' twice,"],
    ['nested curly quotes', '“He called it ‘unacceptable’ on Wednesday,” the aide said.', 'He called it ‘unacceptable’ on Wednesday,'],
    ['English single quotes', "The minister called the plan 'a historic mistake' on Wednesday.", 'a historic mistake'],
    ['apostrophes are not quotes', "Israel's army said it didn't target the convoy.", ''],
    ['a lone leading apostrophe is not a quote', "Fighting has raged since the '90s in the region.", ''],
    ['single quotes are not read in Arabic', "قال 'بلينكن' إن الحصيلة مرتفعة", ''],
  ])('%s', (_name, sentence, expected) => {
    expect(quotes(sentence)).toBe(expected);
  });
});
