// Reads number expressions at a token: number words below a thousand, chunks with scales, vague amounts, exact sums.
import type { ScanToken } from './scan.js';
import { readDigits } from './digits.js';
import { CONJUNCTIONS, LATIN, ONE, TEEN_MARK, WORDS, clean, lookupWord, skipLetters, type Entry } from './number-lookup.js';
import { CURRENCY_SIGNS } from './lexicons/number-words.js';

const CURRENCY = new Set(CURRENCY_SIGNS);

/** A number word at a token, with its clitics read. */
export interface Atom {
  entry: Entry;
  /** Index after the atom. */
  next: number;
  /** Offset where the number itself starts (after a clitic such as `و` or `ب`). */
  start: number;
  /** Whether a conjunction `و`/`and` came before it (separate or attached). */
  conj: boolean;
}

/** An exact or vague number expression: tokens up to `next`, its value, a vague amount's range. */
export interface Expression {
  start: number;
  next: number;
  value: number;
  range: readonly [number, number] | null;
}

interface Chunk {
  value: number;
  next: number;
  /** Place value of its last part: what may follow after `و` must be smaller. */
  place: number;
}

/** Step 2 of the recipe in numbers.ts over one token stream; `NumberScanner` adds qualifiers and counts. */
export class NumberReader {
  constructor(
    protected readonly text: string,
    protected readonly tokens: readonly ScanToken[],
  ) {}

  at(i: number): ScanToken | undefined {
    return this.tokens[i];
  }
  isWord(i: number) {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'word' && t.gap < 2;
  }

  atom(i: number, allowPrefix: boolean): Atom | null {
    const t = this.at(i);
    if (!t || t.kind !== 'word' || t.gap === 2) return null;
    let found = lookupWord(t.norm, allowPrefix);
    if (!found && t.norm.includes('-')) {
      // `twenty-five`
      const [a, b] = t.norm.split('-');
      const ta = WORDS.get(a);
      const ub = WORDS.get(b);
      if (ta?.kind === 'ten' && ub?.kind === 'unit' && ub.value < 10) found = { entry: { kind: 'ten', value: ta.value + ub.value }, prefix: 0, conj: false };
    }
    if (!found) return null;
    return { entry: found.entry, next: i + 1, start: skipLetters(this.text, t.start, found.prefix), conj: found.conj };
  }

  /** Whether what follows index i reads the digits before it as a decimal (`1,5 مليون`); numbers.ts adds percentages. */
  decimalFollows(i: number): boolean {
    return this.scaleAt(i) !== null;
  }

  /** A scale word right after index i: `ألفاً`, `مليون`, `آلاف`, `million`, attached `bn`. */
  scaleAt(i: number): Atom | null {
    const a = this.atom(i, false);
    return a && (a.entry.kind === 'scale' || a.entry.kind === 'plural') ? a : null;
  }

  /** A conjunction at i (`و`, `and`, or `و` attached to the next word): index of what follows. */
  conjunction(i: number): { next: number; attached: boolean } | null {
    const t = this.at(i);
    if (!t || t.gap === 2) return null;
    if (t.kind === 'word' && CONJUNCTIONS.has(t.norm)) {
      const u = this.at(i + 1);
      return u && u.gap < 2 ? { next: i + 1, attached: false } : null;
    }
    if (t.kind === 'word' && t.norm.startsWith('و')) return { next: i, attached: true };
    return null;
  }

  /** Arabic and English number words below 100: `خمسة وعشرون`, `ثلاثة عشر`, `twenty five`, `ten`. */
  belowHundred(i: number, allowPrefix: boolean): (Chunk & { start: number }) | null {
    const a = this.atom(i, allowPrefix);
    if (!a) return null;
    const { kind, value } = a.entry;
    if ((kind === 'unit' || kind === 'teen-head') && value < 10) {
      const marker = this.at(a.next);
      if (marker && marker.kind === 'word' && marker.gap === 1 && TEEN_MARK.has(marker.norm)) {
        return { start: a.start, value: value + 10, next: a.next + 1, place: 1 };
      }
    }
    if (kind === 'teen-head') return null;
    if (kind === 'unit') {
      // Arabic puts the unit first: `خمسة وعشرون`.
      const c = this.conjunction(a.next);
      const ten = c ? this.atom(c.next, c.attached) : null;
      if (value < 10 && ten && ten.entry.kind === 'ten' && (ten.conj || !c!.attached)) {
        return { start: a.start, value: value + ten.entry.value, next: ten.next, place: 1 };
      }
      return { start: a.start, value, next: a.next, place: 1 };
    }
    if (kind === 'ten') {
      // English puts the ten first: `twenty five`.
      const u = this.atom(a.next, false);
      if (u && u.entry.kind === 'unit' && u.entry.value < 10 && LATIN.test(this.at(i)!.norm)) {
        return { start: a.start, value: value + u.entry.value, next: u.next, place: 1 };
      }
      return { start: a.start, value, next: a.next, place: 1 };
    }
    return null;
  }

  /** Number words below 1000: `مئة وخمسون`, `ثلاث مئة`, `three hundred and twenty`. */
  belowThousand(i: number, allowPrefix: boolean): (Chunk & { start: number }) | null {
    const a = this.atom(i, allowPrefix);
    if (!a) return null;
    let value = 0;
    let next = -1;
    if (a.entry.kind === 'hundred' && a.entry.value > 100) [value, next] = [a.entry.value, a.next];
    else if (a.entry.kind === 'hundred' && !LATIN.test(this.at(i)!.norm)) [value, next] = [100, a.next];
    else if (a.entry.kind === 'unit' && a.entry.value < 10) {
      const h = this.atom(a.next, false);
      if (h && h.entry.kind === 'hundred' && h.entry.value === 100) [value, next] = [a.entry.value * 100, h.next];
    }
    if (next < 0) return this.belowHundred(i, allowPrefix);
    const c = this.conjunction(next);
    const rest = c ? this.belowHundred(c.next, c.attached) : LATIN.test(this.at(i)!.norm) ? this.belowHundred(next, false) : null;
    if (rest && rest.value < 100) return { start: a.start, value: value + rest.value, next: rest.next, place: 1 };
    return { start: a.start, value, next, place: 100 };
  }

  /** Digits or number words, then scale words (`27 ألفاً`, `مئة ألف`, `2.1 مليون`, `ألفين`, `a million`). */
  chunk(i: number, allowPrefix: boolean): (Chunk & { start: number }) | null {
    const t = this.at(i);
    if (!t) return null;
    let value: number;
    let next: number;
    let chunkStart = t.start;
    let place = 1;
    if (t.kind === 'num') {
      if (t.norm.includes(':')) return null;
      const read = readDigits(this.text, t, this.decimalFollows(i + 1));
      if (read.values.length !== 1) return null;
      value = read.values[0].value;
      next = i + 1;
      if (this.millionsAt(i)) [value, next, place] = [clean(value * 1e6), i + 2, 1e6];
    } else {
      const a = this.atom(i, allowPrefix);
      if (!a) {
        // `a million`, `a dozen`, `a hundred`
        const s = ONE.has(t.norm) ? this.scaleAt(i + 1) ?? this.dozenAt(i + 1) ?? this.atom(i + 1, false) : null;
        if (!s || !['scale', 'dozen', 'hundred'].includes(s.entry.kind) || s.entry.value > 1e12) return null;
        if (s.entry.kind === 'hundred' && s.entry.value !== 100) return null;
        [value, next] = s.entry.kind === 'hundred' ? [100, s.next] : [1, i + 1];
        if (s.entry.kind === 'hundred') place = 100;
      } else if (a.entry.kind === 'scale' && !LATIN.test(t.norm)) {
        // `ألف شخص`, `مليون` alone: one of the scale.
        [value, next, chunkStart, place] = [a.entry.value, a.next, a.start, a.entry.value];
      } else if (a.entry.kind === 'dual') {
        [value, next, chunkStart, place] = [2 * a.entry.value, a.next, a.start, a.entry.value];
      } else {
        const words = this.belowThousand(i, allowPrefix);
        if (!words) return null;
        ({ value, next, place } = words);
        chunkStart = words.start;
      }
    }
    // Scales multiply, each larger than the one before (`مئة ألف`, `ألف مليون`).
    let lastScale = place > 1 ? place : 0;
    for (;;) {
      const s = this.scaleAt(next) ?? this.dozenAt(next);
      if (!s || s.conj || s.entry.value <= lastScale) break;
      if (s.entry.kind === 'plural' && !(value >= 2 && value <= 10 && Number.isInteger(value))) break;
      value = clean(value * s.entry.value);
      place = s.entry.value;
      lastScale = s.entry.value;
      next = s.next;
    }
    return { start: chunkStart, value, next, place };
  }

  /**
   * `m` written against digits is millions when the digits are money (`$5m`, `£60m`) or count a
   * plural noun (`60m doses`, `2m people`); otherwise metres (`100m sprint`, `a 10m wall`, `the
   * 400m`), which measure one thing, so take a singular noun or none.
   */
  millionsAt(i: number): boolean {
    const m = this.at(i + 1);
    if (!m || m.kind !== 'word' || m.norm !== 'm' || m.gap !== 0) return false;
    const sign = this.at(i - 1);
    if (sign && sign.kind === 'punct' && CURRENCY.has(sign.norm) && this.at(i)!.gap === 0) return true;
    // The counted noun may follow its modifiers (`60m vaccine doses`), before any function word.
    for (let k = i + 2; k <= i + 4; k += 1) {
      const t = this.at(k);
      if (!t || t.kind !== 'word' || t.gap !== 1 || !/^[a-z]{4,}$/.test(t.norm)) return false;
      if (/[^s]s$/.test(t.norm) || t.norm === 'people') return true;
    }
    return false;
  }

  dozenAt(i: number): Atom | null {
    const a = this.atom(i, false);
    return a && a.entry.kind === 'dozen' ? a : null;
  }

  /** `عشرات`, `مئات الآلاف`, `بضعة آلاف`, `آلاف`, `tens of thousands`, `several hundred`. */
  vague(i: number): Expression | null {
    const a = this.atom(i, true);
    if (!a) return null;
    const { kind } = a.entry;
    let range: [number, number];
    let next = a.next;
    if (kind === 'few') {
      const b = this.atom(a.next, false);
      if (!b || !(b.entry.kind === 'plural' || b.entry.kind === 'hundred' || b.entry.kind === 'scale')) return null;
      if (b.entry.kind === 'hundred' && b.entry.value !== 100) return null;
      range = [2 * b.entry.value, 10 * b.entry.value - 1];
      return { start: a.start, next: b.next, value: range[0], range };
    }
    if (kind === 'vague' || kind === 'vague-scale') range = [...a.entry.range!];
    else if (kind === 'plural') range = [2 * a.entry.value, 10 * a.entry.value - 1];
    else return null;
    // `عشرات الآلاف`, `hundreds of thousands`
    let k = next;
    if (this.at(k)?.norm === 'of' && this.isWord(k)) k += 1;
    const s = this.atom(k, false);
    if (s && s.entry.kind === 'plural' && (kind !== 'plural' || s.entry.value > a.entry.value)) {
      range = [range[0] * s.entry.value, (range[1] + 1) * s.entry.value - 1];
      next = s.next;
    } else if (kind === 'vague-scale') return null;
    return { start: a.start, next, value: range[0], range };
  }

  /** An exact expression: chunks joined by `و`/`and`, each smaller than the place before it. */
  exact(i: number): Expression | null {
    const first = this.chunk(i, true);
    if (!first) return null;
    let { value, next, place } = first;
    while (place > 1) {
      const c = this.conjunction(next);
      if (!c) break;
      const part = this.chunk(c.next, c.attached);
      if (!part || part.value >= place) break;
      // An attached `و` must be a conjunction: `ألف واحد` is one thousand, not 1,001.
      if (c.attached && !this.atom(c.next, true)?.conj) break;
      value = clean(value + part.value);
      place = part.place;
      next = part.next;
    }
    return { start: first.start, next, value, range: null };
  }
}
