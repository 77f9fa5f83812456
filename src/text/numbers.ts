// Numbers in Arabic and English text: digits, number words, scales and vague amounts, with the qualifier
// before them, what they count, and whether they are part of a date.
//
// Recipe, on the token stream of scan.ts (offsets into the original, words normalized):
//   1. date spans (date-scanner.ts) mark the numbers that are days, years or times (`isDateLike`);
//   2. an expression is a vague amount (`عشرات الآلاف`, `tens of thousands`) or an exact one: chunks of
//      digits or number words, each with its scale, joined by `و`/`and` while each part is smaller than
//      the scale before it (`27 ألفاً و708` = 27,708, but `2 و3` stays two numbers);
//   3. the qualifier is read from the words just before it (`أكثر من`), or `تقريباً` after it;
//   4. what it counts is the noun right after it (skipping `من`/`of`), or `%`/`في المئة`.
//
// Digit separators: `,` and `٬` group thousands when every group has three digits. A dot followed by
// exactly three digits (`1.200`, `328.245`, `10.000`) is read as a thousands separator, since Arabic news
// writes populations and tolls that way (ANT corpus: all 22 such figures are thousands), unless a scale
// word follows (`4.152 مليار` is 4.152 billion). `٫` is always a decimal separator.
import type { NumberMention, NumberQualifier } from '../types.js';
import { scanTokens, type ScanToken } from './scan.js';
import { scanDates, type RawDate } from './date-scanner.js';
import { isDateWord } from './date-words.js';
import {
  COUNT_STOPWORDS,
  CURRENCY_SIGNS,
  PERCENT_SIGNS,
  PERCENT_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  TIME_MARKERS,
  type QualifierName,
} from './lexicons/number-words.js';
import { ARTICLE, LATIN, ONE, WORDS, clean, lookupWord, n } from './number-lookup.js';
import { readDigits } from './digits.js';
import { NumberReader, type Expression } from './number-reader.js';

// --- qualifiers and counted nouns, built once ---------------------------------------------------

const STOPWORDS = new Set(COUNT_STOPWORDS.map(n));
const TIME_WORDS = new Set(TIME_MARKERS.map(n));
const PERCENT_SIGN = new Set(PERCENT_SIGNS.map(n));
const CURRENCY = new Set(CURRENCY_SIGNS);
const phrases = (list: ReadonlyArray<readonly [string, QualifierName]>) =>
  list.map(([p, q]) => ({ words: n(p).split(' '), qualifier: q })).sort((a, b) => b.words.length - a.words.length);
const BEFORE = phrases(QUALIFIERS_BEFORE);
const AFTER = phrases(QUALIFIERS_AFTER);
const PERCENT = PERCENT_WORDS.map((p) => n(p).split(' ')).sort((a, b) => b.length - a.length);
const OF = new Set([n('من'), 'of']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** The [low, high] a qualifier gives an exact figure (`أكثر من 100`: 100..150). */
function bounds(value: number, qualifier: NumberQualifier): [number, number] {
  switch (qualifier) {
    case 'about':
      return [clean(value * 0.9), clean(value * 1.1)];
    case 'more-than':
    case 'at-least':
      return [value, clean(value * 1.5)];
    case 'less-than':
    case 'up-to':
      return [clean(value * 0.5), value];
    default:
      return [value, value];
  }
}

/**
 * The numbers in text[start, end), offsets into `text`. Each Arabic or English number expression is
 * one mention (`27 ألفاً و708` = 27,708; `2.1 مليون` = 2,100,000; `عشرات الآلاف` = 20,000..99,999).
 * Numbers inside dates and times are returned too, with `isDateLike` set.
 */
export function findNumbers(text: string, start = 0, end = text.length): NumberMention[] {
  const tokens = scanTokens(text, start, end);
  if (!tokens.some(mayStartNumber)) return [];
  return new NumberScanner(text, tokens).run();
}

/** Whether a token can begin a number expression. */
function mayStartNumber(t: ScanToken): boolean {
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  if (ONE.has(t.norm) || lookupWord(t.norm, true) !== null) return true;
  return t.norm.includes('-') && WORDS.get(t.norm.slice(0, t.norm.indexOf('-')))?.kind === 'ten'; // `twenty-five`
}

/** Steps 1, 3 and 4 of the recipe as methods over one token stream (methods, not closures: built once). */
class NumberScanner extends NumberReader {
  private readonly out: NumberMention[] = [];
  private readonly dateSpans: RawDate[];
  private dateIndex = 0;

  constructor(text: string, tokens: readonly ScanToken[]) {
    super(text, tokens);
    // 1. Date spans: only digits can be part of a date, so without digits there is nothing to mark.
    this.dateSpans = tokens.some((t) => t.kind === 'num') ? scanDates(text, tokens) : [];
  }

  /** Whether text[from, to) lies inside a date; called with increasing offsets. */
  inDate(from: number, to: number): boolean {
    while (this.dateIndex < this.dateSpans.length && this.dateSpans[this.dateIndex].end <= from) this.dateIndex += 1;
    const d = this.dateSpans[this.dateIndex];
    return d !== undefined && d.start <= from && to <= d.end;
  }

  /** Digits joined by `/` to digits: a date without a year (`9/11`) or a fraction, not a count. */
  slashed(i: number): boolean {
    const t = this.tokens[i];
    const slash = (k: number) => this.tokens[k]?.norm === '/' && this.tokens[k].gap === 0;
    const digits = (k: number) => this.tokens[k]?.kind === 'num';
    if (t.kind !== 'num') return false;
    return (slash(i + 1) && digits(i + 2) && this.tokens[i + 2].gap === 0) || (t.gap === 0 && slash(i - 1) && digits(i - 2));
  }

  // 3. Qualifier from the words before (or `تقريباً` after).
  phraseBefore(i: number): NumberQualifier | null {
    for (const { words, qualifier } of BEFORE) {
      let ok = true;
      for (let k = 0; k < words.length && ok; k += 1) {
        const t = this.at(i - words.length + k);
        if (!t || t.kind !== 'word' || (k > 0 && t.gap === 2)) ok = false;
        else {
          const w = words[k];
          const clitic = k === 0 && t.norm.length === w.length + 1 && 'ولبف'.includes(t.norm[0]);
          ok = t.norm === w || (clitic && t.norm.endsWith(w));
        }
      }
      if (ok && this.at(i) && this.at(i)!.gap < 2) return qualifier;
    }
    return null;
  }
  phraseAfter(i: number): NumberQualifier | null {
    for (const { words, qualifier } of AFTER) {
      if (words.every((w, k) => this.isWord(i + k) && this.at(i + k)!.norm === w)) return qualifier;
    }
    return null;
  }

  // 4. What it counts.
  counted(e: Expression, dateLike: boolean, startIndex: number): { counts: string | null; next: number } {
    const before = this.at(startIndex - 1);
    if (before && before.kind === 'punct' && CURRENCY.has(before.norm) && before.gap < 2) {
      return { counts: this.text.slice(before.start, before.end), next: e.next };
    }
    if (dateLike) return { counts: null, next: e.next };
    const first = this.at(e.next);
    if (!first || first.gap === 2) return { counts: null, next: e.next };
    if (first.kind === 'punct' && PERCENT_SIGN.has(first.norm)) return { counts: this.text.slice(first.start, first.end), next: e.next + 1 };
    for (const words of PERCENT) {
      if (words.every((w, k) => this.isWord(e.next + k) && this.at(e.next + k)!.norm === w)) {
        const last = this.at(e.next + words.length - 1)!;
        return { counts: this.text.slice(first.start, last.end), next: e.next + words.length };
      }
    }
    let j = e.next;
    const afterOf = this.isWord(j) && OF.has(this.at(j)!.norm);
    if (afterOf) j += 1;
    const t = this.at(j);
    if (!t || t.kind !== 'word' || t.gap === 2 || t.norm.length < 2) return { counts: null, next: e.next };
    const norm = t.norm;
    if (STOPWORDS.has(norm) || lookupWord(norm, true) || isDateWord(norm)) return { counts: null, next: e.next };
    if (!LATIN.test(norm)) {
      // A counted Arabic noun is indefinite (`3 مراحل`); a definite word after a figure is something else
      // (`قناة 13 الإسرائيلية`), except after `من` or a vague amount (`آلاف الأطفال`).
      if (norm.startsWith(ARTICLE) && !afterOf && e.range === null) return { counts: null, next: e.next };
      if (norm.length > 3 && norm.endsWith('وا')) return { counts: null, next: e.next }; // a verb: `قتلوا`
    }
    return { counts: this.text.slice(t.start, t.end), next: j + 1 };
  }

  emit(e: Expression, dateLike: boolean, counts: string | null, qualifier: NumberQualifier) {
    const [low, high] = e.range ?? bounds(e.value, qualifier);
    const endOffset = this.tokens[e.next - 1].end;
    this.out.push({
      start: e.start,
      end: endOffset,
      text: this.text.slice(e.start, endOffset),
      value: e.value,
      low,
      high,
      qualifier: e.range ? 'range' : qualifier,
      counts,
      isDateLike: dateLike,
    });
  }

  run(): NumberMention[] {
    let i = 0;
    while (i < this.tokens.length) {
      const t = this.tokens[i];
      if (!mayStartNumber(t)) {
        i += 1;
        continue;
      }
      if (t.kind === 'num') {
        // Part of a name: `G7`, `F-16`, `COVID-19`.
        const prev = this.at(i - 1);
        const named =
          t.gap === 0 && prev !== undefined &&
          ((prev.kind === 'word' && /[a-z]$/.test(prev.norm)) ||
            (prev.kind === 'punct' && prev.norm === '-' && this.at(i - 2)?.kind === 'word' && prev.gap === 0));
        if (named) {
          i += 1;
          continue;
        }
        const scale = this.scaleAt(i + 1) !== null;
        const read = readDigits(this.text, t, scale);
        if (read.values.length > 1) {
          // A time (`09:16`), the odd `2023:11:06.09:16`, or a list (`1,2`): each number on its own.
          const dateLike = read.clock || this.inDate(t.start, t.end);
          for (const v of read.values) {
            this.out.push({ start: v.start, end: v.end, text: this.text.slice(v.start, v.end), value: v.value, low: v.value, high: v.value, qualifier: 'exact', counts: null, isDateLike: dateLike });
          }
          i += 1;
          continue;
        }
      }
      const e = this.vague(i) ?? this.exact(i);
      if (!e) {
        i += 1;
        continue;
      }
      // `21st` is an ordinal; `الساعة 23.00` a time.
      const suffix = this.at(e.next);
      const ordinal = t.kind === 'num' && suffix?.kind === 'word' && suffix.gap === 0 && ORDINAL_SUFFIX.has(suffix.norm);
      const prev = this.at(i - 1)?.norm === '(' ? this.at(i - 2) : this.at(i - 1);
      const clock = prev?.kind === 'word' && TIME_WORDS.has(prev.norm);
      const dateLike = this.inDate(e.start, this.tokens[e.next - 1].end) || ordinal || clock || this.slashed(i);
      const { counts, next } = this.counted(e, dateLike, i);
      const qualifier = e.range ? 'range' : this.phraseBefore(i) ?? this.phraseAfter(e.next) ?? this.phraseAfter(next) ?? 'exact';
      this.emit(e, dateLike, counts, qualifier);
      i = ordinal ? e.next + 1 : e.next;
    }
    return this.out;
  }
}

/** Whether two figures can be the same amount: their [low, high] ranges overlap (up to rounding). */
export function numbersCompatible(a: NumberMention, b: NumberMention): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(a.high), Math.abs(b.high));
  return a.low <= b.high + tolerance && b.low <= a.high + tolerance;
}
