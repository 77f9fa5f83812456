// Date vocabulary normalized once: month and weekday names (both Arabic series), ordinals, relative and context words.
import { normalizeText } from './normalize.js';
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

/** Word lists are matched on normalized words. */
export const n = normalizeText;
export const LATIN = /^[a-z]/;
export const SINGLE_MONTHS = new Map<string, number>();
/** First word of a two-word month -> second word -> month (`تشرين` -> `الاول` -> 10). */
export const PAIRED_MONTHS = new Map<string, Map<string, number>>();
for (const [name, month] of MONTH_NAMES) {
  const [first, second] = n(name).split(' ');
  if (second === undefined) SINGLE_MONTHS.set(first, month);
  else {
    const seconds = PAIRED_MONTHS.get(first) ?? new Map<string, number>();
    seconds.set(second, month);
    PAIRED_MONTHS.set(first, seconds);
  }
}
export const MONTH_ABBR = new Map(MONTH_ABBREVIATIONS.map(([w, m]) => [n(w), m]));
export const EXACT_MONTHS = new Map(MONTHS_WRITTEN_EXACTLY.map((w) => [n(w), w]));
export const WEEKDAYS = new Map(WEEKDAY_NAMES.map(([w, d]) => [n(w), d]));
export const WEEKDAY_ABBR = new Map(WEEKDAY_ABBREVIATIONS.map(([w, d]) => [n(w), d]));
export const CONTEXT_WEEKDAYS = new Set(WEEKDAYS_NEEDING_CONTEXT.map(n));
export const BLOCKERS = new Set(WEEKDAY_BLOCKERS.map(n));
export const DAY_PARTS = new Set(DAY_PART_WORDS.map(n));
export const WEEKDAY_BEFORE = new Set(WEEKDAY_CONTEXT_BEFORE.map(n));
export const NEXT_BEFORE = new Set(WEEKDAY_NEXT_BEFORE.map(n));
export const PAST_BEFORE = new Set(WEEKDAY_PAST_BEFORE.map(n));
export const OF_WORD = n('من');
export const YEAR_JOINER = new Set(YEAR_JOINERS.map(n));
export const PAST_BEFORE_DATE = new Set(PAST_CONTEXT_BEFORE.map(n));
export const ORDINALS = new Map(ORDINAL_DAY_WORDS.map(([w, d]) => [n(w), d]));
export const ORDINAL_TEENS = new Set(ORDINAL_TEEN_WORDS.map(n));
export const ORDINAL_TENS = new Map(ORDINAL_TENS_WORDS.map(([w, d]) => [n(w), d]));
export type Relative = 'past' | 'next' | 'current';
export const RELATIVES = new Map<string, Relative>([
  ...RELATIVE_PAST.map((w) => [n(w), 'past'] as const),
  ...RELATIVE_NEXT.map((w) => [n(w), 'next'] as const),
  ...RELATIVE_CURRENT.map((w) => [n(w), 'current'] as const),
]);
export const MONTH_BEFORE = new Set(MONTH_CONTEXT_BEFORE.map(n));
export const YEAR_WORD = new Set(YEAR_WORDS.map(n));
export const YEAR_PREP = new Set(YEAR_PREPOSITIONS.map(n));
export const STOPWORDS = new Set(COUNT_STOPWORDS.map(n));
export const SUFFIXES = new Set(ORDINAL_SUFFIXES);
/** Words a date can start with; other words are skipped at once. */
export const START_WORDS = new Set<string>([
  ...SINGLE_MONTHS.keys(), ...PAIRED_MONTHS.keys(), ...MONTH_ABBR.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBR.keys(),
  ...DAY_PARTS, ...ORDINALS.keys(), ...YEAR_WORD, ...[...RELATIVES.keys()].filter((w) => LATIN.test(w)),
]);
export const ZONES = new Set(TIME_ZONES.map((z) => z.toLowerCase()));
export const YEAR_SUFFIX = n(GREGORIAN_YEAR_SUFFIX);

/** True when the normalized word is a month or weekday name (numbers.ts: such a word is not counted). */
export function isDateWord(norm: string): boolean {
  return SINGLE_MONTHS.has(norm) || PAIRED_MONTHS.has(norm) || WEEKDAYS.has(norm) || MONTH_ABBR.has(norm);
}

/** Drops a leading `و`/`ف` (`وفي` -> `في`). */
export function stripConjunction(norm: string): string {
  return norm.length > 2 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
}

/** Drops leading `و`/`ف` and `ل`/`ب` (`ولعام` -> `عام`). */
export function stripClitic(norm: string): string {
  let s = stripConjunction(norm);
  if (s.length > 3 && (s[0] === 'ل' || s[0] === 'ب')) s = s.slice(1);
  return s;
}
