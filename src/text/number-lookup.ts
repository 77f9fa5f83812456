// Number words and scales (Arabic and English) by normalized form, found also behind the clitics و, ف, ب.
import { normalizeText } from './normalize.js';
import {
  DOZEN_WORDS,
  DUAL_SCALE_WORDS,
  FEW_WORDS,
  HUNDRED_WORDS,
  NUMBER_CONJUNCTIONS,
  ONE_ARTICLES,
  ORDINAL_WORDS,
  PLURAL_SCALE_WORDS,
  SCALE_WORDS,
  TEEN_HEAD_WORDS,
  TEEN_MARKERS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_NEEDING_SCALE,
  VAGUE_WORDS,
} from './lexicons/number-words.js';

/** Word lists are matched on normalized words. */
export const n = normalizeText;
type Kind = 'unit' | 'teen-head' | 'ten' | 'hundred' | 'scale' | 'dual' | 'plural' | 'vague' | 'vague-scale' | 'dozen' | 'few';

/** What a number word is and its value. */
export interface Entry {
  kind: Kind;
  value: number;
  /** Vague amounts: [low, high]. */
  range?: readonly [number, number];
}

export const WORDS = new Map<string, Entry>();
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

export const TEEN_MARK = new Set(TEEN_MARKERS.map(n));
export const CONJUNCTIONS = new Set(NUMBER_CONJUNCTIONS.map(n));
export const ONE = new Set(ONE_ARTICLES.map(n));
export const ARTICLE = n('ال');
export const LATIN = /^[a-z]/;

/** Removes float noise from products such as 2.1 * 1e6. */
export const clean = (x: number) => Number(x.toPrecision(12));

/** Offset after `count` leading letters of a word, with any diacritics or tatweel after them. */
export function skipLetters(text: string, start: number, count: number): number {
  let i = start;
  for (let k = 0; k < count; k += 1) {
    i += 1;
    while (i < text.length && /[\u064B-\u065F\u0670\u0640]/.test(text[i])) i += 1;
  }
  return i;
}

/** A number word found in a word: its entry, how many clitic letters come first, and whether one is و. */
export interface Found {
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
export function lookupWord(norm: string, allowPrefix: boolean): Found | null {
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

/** Ordinals by normalized form, masculine and feminine (`سادس`, `سادسة`), with and without the article. */
const ORDINALS = new Map<string, number>();
for (const [w, v] of ORDINAL_WORDS) {
  const m = n(w);
  for (const form of LATIN.test(m) ? [m] : [m, `${m}ه`, `ال${m}`, `ال${m}ه`]) if (!ORDINALS.has(form)) ORDINALS.set(form, v);
}

/** The ordinal a word is (`السادس`, `وسادس`, `sixth` -> 6), also behind `و`/`ف`; null for any other word. */
export function ordinalOf(norm: string): number | null {
  const direct = ORDINALS.get(norm);
  if (direct !== undefined) return direct;
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) return ORDINALS.get(norm.slice(1)) ?? null;
  return null;
}

/**
 * A definite unit from three to ten, as written after its noun (`القتلى الأربعة`, `الدول الخمس`):
 * its value, or null. One and two are left out (`الاثنين` is also Monday), and so are tens
 * (`القرن العشرين` is the twentieth century).
 */
export function definiteUnit(norm: string): number | null {
  if (!norm.startsWith(ARTICLE) || norm.length < 5) return null;
  const e = WORDS.get(norm.slice(2));
  return e && e.kind === 'unit' && e.value >= 3 && e.value <= 10 && !LATIN.test(norm) ? e.value : null;
}
