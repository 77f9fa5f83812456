// Light stemmers for matching: an Arabic clitic/affix stripper of the Light10 family and the
// English Porter2 (Snowball) stemmer. Both take text already passed through `normalizeText`.
import type { Language } from '../types.js';
import { hasArabic } from './normalize.js';
import { withoutFusedArticle } from './clitics.js';
import { AR_ROOT_WAW, AR_SUFFIXES, AR_WHOLE } from './lexicons/stem-arabic.js';
import { EN_AFTER_1A, EN_EXCEPTIONS, EN_STEP1B, EN_STEP2, EN_STEP3, EN_STEP4 } from './lexicons/stem-english.js';

/** Stems a normalized word by the rules of `language`; for `unknown`, the word's script decides. */
export function stem(norm: string, language: Language): string {
  if (language === 'ar') return stemArabic(norm);
  if (language === 'en') return stemEnglish(norm);
  return hasArabic(norm) ? stemArabic(norm) : stemEnglish(norm);
}

// ---------------------------------------------------------------------------------------------
// Arabic

const ROOT_WAW = new Set(AR_ROOT_WAW);
const WHOLE = new Set(AR_WHOLE);

function stripArabicSuffix(word: string): string {
  if (WHOLE.has(word)) return word;
  for (const [suffix, keep] of AR_SUFFIXES) {
    if (word.length - suffix.length >= keep && word.endsWith(suffix)) {
      // `قالوا`, `قتلوا`: the verb's plural `وا` is not the accusative `ا`; leave it.
      if (suffix === 'ا' && word.charCodeAt(word.length - 2) === 0x648) return word;
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * A light stemmer for normalized Arabic (ة is ه, أإآ are ا, ى is ي): removes the article with
 * its fused particles, or else a leading conjunction و, then one suffix. It never removes
 * ب/ل/ك alone (`بلينكن`, `لبنان` would break) and ف only before the article (`فلسطين`).
 */
export function stemArabic(norm: string): string {
  let word = withoutFusedArticle(norm);
  const prefixed = word !== norm;
  if (!prefixed && word.length >= 4 && word.charCodeAt(0) === 0x648) {
    const whole = stripArabicSuffix(word);
    if (ROOT_WAW.has(whole)) return whole;
    word = word.slice(1);
  }
  return stripArabicSuffix(word);
}

// ---------------------------------------------------------------------------------------------
// English: Porter2, as specified at snowballstem.org/algorithms/english/stemmer.html

const EN_AFTER_1A_SET = new Set(EN_AFTER_1A);
const EN_STEP2_SUFFIXES = EN_STEP2.map(([s]) => s);
const EN_STEP2_MAP = new Map(EN_STEP2);
const EN_STEP3_SUFFIXES = EN_STEP3.map(([s]) => s);
const EN_STEP3_MAP = new Map(EN_STEP3);
const EN_DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const EN_LI_ENDINGS = 'cdeghkmnrt';
const LOWER_LATIN = /^[a-z]+$/;
const HAS_VOWEL = /[aeiouy]/;
const R1_PREFIX = /^(gener|commun|arsen)/;

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
}

/** Start of the region after the first non-vowel that follows a vowel, from `from` on. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i += 1) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

/** True when `word` ends in a short syllable (`hop`, `at`; not `hoop`, `few`). */
function endsShortSyllable(word: string): boolean {
  const n = word.length;
  if (n === 2) return isVowel(word[0]) && !isVowel(word[1]);
  if (n < 3) return false;
  const last = word[n - 1];
  return !isVowel(word[n - 3]) && isVowel(word[n - 2]) && !isVowel(last) && last !== 'w' && last !== 'x' && last !== 'Y';
}

function longestSuffix(word: string, suffixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const s of suffixes) if (word.endsWith(s) && (best === null || s.length > best.length)) best = s;
  return best;
}

/** Porter2 (Snowball English) on a lower-case word; words of 1-2 letters and non-letters stay. */
export function stemEnglish(norm: string): string {
  if (norm.length <= 2 || !LOWER_LATIN.test(norm)) return norm;
  // Own properties only: a plain object would hand back Object.prototype.constructor for "constructor".
  const exception = Object.hasOwn(EN_EXCEPTIONS, norm) ? EN_EXCEPTIONS[norm] : undefined;
  if (exception !== undefined) return exception;

  // A `y` that acts as a consonant is written `Y` while stemming.
  let w = norm.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  const r1 = R1_PREFIX.exec(w)?.[0].length ?? regionAfter(w, 0);
  const r2 = regionAfter(w, r1);

  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.slice(0, w.length > 4 ? -2 : -1);
  else if (w.endsWith('us') || w.endsWith('ss')) {
    // unchanged
  } else if (w.endsWith('s') && HAS_VOWEL.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (EN_AFTER_1A_SET.has(w)) return w;

  // Step 1b: past tense and gerund.
  const s1b = longestSuffix(w, EN_STEP1B);
  if (s1b === 'eed' || s1b === 'eedly') {
    if (w.length - s1b.length >= r1) w = `${w.slice(0, -s1b.length)}ee`;
  } else if (s1b !== null) {
    const rest = w.slice(0, -s1b.length);
    if (HAS_VOWEL.test(rest)) {
      w = rest;
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (EN_DOUBLES.has(w.slice(-2))) w = w.slice(0, -1);
      else if (r1 >= w.length && endsShortSyllable(w)) w += 'e';
    }
  }

  // Step 1c: final y after a consonant (not the first letter) becomes i.
  if (w.length > 2 && (w.endsWith('y') || w.endsWith('Y')) && !isVowel(w[w.length - 2])) w = `${w.slice(0, -1)}i`;

  // Step 2: derivational suffixes in R1.
  const s2 = longestSuffix(w, EN_STEP2_SUFFIXES);
  if (s2 !== null && w.length - s2.length >= r1) {
    const before = w[w.length - s2.length - 1];
    if (s2 === 'ogi') {
      if (before === 'l') w = `${w.slice(0, -3)}og`;
    } else if (s2 === 'li') {
      if (before !== undefined && EN_LI_ENDINGS.includes(before)) w = w.slice(0, -2);
    } else {
      w = w.slice(0, -s2.length) + (EN_STEP2_MAP.get(s2) ?? '');
    }
  }

  // Step 3: more derivational suffixes in R1 (`ative` in R2).
  const s3 = longestSuffix(w, EN_STEP3_SUFFIXES);
  if (s3 !== null && w.length - s3.length >= r1 && (s3 !== 'ative' || w.length - s3.length >= r2)) {
    w = w.slice(0, -s3.length) + (EN_STEP3_MAP.get(s3) ?? '');
  }

  // Step 4: suffixes in R2 (`ion` only after s or t).
  const s4 = longestSuffix(w, EN_STEP4);
  if (s4 !== null && w.length - s4.length >= r2) {
    const before = w[w.length - s4.length - 1];
    if (s4 !== 'ion' || before === 's' || before === 't') w = w.slice(0, -s4.length);
  }

  // Step 5: a final e or ll.
  if (w.endsWith('e')) {
    const rest = w.slice(0, -1);
    if (rest.length >= r2 || (rest.length >= r1 && !endsShortSyllable(rest))) w = rest;
  } else if (w.endsWith('ll') && w.length - 1 >= r2) {
    w = w.slice(0, -1);
  }
  return w.replace(/Y/g, 'y');
}
