// What a token's surface form maps to (normalized form, stem, clitics, stopword and number flags),
// computed once per distinct surface through one cache: news vocabulary repeats a lot.
import type { Language } from '../types.js';
import { cliticsOf, type Clitics } from './clitics.js';
import { hasArabic, normalizeText, plainForm } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

/** The derived fields of one surface form, shared by all its occurrences. */
export interface Lexeme {
  /** Normalized (`normalizeText`) without punctuation: `U.S` -> `us`, `don't` -> `dont`, `27,708` -> `27708`. */
  norm: string;
  /** Light stem of `norm`, by the word's own script. */
  stem: string;
  clitics: Clitics;
  isStop: boolean;
  /** A plain number (`27708`, `2.1`) once normalized. */
  isNumber: boolean;
  /** Written with Arabic-script letters or digits. */
  isArabic: boolean;
}

const lexemes = new Map<string, Lexeme>();
/** The cache is cleared when it grows past this: a bound on memory over endless input. */
const MAX_LEXEMES = 200_000;

const NUMBER_SURFACE = /^[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C\u060C][0-9\u0660-\u0669\u06F0-\u06F9]+)*$/;
const NUMBER_NORM = /^\d+(?:\.\d+)?$/;
const THOUSANDS = /,(?=\d{3}(?:\D|$))/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F]/;

/** `27,708` -> `27708`, `٢٫١` -> `2.1`; a comma not before three digits is a decimal comma. */
function numberNorm(surface: string): string {
  return normalizeText(surface).replace(THOUSANDS, '').replace(/,/g, '.');
}

function makeLexeme(surface: string): Lexeme {
  const isArabic = ARABIC_SCRIPT.test(surface);
  if (NUMBER_SURFACE.test(surface)) {
    const norm = numberNorm(surface);
    return { norm, stem: norm, clitics: { prefix: '', core: norm, suffix: '' }, isStop: false, isNumber: NUMBER_NORM.test(norm), isArabic };
  }
  const norm = plainForm(surface);
  // Stemming and stopwords follow the word's own script, whatever the article's language.
  const language: Language = hasArabic(norm) ? 'ar' : 'en';
  // A dotted abbreviation (`U.S`) is a name, not the pronoun its letters spell.
  const isStop = !surface.includes('.') && isStopword(norm, language);
  return { norm, stem: stem(norm, language), clitics: cliticsOf(surface, norm, plainForm), isStop, isNumber: false, isArabic };
}

/** The lexeme of a word or number as written (one cache for every stage). */
export function lexemeOf(surface: string): Lexeme {
  let lexeme = lexemes.get(surface);
  if (lexeme === undefined) {
    lexeme = makeLexeme(surface);
    if (lexemes.size >= MAX_LEXEMES) lexemes.clear();
    lexemes.set(surface, lexeme);
  }
  return lexeme;
}

const punctuation = new Map<string, Lexeme>();

/** The lexeme of a punctuation mark or symbol: its normalized form, no stem, no clitics. */
export function punctuationOf(surface: string, norm: string): Lexeme {
  let lexeme = punctuation.get(surface);
  if (lexeme === undefined) {
    lexeme = { norm, stem: norm, clitics: { prefix: '', core: norm, suffix: '' }, isStop: false, isNumber: false, isArabic: false };
    if (punctuation.size >= MAX_LEXEMES) punctuation.clear();
    punctuation.set(surface, lexeme);
  }
  return lexeme;
}
