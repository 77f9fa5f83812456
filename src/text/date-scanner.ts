// Finds dates in a token stream (both Arabic month series, weekdays, numeric forms), leaving what is not written null.
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
import type { ScanToken } from './scan.js';
import { pad, validDay } from './calendar.js';
import {
  BLOCKERS, CONTEXT_WEEKDAYS, DAY_PARTS, LATIN, MONTH_BEFORE, NEXT_BEFORE, PAST_BEFORE, PAST_BEFORE_DATE, RELATIVES,
  START_WORDS, STOPWORDS, WEEKDAY_ABBR, WEEKDAY_BEFORE, WEEKDAYS, YEAR_JOINER, YEAR_PREP, YEAR_WORD, n,
  stripClitic, stripConjunction, type Relative,
} from './date-words.js';
import { DateReader, type Part } from './date-reader.js';

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

/** Scans tokens for dates; years, months and days not written stay null (nothing is guessed here). */
export function scanDates(text: string, tokens: readonly ScanToken[]): RawDate[] {
  return new DateScanner(text, tokens).run();
}

/** The steps of the recipe as methods over one token stream (methods, not closures: built once). */
class DateScanner extends DateReader {
  private readonly out: RawDate[] = [];

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
    if (!month) return ordinal || of ? null : this.rangeStart(t.start, day.day, day.next);
    return this.tail(t.start, month.next, month.month, day.day);
  }

  /**
   * The first day of a range of days in one month takes the month (and year) of the second:
   * `بين 12 و19 حزيران`, `من 3 إلى 5 مايو`, `12 to 19 June`. Only a later day makes it a range.
   */
  rangeStart(start: number, day: number, i: number): DatePart | null {
    const joiner = this.at(i);
    if (!joiner || joiner.kind === 'num' || joiner.gap >= 2 || !YEAR_JOINER.has(joiner.norm) || this.at(i + 1)?.kind !== 'num') return null;
    const end = this.dayFirst(i + 1);
    if (!end || end.day === null || end.month === null || end.day <= day || !validDay(end.year, end.month, day)) return null;
    return { start, next: i, year: end.year, month: end.month, day, relative: end.relative, time: null };
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
