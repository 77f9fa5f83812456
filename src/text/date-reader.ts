// Reads the parts of a date at a token: a month name (either series, abbreviated), a day, a year, a relative word, a time.
import type { ScanToken } from './scan.js';
import { pad } from './calendar.js';
import {
  EXACT_MONTHS, LATIN, MONTH_ABBR, ORDINALS, ORDINAL_TEENS, ORDINAL_TENS, OF_WORD, PAIRED_MONTHS, RELATIVES,
  SINGLE_MONTHS, SUFFIXES, YEAR_SUFFIX, YEAR_WORD, ZONES, n, stripClitic, type Relative,
} from './date-words.js';

/** What a part reader found, with the index of the token after it. */
export interface Part {
  next: number;
}
export interface MonthPart extends Part {
  month: number;
  abbreviation: boolean;
}
export interface DayPart extends Part {
  day: number;
  suffix: boolean;
}
export interface YearPart extends Part {
  year: number;
}
export interface TimePart extends Part {
  time: string;
}

/** Token tests and part readers over one token stream; `DateScanner` puts the parts together. */
export class DateReader {
  constructor(
    protected readonly text: string,
    protected readonly tokens: readonly ScanToken[],
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
}
