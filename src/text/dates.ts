// Dates in Arabic and English text (both Arabic month series, weekdays, numeric forms) and metadata date values.
//
// Recipe, on one token stream per call (words normalized for matching, offsets into the original text):
//   1. a weekday phrase (`مساء الأربعاء`, `(السبت)`, `Mon,`) joins the full date right after it;
//   2. numeric forms: ISO `2024-02-07`, `2023:11:06.09:16`, `07/02/2024` and `06.11.2023` when unambiguous;
//   3. day first: `7 فبراير/شباط 2024`, `السابع من أكتوبر`, `21st, June 2024`, `05 Mar 2018 00:54:05 GMT`;
//   4. month first: `February 7, 2024`, `Feb. 7`, `أكتوبر 2023`, `last May`; a month alone needs a context
//      word before it (`في مايو`) or a relative word after it (`مايو الماضي`);
//   5. a year after `عام`/`سنة`, or after a preposition when no counted noun follows (`منذ 2015`);
//   6. a weekday alone; `الاثنين` (also "the two") only in a date-like context.
// Yearless dates take their year from the reference date; without one they are dropped by `findDates`
// (never a guessed year), but numbers.ts still sees them as date spans.
import type { DateMention } from '../types.js';
import { normalizeChar, normalizeText } from './normalize.js';
import {
  DAY_PART_WORDS,
  GREGORIAN_YEAR_SUFFIX,
  MONTH_ABBREVIATIONS,
  MONTH_CONTEXT_BEFORE,
  MONTH_NAMES,
  MONTHS_WRITTEN_EXACTLY,
  ORDINAL_DAY_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_TEEN_WORDS,
  ORDINAL_TENS_WORDS,
  RELATIVE_CURRENT,
  RELATIVE_NEXT,
  RELATIVE_PAST,
  TIME_ZONES,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_BLOCKERS,
  WEEKDAY_CONTEXT_BEFORE,
  WEEKDAY_NEXT_BEFORE,
  WEEKDAY_PAST_BEFORE,
  YEAR_JOINERS,
  PAST_CONTEXT_BEFORE,
  WEEKDAY_NAMES,
  WEEKDAYS_NEEDING_CONTEXT,
  YEAR_PREPOSITIONS,
  YEAR_WORDS,
} from './lexicons/months.js';
import { COUNT_STOPWORDS } from './lexicons/number-words.js';

// --- tokens (shared with numbers.ts) ------------------------------------------------------------

/** A word, a run of digits with separators, or one other character, with its normalized form. */
export interface ScanToken {
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
  /** Normalized (normalizeText): Western digits, `٬` -> `,`, `٫` -> `.`, alef/ya/ta marbuta folded, lower case. */
  norm: string;
  /** What stands before it: 0 nothing (attached), 1 spaces, 2 a line break. */
  gap: 0 | 1 | 2;
}

// Character classes of the tokenizer, one table lookup per character (a regex with \p{..} classes was
// the slowest step on 40 MB of news). Digits keep their separators (`27,708`, `٢٧٬٧٠٨`, `09:16`) but not
// the Arabic comma `،`, which lists; words keep inner `'`, `’`, `-` (`twenty-five`).
const SPACE = 0;
const DIGIT = 1;
const LETTER = 2;
const OTHER = 3;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c += 1) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\s/.test(ch) ? SPACE : /\p{Nd}/u.test(ch) ? DIGIT : /[\p{L}\p{M}\u0640\u200B-\u200F\u00AD]/u.test(ch) ? LETTER : OTHER;
}
for (let c = 0xd800; c < 0xe000; c += 1) CLASS[c] = OTHER; // surrogates: a lone code point, kept whole below
const DIGIT_SEPARATORS = new Set([0x2e, 0x2c, 0x3a, 0x066b, 0x066c]); // . , : ٫ ٬
const WORD_JOINERS = new Set([0x27, 0x2019, 0x2d]); // ' ’ -

// normalizeChar of every character below U+0800 (Latin, Arabic), read from a table: tokenizing 40 MB of
// news calls it for every letter. Other characters go to normalizeChar itself.
const TABLE_SIZE = 0x0800;
const CHAR_TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, c) => normalizeChar(String.fromCharCode(c)));
const UNCHANGED = Uint8Array.from(CHAR_TABLE, (norm, c) => (norm === String.fromCharCode(c) ? 1 : 0));

/** normalizeText, with a table for the common characters; same result. */
export function normalizeWord(word: string): string {
  let same = 0;
  while (same < word.length) {
    const c = word.charCodeAt(same);
    if (c >= TABLE_SIZE || UNCHANGED[c] === 0) break;
    same += 1;
  }
  if (same === word.length) return word;
  let out = word.slice(0, same);
  for (let i = same; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < TABLE_SIZE) out += CHAR_TABLE[c];
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      out += normalizeChar(word.slice(i, i + 2));
      i += 1;
    } else out += normalizeChar(word[i]);
  }
  return out;
}

/** Tokens of text[from, to), offsets into `text`. */
export function scanTokens(text: string, from = 0, to = text.length): ScanToken[] {
  const tokens: ScanToken[] = [];
  let gap: 0 | 1 | 2 = 1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SPACE) {
      if (c === 10) gap = 2;
      else if (gap === 0) gap = 1;
      i += 1;
      continue;
    }
    const start = i;
    let kind: ScanToken['kind'];
    i += 1;
    if (cls === DIGIT) {
      kind = 'num';
      while (i < to) {
        const k = CLASS[text.charCodeAt(i)];
        if (k === DIGIT) i += 1;
        else if (i + 1 < to && DIGIT_SEPARATORS.has(text.charCodeAt(i)) && CLASS[text.charCodeAt(i + 1)] === DIGIT) i += 2;
        else break;
      }
    } else if (cls === LETTER) {
      kind = 'word';
      while (i < to) {
        const k = CLASS[text.charCodeAt(i)];
        if (k === LETTER) i += 1;
        else if (i + 1 < to && WORD_JOINERS.has(text.charCodeAt(i)) && CLASS[text.charCodeAt(i + 1)] === LETTER) i += 2;
        else break;
      }
    } else {
      kind = 'punct';
      if (c >= 0xd800 && c <= 0xdbff && i < to) i += 1;
    }
    const norm = normalizeWord(text.slice(start, i));
    if (norm === '' || norm === ' ') continue;
    tokens.push({ start, end: i, kind, norm, gap });
    gap = 0;
  }
  return tokens;
}

// --- lookups, built once ----------------------------------------------------------------------

const n = normalizeText;
const LATIN = /^[a-z]/;
const SINGLE_MONTHS = new Map<string, number>();
/** First word of a two-word month -> second word -> month (`تشرين` -> `الاول` -> 10). */
const PAIRED_MONTHS = new Map<string, Map<string, number>>();
for (const [name, month] of MONTH_NAMES) {
  const [first, second] = n(name).split(' ');
  if (second === undefined) SINGLE_MONTHS.set(first, month);
  else {
    const seconds = PAIRED_MONTHS.get(first) ?? new Map<string, number>();
    seconds.set(second, month);
    PAIRED_MONTHS.set(first, seconds);
  }
}
const MONTH_ABBR = new Map(MONTH_ABBREVIATIONS.map(([w, m]) => [n(w), m]));
const EXACT_MONTHS = new Map(MONTHS_WRITTEN_EXACTLY.map((w) => [n(w), w]));
const WEEKDAYS = new Map(WEEKDAY_NAMES.map(([w, d]) => [n(w), d]));
const WEEKDAY_ABBR = new Map(WEEKDAY_ABBREVIATIONS.map(([w, d]) => [n(w), d]));
const CONTEXT_WEEKDAYS = new Set(WEEKDAYS_NEEDING_CONTEXT.map(n));
const BLOCKERS = new Set(WEEKDAY_BLOCKERS.map(n));
const DAY_PARTS = new Set(DAY_PART_WORDS.map(n));
const WEEKDAY_BEFORE = new Set(WEEKDAY_CONTEXT_BEFORE.map(n));
const NEXT_BEFORE = new Set(WEEKDAY_NEXT_BEFORE.map(n));
const PAST_BEFORE = new Set(WEEKDAY_PAST_BEFORE.map(n));
const OF_WORD = n('من');
const YEAR_JOINER = new Set(YEAR_JOINERS.map(n));
const PAST_BEFORE_DATE = new Set(PAST_CONTEXT_BEFORE.map(n));
const ORDINALS = new Map(ORDINAL_DAY_WORDS.map(([w, d]) => [n(w), d]));
const ORDINAL_TEENS = new Set(ORDINAL_TEEN_WORDS.map(n));
const ORDINAL_TENS = new Map(ORDINAL_TENS_WORDS.map(([w, d]) => [n(w), d]));
type Relative = 'past' | 'next' | 'current';
const RELATIVES = new Map<string, Relative>([
  ...RELATIVE_PAST.map((w) => [n(w), 'past'] as const),
  ...RELATIVE_NEXT.map((w) => [n(w), 'next'] as const),
  ...RELATIVE_CURRENT.map((w) => [n(w), 'current'] as const),
]);
const MONTH_BEFORE = new Set(MONTH_CONTEXT_BEFORE.map(n));
const YEAR_WORD = new Set(YEAR_WORDS.map(n));
const YEAR_PREP = new Set(YEAR_PREPOSITIONS.map(n));
const STOPWORDS = new Set(COUNT_STOPWORDS.map(n));
const SUFFIXES = new Set(ORDINAL_SUFFIXES);
/** Words a date can start with; other words are skipped at once. */
const START_WORDS = new Set<string>([
  ...SINGLE_MONTHS.keys(), ...PAIRED_MONTHS.keys(), ...MONTH_ABBR.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys(),
  ...DAY_PARTS, ...ORDINALS.keys(), ...YEAR_WORD, ...[...RELATIVES.keys()].filter((w) => LATIN.test(w)),
]);
const ZONES = new Set(TIME_ZONES.map((z) => z.toLowerCase()));
const YEAR_SUFFIX = n(GREGORIAN_YEAR_SUFFIX);

/** True when the normalized word is a month or weekday name (numbers.ts: such a word is not counted). */
export function isDateWord(norm: string): boolean {
  return SINGLE_MONTHS.has(norm) || PAIRED_MONTHS.has(norm) || WEEKDAYS.has(norm) || MONTH_ABBR.has(norm);
}

// --- scanning ---------------------------------------------------------------------------------

/** A date found in the text before the reference date fills in what it leaves out. */
export interface RawDate {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  relative: Relative | null;
  /** `HH:MM` when a time follows the date. */
  time: string | null;
  precision: DateMention['precision'];
}

interface Part {
  next: number;
}
interface MonthPart extends Part {
  month: number;
  abbreviation: boolean;
}
interface DayPart extends Part {
  day: number;
  suffix: boolean;
}
interface YearPart extends Part {
  year: number;
}
interface TimePart extends Part {
  time: string;
}
interface WeekdayPart extends Part {
  start: number;
  /** Index of the weekday word itself. */
  index: number;
  weekday: number;
  abbreviation: boolean;
  /** A day-part or relative word makes it a weekday for sure (`يوم الاثنين`, `الاثنين المقبل`). */
  sure: boolean;
  relative: Relative | null;
}
interface DatePart extends Part {
  start: number;
  year: number | null;
  month: number | null;
  day: number | null;
  relative: Relative | null;
  time: string | null;
}

const pad = (x: number, width = 2) => String(x).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month); // 2000 is a leap year: 29 February stays possible
}

/** Scans tokens for dates; years, months and days not written stay null (nothing is guessed here). */
export function scanDates(text: string, tokens: readonly ScanToken[]): RawDate[] {
  return new DateScanner(text, tokens).run();
}

/** The steps of the recipe as methods over one token stream (methods, not closures: built once). */
class DateScanner {
  private readonly out: RawDate[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly ScanToken[],
  ) {}

  at(i: number): ScanToken | undefined {
    return this.tokens[i];
  }
  word(i: number, ...norms: string[]) {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'word' && t.gap < 2 && (norms.length === 0 || norms.includes(t.norm));
  }
  punct(i: number, chars: string, maxGap = 1) {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'punct' && t.gap <= maxGap && chars.includes(t.norm);
  }
  capitalized(t: ScanToken) {
    const ch = this.text[t.start];
    return ch !== ch.toLowerCase();
  }
  digits(i: number, pattern: RegExp, maxGap = 1): number | null {
    const t = this.tokens[i];
    if (t === undefined || t.kind !== 'num' || t.gap > maxGap || !pattern.test(t.norm)) return null;
    return Number(t.norm);
  }

  monthWord(i: number, allowAbbreviation: boolean): MonthPart | null {
    const t = this.at(i);
    if (t === undefined || t.kind !== 'word' || t.gap === 2) return null;
    const seconds = PAIRED_MONTHS.get(t.norm);
    if (seconds) {
      const u = this.at(i + 1);
      const month = u && u.kind === 'word' && u.gap === 1 ? seconds.get(u.norm) : undefined;
      return month === undefined ? null : { month, next: i + 2, abbreviation: false };
    }
    const latin = LATIN.test(t.norm);
    let month = SINGLE_MONTHS.get(t.norm);
    let abbreviation = false;
    if (month === undefined && allowAbbreviation && latin) {
      month = MONTH_ABBR.get(t.norm);
      abbreviation = month !== undefined;
    }
    if (month === undefined) return null;
    if (latin && !this.capitalized(t)) return null; // `march`, `may` are verbs
    const exact = EXACT_MONTHS.get(t.norm);
    if (exact !== undefined && !this.text.slice(t.start, t.end).includes(exact)) return null;
    let next = i + 1;
    if (abbreviation && this.punct(next, '.', 0)) next += 1; // `Feb.`
    return { month, next, abbreviation };
  }

  /** A month with its other-series name: `فبراير/شباط`, `تشرين الأول/أكتوبر`, `أكتوبر (تشرين الأول)`. */
  monthExpr(i: number, allowAbbreviation: boolean): MonthPart | null {
    const first = this.monthWord(i, allowAbbreviation);
    if (!first) return null;
    if (this.punct(first.next, '/-')) {
      const second = this.monthWord(first.next + 1, false);
      if (second && second.month === first.month) return { ...second, abbreviation: first.abbreviation };
    }
    if (this.punct(first.next, '(')) {
      const second = this.monthWord(first.next + 1, false);
      if (second && second.month === first.month && this.punct(second.next, ')')) {
        return { month: first.month, next: second.next + 1, abbreviation: first.abbreviation };
      }
    }
    return first;
  }

  dayNumber(i: number): DayPart | null {
    const day = this.digits(i, /^\d{1,2}$/);
    if (day === null || day < 1 || day > 31) return null;
    const t = this.at(i + 1);
    if (t && t.kind === 'word' && t.gap === 0 && SUFFIXES.has(t.norm)) return { day, next: i + 2, suffix: true };
    return { day, next: i + 1, suffix: false };
  }

  /** `السابع`, `الحادي عشر`, `الثاني والعشرين`, `الثلاثين`. */
  ordinalDay(i: number): DayPart | null {
    const t = this.at(i);
    if (!t || t.kind !== 'word' || t.gap === 2) return null;
    const value = ORDINALS.get(t.norm);
    if (value === undefined) return null;
    if (value < 10 && this.word(i + 1) && ORDINAL_TEENS.has(this.at(i + 1)!.norm)) return { day: value + 10, next: i + 2, suffix: false };
    const tens = this.word(i + 1) ? ORDINAL_TENS.get(this.at(i + 1)!.norm) : undefined;
    if (value < 10 && tens !== undefined) return { day: value + tens, next: i + 2, suffix: false };
    if (t.norm === n('الحادي')) return null;
    return { day: value, next: i + 1, suffix: false };
  }

  yearNumber(i: number, maxGap = 1): YearPart | null {
    const year = this.digits(i, /^\d{4}$/, maxGap);
    if (year === null || year < 1000 || year > 2999) return null;
    const t = this.at(i + 1);
    if (t && t.kind === 'word' && t.gap === 0 && t.norm === YEAR_SUFFIX) return { year, next: i + 2 };
    return { year, next: i + 1 };
  }

  /** `, 2024`, `عام 2017`, ` 2023`. */
  yearAfterMonth(i: number): YearPart | null {
    let j = i;
    if (this.punct(j, ',')) j += 1;
    // `27 مارس/آذار من العام 2017`: after `من` the year word is required.
    const of = this.word(j, OF_WORD) && this.word(j + 1) && YEAR_WORD.has(stripClitic(this.at(j + 1)!.norm));
    if (of) j += 1;
    if (this.word(j) && YEAR_WORD.has(stripClitic(this.at(j)!.norm))) j += 1;
    return this.yearNumber(j);
  }

  relativeAfter(i: number): { relative: Relative; next: number } | null {
    const t = this.at(i);
    if (!t || t.kind !== 'word' || t.gap !== 1) return null;
    const relative = RELATIVES.get(t.norm);
    return relative && !LATIN.test(t.norm) ? { relative, next: i + 1 } : null;
  }

  /** `00:54:05 GMT`, `19:30:37 +0400`, `, 09:16`. */
  timeAfter(i: number): TimePart | null {
    let j = i;
    if (this.punct(j, ',')) j += 1;
    if (this.word(j, 'at', n('الساعة'))) j += 1;
    const t = this.at(j);
    if (!t || t.kind !== 'num' || t.gap === 2) return null;
    const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(t.norm);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
    let next = j + 1;
    const z = this.at(next);
    if (z && z.kind === 'word' && z.gap === 1 && ZONES.has(z.norm)) next += 1;
    else if (this.punct(next, '+-') && this.digits(next + 1, /^\d{4}$/, 0) !== null) next += 2;
    return { time: `${pad(Number(m[1]))}:${m[2]}`, next };
  }

  /** Year, relative word and time after a day-and-month or a month. */
  tail(start: number, i: number, month: number, day: number | null): DatePart | null {
    if (day !== null && !validDay(null, month, day)) return null;
    const year = this.yearAfterMonth(i);
    let next = year ? year.next : i;
    let relative: Relative | null = null;
    if (!year) {
      const rel = this.relativeAfter(next);
      if (rel) ({ relative, next } = { relative: rel.relative, next: rel.next });
    }
    if (year && day !== null && !validDay(year.year, month, day)) return null;
    let time: string | null = null;
    if (day !== null && year) {
      const t = this.timeAfter(next);
      if (t) ({ time, next } = { time: t.time, next: t.next });
    }
    return { start, next, year: year?.year ?? null, month, day, relative, time };
  }

  numericDate(i: number): DatePart | null {
    const t = this.at(i)!;
    const start = t.start;
    const odd = /^(\d{4}):(\d{2}):(\d{2})\.(\d{2}):(\d{2})$/.exec(t.norm);
    if (odd) {
      const [y, mo, d, h, mi] = odd.slice(1).map(Number);
      if (!validDay(y, mo, d) || h > 23 || mi > 59) return null;
      return { start, next: i + 1, year: y, month: mo, day: d, relative: null, time: `${pad(h)}:${pad(mi)}` };
    }
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.norm);
    if (dotted) return this.dayMonthYear(start, i + 1, Number(dotted[1]), Number(dotted[2]), Number(dotted[3]));
    // ISO 2024-02-07 (and 2024-02-07T10:00) or 2024/02/07
    if (/^\d{4}$/.test(t.norm) && this.punct(i + 1, '-/', 0) && this.punct(i + 3, this.at(i + 1)!.norm, 0)) {
      const mo = this.digits(i + 2, /^\d{1,2}$/, 0);
      const d = this.digits(i + 4, /^\d{1,2}$/, 0);
      if (mo === null || d === null || !validDay(Number(t.norm), mo, d)) return null;
      let next = i + 5;
      let time: string | null = null;
      const tWord = this.at(next);
      const timeStart = tWord && tWord.kind === 'word' && tWord.gap === 0 && tWord.norm === 't' ? next + 1 : next;
      const clock = this.at(timeStart);
      const m = clock && clock.kind === 'num' && clock.gap <= (timeStart === next ? 1 : 0) ? /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(clock.norm) : null;
      if (m) {
        time = `${m[1]}:${m[2]}`;
        next = timeStart + 1;
      }
      return { start, next, year: Number(t.norm), month: mo, day: d, relative: null, time };
    }
    // 07/02/2024
    if (/^\d{1,2}$/.test(t.norm) && this.punct(i + 1, '/', 0) && this.punct(i + 3, '/', 0)) {
      const b = this.digits(i + 2, /^\d{1,2}$/, 0);
      const y = this.digits(i + 4, /^\d{4}$/, 0);
      if (b !== null && y !== null) return this.dayMonthYear(start, i + 5, Number(t.norm), b, y);
    }
    return null;
  }

  /** `a/b/yyyy` or `a.b.yyyy`: day-first or month-first, accepted only when the order is certain. */
  dayMonthYear(start: number, next: number, a: number, b: number, y: number): DatePart | null {
    let day: number;
    let month: number;
    if (a === b || (a > 12 && b <= 12)) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else return null; // 07/02/2024 could be 7 February or 2 July: unknown stays unknown
    if (!validDay(y, month, day)) return null;
    return { start, next, year: y, month, day, relative: null, time: null };
  }

  dayFirst(i: number): DatePart | null {
    const t = this.at(i)!;
    const ordinal = t.kind === 'word';
    const day = ordinal ? this.ordinalDay(i) : this.dayNumber(i);
    if (!day) return null;
    let j = day.next;
    if (day.suffix && this.punct(j, ',')) j += 1; // `21st, June 2024`
    const of = this.word(j, n('من'), 'of');
    if (of) j += 1;
    else if (ordinal) return null; // `السابع` alone is no date
    const month = this.monthExpr(j, !ordinal);
    if (!month) return null;
    return this.tail(t.start, month.next, month.month, day.day);
  }

  monthFirst(i: number): DatePart | null {
    const t = this.at(i)!;
    let j = i;
    let relative: Relative | null = null;
    const rel = LATIN.test(t.norm) ? RELATIVES.get(t.norm) : undefined;
    if (rel && this.word(i + 1)) {
      relative = rel;
      j = i + 1;
    }
    const month = this.monthExpr(j, true);
    if (!month) return null;
    // English writes the day after the month (`February 7, 2024`); Arabic does not.
    const day = LATIN.test(this.at(j)!.norm) ? this.dayNumber(month.next) : null;
    if (day) {
      const withDay = this.tail(t.start, day.next, month.month, day.day);
      if (withDay) return relative ? { ...withDay, relative } : withDay;
    }
    if (month.abbreviation) return null;
    const rest = this.tail(t.start, month.next, month.month, null);
    if (!rest) return null;
    if (relative) return { ...rest, relative };
    if (rest.year !== null || rest.relative !== null) return rest;
    // A month alone is a date only after a context word (`في مايو`, `in May`).
    const before = this.at(i - 1);
    if (before && before.kind === 'word' && t.gap < 2 && MONTH_BEFORE.has(stripConjunction(before.norm))) return rest;
    return null;
  }

  /** `عام 2023`, or `منذ 2015` when no counted noun follows. */
  yearAlone(i: number): DatePart | null {
    const t = this.at(i)!;
    if (YEAR_WORD.has(t.norm) || YEAR_WORD.has(stripClitic(t.norm))) {
      const y = this.yearNumber(i + 1);
      if (y) return { start: this.at(i + 1)!.start, next: y.next, year: y.year, month: null, day: null, relative: null, time: null };
      return null;
    }
    if (t.kind !== 'num') return null;
    const before = this.at(i - 1);
    if (!before || before.kind !== 'word' || t.gap === 2 || !YEAR_PREP.has(stripConjunction(before.norm))) return null;
    const y = this.yearNumber(i);
    if (!y || y.year < 1900 || y.year > 2100) return null;
    const after = this.at(y.next);
    const counted = after && after.kind === 'word' && after.gap < 2 && !STOPWORDS.has(after.norm) && !after.norm.startsWith('و');
    return counted ? null : { start: t.start, next: y.next, year: y.year, month: null, day: null, relative: null, time: null };
  }

  dateAt(i: number): DatePart | null {
    const t = this.at(i);
    if (!t) return null;
    if (t.kind === 'num') return this.numericDate(i) ?? this.dayFirst(i) ?? this.yearAlone(i);
    if (t.kind === 'word') return this.dayFirst(i) ?? this.monthFirst(i) ?? this.yearAlone(i);
    return null;
  }

  /** `الأربعاء`, `يوم الخميس`, `مساء يوم الأحد`, `الأربعاء الماضي`, `last Wednesday`, `Mon` (abbreviation). */
  weekdayAt(i: number): WeekdayPart | null {
    let j = i;
    let relative: Relative | null = null;
    const lead = this.at(i);
    if (lead && lead.kind === 'word' && LATIN.test(lead.norm) && RELATIVES.has(lead.norm) && this.word(i + 1)) {
      relative = RELATIVES.get(lead.norm)!;
      j += 1;
    }
    while (relative === null && this.word(j) && DAY_PARTS.has(this.at(j)!.norm) && j - i < 2) j += 1;
    const t = this.at(j);
    if (!t || t.kind !== 'word' || (j > i && t.gap !== 1)) return null;
    let weekday = WEEKDAYS.get(t.norm);
    let abbreviation = false;
    let start = t.start;
    if (weekday === undefined && j === i && (t.norm.startsWith('و') || t.norm.startsWith('ف'))) {
      weekday = WEEKDAYS.get(t.norm.slice(1)); // `والخميس`: the conjunction is not part of the date
      if (weekday !== undefined) start = t.start + 1;
    }
    if (weekday === undefined && j === i && LATIN.test(t.norm)) {
      weekday = WEEKDAY_ABBR.get(t.norm);
      abbreviation = weekday !== undefined;
    }
    if (weekday === undefined) return null;
    if (LATIN.test(t.norm) && !this.capitalized(t)) return null;
    let next = j + 1;
    if (abbreviation && this.punct(next, '.', 0)) next += 1;
    if (relative === null) {
      const rel = this.relativeAfter(next);
      if (rel) ({ relative, next } = { relative: rel.relative, next: rel.next });
    }
    return { start: j > i ? lead!.start : start, index: j, weekday, abbreviation, sure: j > i || relative !== null, relative, next };
  }

  /** Whether a weekday standing alone is really a weekday here (`الاثنين` is also "the two"). */
  weekdayStands(i: number, w: WeekdayPart): boolean {
    if (w.abbreviation) return false;
    const t = this.at(w.index)!;
    const before = this.at(i - 1);
    const beforeWord = before && before.kind === 'word' && t.gap < 2 ? stripConjunction(before.norm) : null;
    if (beforeWord !== null && BLOCKERS.has(beforeWord)) return false; // `صلاة الجمعة`
    if (w.sure || !CONTEXT_WEEKDAYS.has(stripConjunction(t.norm))) return true;
    if (beforeWord !== null && WEEKDAY_BEFORE.has(beforeWord)) return true;
    const after = this.at(w.next);
    const enclosed = (open: string, close: string) =>
      before?.kind === 'punct' && open.includes(before.norm) && after?.kind === 'punct' && close.includes(after.norm);
    return enclosed('(', ')') || enclosed(',', ',.');
  }

  push(start: number, next: number, d: Omit<RawDate, 'start' | 'end' | 'precision'>) {
    const { year, month, day, weekday, relative, time } = d;
    const precision: DateMention['precision'] =
      day !== null ? 'day' : month !== null ? 'month' : year !== null ? 'year' : 'weekday';
    this.out.push({ start, end: this.tokens[next - 1].end, year, month, day, weekday, relative, time, precision });
  }

  mayStart(t: ScanToken): boolean {
    if (t.kind === 'num') return true;
    if (t.kind !== 'word') return false;
    if (START_WORDS.has(t.norm)) return true;
    // With a clitic: `والخميس`, `ولعام`. Cheap character tests first; this runs on every word.
    const norm = t.norm;
    const c = norm[0];
    if ((c !== 'و' && c !== 'ف' && c !== 'ل' && c !== 'ب') || norm.length > 10) return false;
    if (norm[1] === 'ا' && norm[2] === 'ل' && WEEKDAYS.has(stripConjunction(norm))) return true;
    return (norm.endsWith('عام') || norm.endsWith('سنه')) && YEAR_WORD.has(stripClitic(norm));
  }

  run(): RawDate[] {
    let i = 0;
    while (i < this.tokens.length) {
      if (!this.mayStart(this.tokens[i])) {
        i += 1;
        continue;
      }
      const w = this.weekdayAt(i);
      if (w) {
        // A weekday next to a full date is part of it: `الأربعاء 7 فبراير/شباط 2024`, `Mon, 05 Mar 2018`.
        const date = this.dateAt(this.punct(w.next, ',') ? w.next + 1 : w.next);
        if (date && date.day !== null) {
          this.push(w.start, date.next, { ...date, weekday: w.weekday });
          i = date.next;
          continue;
        }
        if (this.weekdayStands(i, w)) {
          const before = this.at(i - 1);
          const word = before && before.kind === 'word' ? stripConjunction(before.norm) : '';
          const relative = w.relative ?? (NEXT_BEFORE.has(word) ? 'next' : PAST_BEFORE.has(word) ? 'past' : null);
          this.push(w.start, w.next, { year: null, month: null, day: null, weekday: w.weekday, relative, time: null });
          i = w.next;
          continue;
        }
      }
      const date = this.dateAt(i);
      if (date) {
        // `منذ 7 أكتوبر`, `since May`: a yearless date after `since` is in the past.
        const before = this.at(i - 1);
        const since = before !== undefined && before.kind === 'word' && PAST_BEFORE_DATE.has(stripConjunction(before.norm));
        const relative = date.relative ?? (since && date.year === null ? 'past' : null);
        this.push(date.start, date.next, { ...date, relative, weekday: null });
        i = date.next;
        // `بين عامي 2012 و2017`, `from 2000 to 2006`: a second year joined to a year.
        const joiner = this.at(i);
        const joined = joiner !== undefined && joiner.gap < 2 && joiner.kind !== 'num' && YEAR_JOINER.has(joiner.norm);
        const second = date.month === null && date.year !== null && joined ? this.yearNumber(i + 1) : null;
        if (second && second.year >= 1900 && second.year <= 2100) {
          this.push(this.at(i + 1)!.start, second.next, { year: second.year, month: null, day: null, weekday: null, relative: null, time: null });
          i = second.next;
        }
        continue;
      }
      i += 1;
    }
    return this.out;
  }
}

/** Drops a leading `و`/`ف` (`وفي` -> `في`). */
function stripConjunction(norm: string): string {
  return norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
}

/** Drops leading `و`/`ف` and `ل`/`ب` (`ولعام` -> `عام`). */
function stripClitic(norm: string): string {
  let s = stripConjunction(norm);
  if (s.length > 3 && (s[0] === 'ل' || s[0] === 'ب')) s = s.slice(1);
  return s;
}

// --- resolution against a reference date --------------------------------------------------------

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function readReference(reference: string | null | undefined): Ymd | null {
  if (!reference) return null;
  const iso = parseDateValue(reference);
  if (!iso) return null;
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

const dayNumberOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

function isoOf(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** The year of a yearless day or month, read from the reference date and a relative word. */
function yearFor(month: number, day: number | null, relative: Relative | null, ref: Ymd): number | null {
  const refDay = dayNumberOf(ref.y, ref.m, ref.d);
  const at = (y: number) => dayNumberOf(y, month, day ?? 1);
  const candidates = [ref.y - 1, ref.y, ref.y + 1].filter((y) => day === null || validDay(y, month, day));
  if (candidates.length === 0) return null;
  if (relative === 'current') return ref.y;
  const monthKey = (y: number, m: number) => y * 12 + m;
  if (relative === 'past') {
    const before = candidates.filter((y) => (day === null ? monthKey(y, month) < monthKey(ref.y, ref.m) : at(y) < refDay));
    return before.length > 0 ? Math.max(...before) : null;
  }
  if (relative === 'next') {
    const after = candidates.filter((y) => (day === null ? monthKey(y, month) > monthKey(ref.y, ref.m) : at(y) > refDay));
    return after.length > 0 ? Math.min(...after) : null;
  }
  if (day === null) {
    // A month alone is this year's, unless that is far off: `in January` written in November is next
    // January, `في أكتوبر` written in February is last October.
    const d = month - ref.m;
    return d > 4 ? ref.y - 1 : d < -7 ? ref.y + 1 : ref.y;
  }
  // No relative word: the nearest occurrence, future days counting triple since news mostly looks back
  // (`السابع من أكتوبر` written in June 2024 is October 2023, not October 2024).
  let best: number | null = null;
  let bestCost = Infinity;
  for (const y of candidates) {
    const delta = at(y) - refDay;
    const cost = delta > 0 ? 3 * delta : -delta;
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

function resolveRaw(raw: RawDate, ref: Ymd | null): string | null {
  if (raw.precision === 'weekday') {
    if (!ref || raw.weekday === null) return null;
    const base = `${ref.y}-${pad(ref.m)}-${pad(ref.d)}`;
    const onOrBefore = resolveWeekday(raw.weekday, base);
    const refDay = dayNumberOf(ref.y, ref.m, ref.d);
    const found = dayNumberOf(Number(onOrBefore.slice(0, 4)), Number(onOrBefore.slice(5, 7)), Number(onOrBefore.slice(8, 10)));
    if (raw.relative === 'past' && found === refDay) return isoOf(found - 7);
    if (raw.relative === 'next') return isoOf(found + 7);
    return onOrBefore;
  }
  let year = raw.year;
  if (year === null && raw.month !== null) year = ref ? yearFor(raw.month, raw.day, raw.relative, ref) : null;
  if (year === null) return null;
  if (raw.month === null) return String(year).padStart(4, '0');
  if (raw.day === null) return `${year}-${pad(raw.month)}`;
  if (!validDay(year, raw.month, raw.day)) return null;
  return `${year}-${pad(raw.month)}-${pad(raw.day)}`;
}

// --- public API -------------------------------------------------------------------------------

/**
 * Dates mentioned in `text`. With a `reference` (the article's date, ISO), yearless dates take the
 * nearest fitting year (`31 مايو الماضي` -> the last 31 May before it) and weekdays resolve to the most
 * recent such day on or before it. Without one, a yearless day or month is left out (no year is
 * invented) and a weekday keeps `iso: null`.
 */
export function findDates(text: string, options: { reference?: string | null } = {}): DateMention[] {
  const ref = readReference(options.reference);
  const mentions: DateMention[] = [];
  for (const raw of scanDates(text, scanTokens(text))) {
    const iso = resolveRaw(raw, ref);
    if (iso === null && raw.precision !== 'weekday') continue;
    mentions.push({ start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), iso, precision: raw.precision });
  }
  return mentions;
}

const ISO_VALUE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i;
const ODD_VALUE = /^(\d{4}):(\d{2}):(\d{2})\.(\d{2}):(\d{2})$/;

/**
 * A metadata field value as ISO `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when it gives a time; null when it
 * is no full date. Times are kept as written (the outlet's local time): `+0400` is not applied, so the
 * calendar day stays the one the outlet printed.
 */
export function parseDateValue(value: string): string | null {
  const v = normalizeText(value.trim());
  if (v === '') return null;
  const iso = ISO_VALUE.exec(v) ?? ODD_VALUE.exec(v);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDay(y, m, d)) return null;
    const date = `${iso[1]}-${pad(m)}-${pad(d)}`;
    if (iso[4] === undefined) return date;
    const [h, mi] = [Number(iso[4]), Number(iso[5])];
    return h > 23 || mi > 59 ? date : `${date}T${pad(h)}:${pad(mi)}`;
  }
  const raw = scanDates(value, scanTokens(value)).find((r) => r.year !== null && r.month !== null && r.day !== null);
  if (!raw) return null;
  const date = `${pad(raw.year!, 4)}-${pad(raw.month!)}-${pad(raw.day!)}`;
  return raw.time ? `${date}T${raw.time}` : date;
}

/**
 * The most recent `weekday` (0 = Sunday) on or before the reference date (`YYYY-MM-DD...`).
 * Throws a RangeError when the reference is no date.
 */
export function resolveWeekday(weekday: number, reference: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`not an ISO date: ${reference}`);
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) throw new RangeError(`weekday must be 0..6: ${weekday}`);
  const day = dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const dow = new Date(day * 86_400_000).getUTCDay();
  return isoOf(day - ((dow - weekday + 7) % 7));
}
