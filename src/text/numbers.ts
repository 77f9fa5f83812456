// Numbers in Arabic and English text: digits, number words, scales and vague amounts, with the qualifier
// before them, what they count, and whether they are part of a date.
//
// Recipe, on the token stream of scan.ts (offsets into the original, words normalized):
//   1. date spans (date-scanner.ts) mark the numbers that are days, years or times (`isDateLike`);
//   2. an expression is a vague amount (`عشرات الآلاف`, `tens of thousands`) or an exact one: chunks of
//      digits or number words, each with its scale, joined by `و`/`and` while each part is smaller than
//      the scale before it (`27 ألفاً و708` = 27,708, but `2 و3` stays two numbers);
//   3. the qualifier is read from the words just before it (`أكثر من`), or `تقريباً` after it;
//   4. what it counts is the noun right after it (skipping `من`/`of`), or `%`/`في المئة`; a unit
//      joined by a hyphen (`a 950-ton bridge`) is kept as what it counts;
//   5. not counts: numbers in names (`G7`, `F-16`, `القرار 2254`, `Flight 370`), years after a noun
//      that dates (`حرب 1973`, `the 1967 borders`), ordinals (`الحادي عشر`, `الذكرى الـ200
//      لميلاده`) and ages (`في الـ16 من عمرها`, `18 and up`, `65 years and older`, `ages 18 to 64`);
//      a number written after its noun counts that noun
//      (`القتلى الأربعة`, `القتلى الـ12`).
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
  AGE_WORDS,
  COUNT_STOPWORDS,
  IDENTIFIER_HEADS,
  CURRENCY_SIGNS,
  PERCENT_SIGNS,
  PERCENT_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANK_NOUNS,
  TIME_MARKERS,
  YEAR_HEADS,
  type QualifierName,
} from './lexicons/number-words.js';
import { ARTICLE, LATIN, ONE, TEEN_MARK, WORDS, clean, definiteUnit, lookupWord, n, ordinalOf } from './number-lookup.js';
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
const IDENTIFIERS = new Set(IDENTIFIER_HEADS.map(n));
const YEAR_WORDS = new Set(YEAR_HEADS.map(n));
const AGE = new Set(AGE_WORDS.map(n));
const RANKS = new Set(RANK_NOUNS.map(n));
/** English words that make a number after `and`/`or` a bound of ages (`18 and up`, `65 or older`, `12 and under`). */
const AGE_BOUNDS = new Set(['up', 'older', 'over', 'above', 'under', 'younger', 'below']);
/** English words before a span of ages (`ages 18 to 64`, `aged 18-64`). */
const AGE_SPANS = new Set(['ages', 'aged']);
/** Words that join the ends of a span (`18 to 64`, `18 through 64`). */
const SPAN_LINKS = new Set(['to', 'through', '-', 'and']);
/** The oldest age a bound is read for: `200 and up` is no age. */
const MAX_AGE = 120;
/** Words that begin with `ل` without being `لـ` + a noun (`القتلى الـ12 ليسوا سوريين`). */
const L_WORDS = new Set(['ليس', 'ليست', 'ليسوا', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'لقد', 'لدى', 'لولا', 'لماذا', 'لهذا', 'لذلك', 'لهم', 'لها', 'لتلك'].map(n));
/** English words before a year (`in 1990`, `the 1967 borders`). */
const YEAR_LEADS = new Set(['the', 'in', 'since', 'of', 'by', 'until', 'from', 'before', 'after', 'during', 'mid']);

/** Whether the word, or the word without a leading `و`/`ف`, a `ب`/`ل`/`ك` or the article, is in `set` (`بالقرار`, `البوينغ`). */
function inSet(norm: string, set: ReadonlySet<string>): boolean {
  if (set.has(norm)) return true;
  let w = norm;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) {
    w = w.slice(1);
    if (set.has(w)) return true;
  }
  if (w.length > 3 && 'بلك'.includes(w[0]) && set.has(w.slice(1))) return true;
  return w.length > 4 && w.startsWith(ARTICLE) && set.has(w.slice(2)); // `البوينغ 777`
}

/** The [low, high] a qualifier gives an exact figure (`أكثر من 100`: 100..150). */
function bounds(value: number, qualifier: NumberQualifier): [number, number] {
  switch (qualifier) {
    case 'about': {
      // A figure given to three significant digits or more is rounded at its last one: `roughly
      // $141 million` is 140-142 million, not 127-155 (where $139 million would agree).
      const unit = lastDigitUnit(value);
      if (unit > 0 && value / unit >= 100) return [clean(value - unit), clean(value + unit)];
      // An amount in millions or more given to one significant digit is rounded at that digit:
      // `roughly $1 trillion` is what a $1.2 trillion bill rounds to (0.5 to 1.5 trillion).
      if (unit >= MILLION && value / unit < 10) return [clean(value - unit / 2), clean(value + unit / 2)];
      return [clean(value * 0.9), clean(value * 1.1)];
    }
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

const MILLION = 1e6;

/** The place value of a whole number's last non-zero digit (141e6 -> 1e6, 1500 -> 100); 0 for fractions. */
export function lastDigitUnit(value: number): number {
  if (!Number.isInteger(value) || value <= 0) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit;
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
  if (ONE.has(t.norm) || lookupWord(t.norm, true) !== null || definiteUnit(t.norm) !== null) return true;
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

  /** A scale or a percentage after the digits: `49,20 في المئة` is 49.2 percent, not a list of 49 and 20. */
  override decimalFollows(i: number): boolean {
    const t = this.at(i);
    if (t && t.kind === 'punct' && PERCENT_SIGN.has(t.norm)) return true;
    if (PERCENT.some((words) => words.every((w, k) => this.isWord(i + k) && this.at(i + k)!.norm === w))) return true;
    return super.decimalFollows(i);
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
  /** The qualifier before a currency sign written against the number (`more than $3 billion`, `roughly £5m`). */
  phraseBeforeSign(i: number): NumberQualifier | null {
    const sign = this.at(i - 1);
    return sign && sign.kind === 'punct' && CURRENCY.has(sign.norm) && this.at(i)!.gap === 0 ? this.phraseBefore(i - 1) : null;
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
    // `a 950-ton bridge`, `a 24-hour strike`: the unit is joined by a hyphen.
    const joined = this.at(e.next + 1);
    if (first.kind === 'punct' && first.norm === '-' && first.gap === 0 && joined?.kind === 'word' && joined.gap === 0 && LATIN.test(joined.norm)) {
      return { counts: this.text.slice(joined.start, joined.end), next: e.next + 2 };
    }
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

  // 5. Not counts, and numbers written after their noun.
  /** `القرار 2254`, `Flight 370`, `No. 10`: the noun before names what the number is. */
  identifierBefore(i: number): boolean {
    const t = this.tokens[i];
    let prev = this.at(i - 1);
    if (prev?.kind === 'punct' && prev.norm === '.' && t.gap === 1 && prev.gap === 0) prev = this.at(i - 2); // `No. 10`
    else if (t.gap !== 1) return false;
    return prev !== undefined && prev.kind === 'word' && prev.gap < 2 && inSet(prev.norm, IDENTIFIERS);
  }

  /** A four-digit year after a noun that dates (`حرب 1973`), or in English (`in 1990`, `the 1990s`, `the 2018 World Cup`). */
  yearAt(i: number, e: Expression): boolean {
    const t = this.tokens[i];
    if (t.kind !== 'num' || e.next !== i + 1 || !/^\d{4}$/.test(t.norm) || e.value < 1900 || e.value > 2100) return false;
    const prev = this.at(i - 1);
    const next = this.at(i + 1);
    if (prev?.kind === 'word' && t.gap === 1 && inSet(prev.norm, YEAR_WORDS)) return true;
    if (next?.kind === 'word' && next.gap === 0 && next.norm === 's') return true;
    // English writes counts of a thousand and more with a comma (`2,000 people`); a bare 19xx/20xx is a year.
    const latin = (u: ScanToken | undefined) => u?.kind === 'word' && LATIN.test(u.norm);
    if (!latin(prev) && !latin(next)) return false;
    return (prev?.kind === 'word' && YEAR_LEADS.has(prev.norm)) || (next?.kind === 'word' && /^\p{Lu}/u.test(this.text[next.start]));
  }

  /** The token that ends a span of ages begun before it (`ages 18 to 64`: the 64), or -1. */
  private ageSpanEnd = -1;

  /**
   * An English age bound or span, not a count of people: `18 and up`, `65 years and older`, `12 and
   * under`, `ages 18 to 64` (both ends). Two such bounds of two groups (`18 and up` at high risk,
   * `65 and older`) are no rival counts.
   */
  englishAge(i: number, e: Expression): boolean {
    if (i === this.ageSpanEnd) return true;
    if (!Number.isInteger(e.value) || e.value > MAX_AGE || e.range !== null) return false;
    const word = (k: number) => (this.isWord(k) && LATIN.test(this.at(k)!.norm) ? this.at(k)!.norm : '');
    let k = e.next;
    if (word(k) === 'years' || word(k) === 'year') k += 1;
    if ((word(k) === 'and' || word(k) === 'or') && AGE_BOUNDS.has(word(k + 1))) return true;
    if (!AGE_SPANS.has(word(i - 1))) return false;
    const link = this.at(e.next);
    if (link && SPAN_LINKS.has(link.norm) && this.at(e.next + 1)?.kind === 'num') this.ageSpanEnd = e.next + 1;
    return word(i - 1) === 'ages' || this.ageSpanEnd === e.next + 1;
  }

  /**
   * Digits after the article (`الـ12`): an ordinal before a `ل` word or after a singular feminine
   * noun (`الذكرى الـ200 لميلاده`, `المهمة الـ61`), an age (`في الـ16 من عمرها`), or else a count of
   * the noun before (`القتلى الـ12`). Null when no article stands before the number.
   */
  afterArticle(i: number, e: Expression): { notCount: boolean; counts: string | null } | null {
    const t = this.tokens[i];
    const article = this.at(i - 1);
    if (t.kind !== 'num' || !article || article.kind !== 'word' || article.norm !== ARTICLE || t.gap === 2) return null;
    const next = this.at(e.next);
    const noun = this.at(i - 2);
    const isWord = (u: ScanToken | undefined): u is ScanToken => u !== undefined && u.kind === 'word';
    const pluralNoun = isWord(noun) && noun.norm.startsWith(ARTICLE) && /(ات|ين|ون)$/.test(noun.norm);
    if (!pluralNoun && isWord(next) && next.norm.length > 3 && next.norm.startsWith('ل') && !STOPWORDS.has(next.norm) && !L_WORDS.has(next.norm)) {
      return { notCount: true, counts: null };
    }
    if (isWord(next) && OF.has(next.norm) && isWord(this.at(e.next + 1)) && AGE.has(this.at(e.next + 1)!.norm)) return { notCount: true, counts: null };
    if (isWord(noun) && AGE.has(noun.norm)) return { notCount: true, counts: null };
    if (!isWord(noun) || !noun.norm.startsWith(ARTICLE) || noun.norm.length < 4 || STOPWORDS.has(noun.norm)) return { notCount: false, counts: null };
    if (RANKS.has(noun.norm)) return { notCount: true, counts: null };
    if (noun.norm.endsWith('ه')) {
      // A singular feminine noun: `المهمة الـ61` is a rank, unless it ends a chain whose head is a
      // plural (`مقاطعات الولاية الـ75`: the state's 75 districts).
      const head = this.at(i - 3);
      const plural = isWord(head) && !head.norm.startsWith(ARTICLE) && /(ات|ين|ون)$/.test(head.norm) && !STOPWORDS.has(head.norm);
      return plural ? { notCount: false, counts: this.text.slice(head.start, head.end) } : { notCount: true, counts: null };
    }
    return { notCount: false, counts: this.text.slice(noun.start, noun.end) };
  }

  /** `الحادي عشر`, `الثاني عشرة`: an ordinal teen (a rank or a day), never a count. */
  ordinalTeen(i: number): Expression | null {
    const t = this.tokens[i];
    const prev = this.at(i - 1);
    if (t.kind !== 'word' || !TEEN_MARK.has(t.norm) || t.gap !== 1 || prev?.kind !== 'word') return null;
    const ordinal = ordinalOf(prev.norm);
    if (ordinal === null) return null;
    const value = ordinal > 10 ? ordinal : ordinal + 10;
    return { start: prev.start, next: i + 1, value, range: null };
  }

  /** `القتلى الأربعة`, `الرهائن الثلاثة`, `القتلى الخمسة عشر`: a definite number after a definite noun. */
  definiteAfterNoun(i: number): { e: Expression; counts: string } | null {
    const t = this.tokens[i];
    const unit = t.kind === 'word' && t.gap === 1 ? definiteUnit(t.norm) : null;
    const noun = this.at(i - 1);
    if (unit === null || !noun || noun.kind !== 'word' || !noun.norm.startsWith(ARTICLE) || noun.norm.length < 4) return null;
    if (STOPWORDS.has(noun.norm) || isDateWord(noun.norm) || lookupWord(noun.norm, true) || definiteUnit(noun.norm) !== null) return null;
    const counts = this.text.slice(noun.start, noun.end);
    const after = this.at(i + 1);
    if (unit < 10 && after?.kind === 'word' && after.gap === 1 && TEEN_MARK.has(after.norm)) {
      return { e: { start: t.start, next: i + 2, value: unit + 10, range: null }, counts };
    }
    // `الساعات الأربع والعشرين`: the unit, then `و` and the definite ten.
    const ten = after?.kind === 'word' && after.gap === 1 && after.norm.startsWith('وال') ? WORDS.get(after.norm.slice(3)) : undefined;
    if (unit < 10 && ten?.kind === 'ten') return { e: { start: t.start, next: i + 2, value: unit + ten.value, range: null }, counts };
    return { e: { start: t.start, next: i + 1, value: unit, range: null }, counts };
  }

  /** Whether a time word (`الساعة`) stands before token i, maybe across an opening bracket. */
  private afterTimeWord(i: number): boolean {
    const prev = this.at(i - 1)?.norm === '(' ? this.at(i - 2) : this.at(i - 1);
    return prev?.kind === 'word' && TIME_WORDS.has(prev.norm);
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
        // Part of a name: `G7`, `F-16`, `COVID-19`, `Flight 370`, `القرار 2254`.
        const prev = this.at(i - 1);
        const named =
          (t.gap === 0 && prev !== undefined &&
            ((prev.kind === 'word' && /[a-z]$/.test(prev.norm)) ||
              (prev.kind === 'punct' && prev.norm === '-' && this.at(i - 2)?.kind === 'word' && prev.gap === 0))) ||
          this.identifierBefore(i);
        if (named) {
          i += 1;
          continue;
        }
        const read = readDigits(this.text, t, this.decimalFollows(i + 1));
        if (read.values.length > 1) {
          // A time (`09:16`, or `الساعة 18,40` with a comma), the odd `2023:11:06.09:16`, or a list
          // (`1,2`): each number on its own.
          const dateLike = read.clock || this.afterTimeWord(i) || this.inDate(t.start, t.end);
          for (const v of read.values) {
            this.out.push({ start: v.start, end: v.end, text: this.text.slice(v.start, v.end), value: v.value, low: v.value, high: v.value, qualifier: 'exact', counts: null, isDateLike: dateLike });
          }
          i += 1;
          continue;
        }
      } else {
        const teen = this.ordinalTeen(i);
        if (teen) {
          this.emit(teen, true, null, 'exact');
          i = teen.next;
          continue;
        }
        const after = this.definiteAfterNoun(i);
        if (after) {
          this.emit(after.e, false, after.counts, this.phraseAfter(after.e.next) ?? 'exact');
          i = after.e.next;
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
      const clock = this.afterTimeWord(i);
      const article = this.afterArticle(i, e);
      const dateLike =
        this.inDate(e.start, this.tokens[e.next - 1].end) || ordinal || clock || this.slashed(i) || this.yearAt(i, e) || article?.notCount === true || this.englishAge(i, e);
      const found = this.counted(e, dateLike, i);
      // After the article the number follows its noun (`القتلى الـ12`): that noun is what it counts.
      const counts = dateLike ? null : article?.counts ?? found.counts;
      const qualifier = e.range ? 'range' : this.phraseBefore(i) ?? this.phraseBeforeSign(i) ?? this.phraseAfter(e.next) ?? this.phraseAfter(found.next) ?? 'exact';
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
