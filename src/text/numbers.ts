// Numbers in Arabic and English text: digits, number words, scales and vague amounts, with the qualifier
// before them, what they count, and whether they are part of a date.
//
// Recipe, on the token stream of dates.ts (offsets into the original, words normalized):
//   1. date spans (dates.ts) mark the numbers that are days, years or times (`isDateLike`);
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
import { normalizeText } from './normalize.js';
import { isDateWord, scanDates, scanTokens, type RawDate, type ScanToken } from './dates.js';
import {
  COUNT_STOPWORDS,
  CURRENCY_SIGNS,
  DOZEN_WORDS,
  DUAL_SCALE_WORDS,
  FEW_WORDS,
  HUNDRED_WORDS,
  NUMBER_CONJUNCTIONS,
  ONE_ARTICLES,
  PERCENT_SIGNS,
  PERCENT_WORDS,
  PLURAL_SCALE_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SCALE_WORDS,
  TEEN_HEAD_WORDS,
  TEEN_MARKERS,
  TENS_WORDS,
  TIME_MARKERS,
  UNIT_WORDS,
  VAGUE_NEEDING_SCALE,
  VAGUE_WORDS,
  type QualifierName,
} from './lexicons/number-words.js';

// --- lookups, built once ----------------------------------------------------------------------

const n = normalizeText;
type Kind = 'unit' | 'teen-head' | 'ten' | 'hundred' | 'scale' | 'dual' | 'plural' | 'vague' | 'vague-scale' | 'dozen' | 'few';

interface Entry {
  kind: Kind;
  value: number;
  /** Vague amounts: [low, high]. */
  range?: readonly [number, number];
}

const WORDS = new Map<string, Entry>();
const add = (word: string, entry: Entry) => {
  if (!WORDS.has(n(word))) WORDS.set(n(word), entry);
};
for (const [w, v] of UNIT_WORDS) add(w, { kind: 'unit', value: v });
for (const [w, v] of TEEN_HEAD_WORDS) add(w, { kind: 'teen-head', value: v });
for (const [w, v] of TENS_WORDS) add(w, { kind: 'ten', value: v });
for (const [w, v] of HUNDRED_WORDS) add(w, { kind: 'hundred', value: v });
for (const [w, v] of SCALE_WORDS) add(w, { kind: 'scale', value: v });
for (const [w, v] of DUAL_SCALE_WORDS) add(w, { kind: 'dual', value: v });
for (const [w, v] of PLURAL_SCALE_WORDS) add(w, { kind: 'plural', value: v });
for (const [w, lo, hi] of VAGUE_WORDS) add(w, { kind: 'vague', value: lo, range: [lo, hi] });
for (const [w, lo, hi] of VAGUE_NEEDING_SCALE) add(w, { kind: 'vague-scale', value: lo, range: [lo, hi] });
for (const w of DOZEN_WORDS) add(w, { kind: 'dozen', value: 12 });
for (const w of FEW_WORDS) add(w, { kind: 'few', value: 2 });

const TEEN_MARK = new Set(TEEN_MARKERS.map(n));
const CONJUNCTIONS = new Set(NUMBER_CONJUNCTIONS.map(n));
const ONE = new Set(ONE_ARTICLES.map(n));
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
const ARTICLE = n('ال');
const LATIN = /^[a-z]/;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** Removes float noise from products such as 2.1 * 1e6. */
const clean = (x: number) => Number(x.toPrecision(12));

// --- number words with clitics ---------------------------------------------------------------

interface Atom {
  entry: Entry;
  /** Index after the atom. */
  next: number;
  /** Offset where the number itself starts (after a clitic such as `و` or `ب`). */
  start: number;
  /** Whether a conjunction `و`/`and` came before it (separate or attached). */
  conj: boolean;
}

/** Offset after `count` leading letters of a word, with any diacritics or tatweel after them. */
function skipLetters(text: string, start: number, count: number): number {
  let i = start;
  for (let k = 0; k < count; k += 1) {
    i += 1;
    while (i < text.length && /[\u064B-\u065F\u0670\u0640]/.test(text[i])) i += 1;
  }
  return i;
}

interface Found {
  entry: Entry;
  prefix: number;
  conj: boolean;
}
/** Longest number word plus the longest clitics (`وبال`): longer words are no number words. */
const MAX_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length)) + 4;
/** Longest vague amount or plural scale with the article (`الملايين`). */
const MAX_DEFINITE =
  Math.max(...[...WORDS].filter(([, e]) => e.kind === 'vague' || e.kind === 'plural').map(([w]) => w.length)) + ARTICLE.length;

/** `الآلاف`, `العشرات`: the article goes only on vague amounts and plural scales. */
function definite(norm: string): Entry | undefined {
  if (norm.length > MAX_DEFINITE || !norm.startsWith(ARTICLE)) return undefined;
  const e = WORDS.get(norm.slice(2));
  return e && (e.kind === 'vague' || e.kind === 'plural') ? e : undefined;
}

/** Looks a word up as a number word, also behind the clitics `و`, `ب` (`وعشرون`, `بألف`, `بالآلاف`). */
function lookupWord(norm: string, allowPrefix: boolean): Found | null {
  if (norm.length > MAX_WORD) return null;
  const direct = WORDS.get(norm);
  if (direct) return { entry: direct, prefix: 0, conj: false };
  const def = definite(norm);
  if (def) return { entry: def, prefix: 0, conj: false };
  if (!allowPrefix || norm.length < 3) return null;
  const first = norm[0];
  if (first === 'و' || first === 'ف') {
    const rest = norm.slice(1);
    const e = WORDS.get(rest) ?? definite(rest);
    if (e) return { entry: e, prefix: 1, conj: first === 'و' };
    // `وبألف`, `وبالآلاف`
    if (rest[0] === 'ب' && rest.length > 3) {
      const e2 = WORDS.get(rest.slice(1)) ?? definite(rest.slice(1));
      if (e2) return { entry: e2, prefix: 2, conj: first === 'و' };
    }
  }
  // `ب` only: `ل` would read `لست` ("I am not") as six.
  if (first === 'ب' && norm.length > 3) {
    const e = WORDS.get(norm.slice(1)) ?? definite(norm.slice(1));
    if (e) return { entry: e, prefix: 1, conj: false };
  }
  return null;
}

// --- digits -----------------------------------------------------------------------------------

interface DigitValue {
  start: number;
  end: number;
  value: number;
}

/** Reads a digit token; returns several values when its separators are no number's (`09:16`, `1,2`). */
function readDigits(text: string, t: ScanToken, scaleFollows: boolean): { values: DigitValue[]; clock: boolean } {
  const norm = t.norm;
  if (!/[.,:]/.test(norm)) return { values: [{ start: t.start, end: t.end, value: Number(norm) }], clock: false };
  const parts = norm.split(/[.,:]/);
  const seps: string[] = norm.match(/[.,:]/g) ?? [];
  const whole = (value: number) => ({ values: [{ start: t.start, end: t.end, value: clean(value) }], clock: false });
  const split = (clock: boolean) => {
    const values: DigitValue[] = [];
    let at = t.start;
    for (const p of parts) {
      values.push({ start: at, end: at + p.length, value: Number(p) });
      at += p.length + 1;
    }
    return { values, clock };
  };
  if (seps.includes(':')) return split(true);
  const grouped = (from: number, to: number) =>
    parts[0].length <= 3 && parts[0] !== '0' && parts.slice(from, to).every((p) => p.length === 3);
  const allSame = seps.every((s) => s === seps[0]);
  const arabicDecimal = text.slice(t.start, t.end).includes('\u066B');
  if (allSame && seps[0] === ',') {
    if (grouped(1, parts.length)) return whole(Number(parts.join('')));
    // `1,5 مليون`: a decimal comma only before a scale word; otherwise the comma lists.
    if (seps.length === 1 && parts[1].length <= 2 && scaleFollows) return whole(Number(`${parts[0]}.${parts[1]}`));
    return split(false);
  }
  if (allSame) {
    if (seps.length === 1) {
      if (!arabicDecimal && !scaleFollows && grouped(1, 2)) return whole(Number(parts.join('')));
      return whole(Number(`${parts[0]}.${parts[1]}`));
    }
    if (grouped(1, parts.length)) return whole(Number(parts.join('')));
    return split(false);
  }
  // Mixed: `1,234.5` or `1.234,5`; the last separator is the decimal one.
  const last = seps[seps.length - 1];
  if (seps.slice(0, -1).every((s) => s !== last) && grouped(1, parts.length - 1)) {
    return whole(Number(`${parts.slice(0, -1).join('')}.${parts[parts.length - 1]}`));
  }
  return split(false);
}

// --- expressions ------------------------------------------------------------------------------

interface Expression {
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

/** The steps of the recipe as methods over one token stream (methods, not closures: built once). */
class NumberScanner {
  private readonly out: NumberMention[] = [];
  private readonly dateSpans: RawDate[];
  private dateIndex = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly ScanToken[],
  ) {
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
      const read = readDigits(this.text, t, this.scaleAt(i + 1) !== null);
      if (read.values.length !== 1) return null;
      value = read.values[0].value;
      next = i + 1;
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
