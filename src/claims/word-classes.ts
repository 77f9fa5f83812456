// Arabic word classes that the entity and the attribution finders both read: lists as sets of token
// keys, and the tests on a sentence's words built from them (titles, nisba adjectives, quotation marks).
import { normalizeText } from '../text/normalize.js';
import { cliticForms, withoutArticle, withoutConjunction } from '../text/clitics.js';
import { foldWord } from '../text/transliteration.js';
import { wordSet } from '../text/word-sets.js';
import { AR_COMPLEMENTIZERS, AR_BOUNDARY_WORDS, AR_TIME_WORDS, AR_SOURCE_NOUNS } from './lexicons/attribution-words.js';
import { AR_DESCRIPTORS, AR_ORG_NOUNS, AR_OUTLET_NOUNS, AR_PLACE_NOUNS, AR_POST_NATIONALITY, AR_NOT_NAMES, AR_TITLES } from './lexicons/entity-words.js';
import { AR_GIVEN_NAMES, GAZETTEER } from './lexicons/gazetteer.js';
import { REPORTING_VERBS } from './lexicons/reporting-verbs.js';
import type { WordToken } from './words.js';

export const COMPLEMENTIZERS = wordSet(AR_COMPLEMENTIZERS);
export const BOUNDARY = wordSet(AR_BOUNDARY_WORDS);
export const TIME_WORDS = wordSet(AR_TIME_WORDS);
export const SOURCE_NOUNS = wordSet(AR_SOURCE_NOUNS);
export const OUTLET_NOUNS = wordSet(AR_OUTLET_NOUNS);
export const POST_NATIONALITY = wordSet(AR_POST_NATIONALITY);
export const NOT_NAMES = wordSet(AR_NOT_NAMES);
export const GIVEN_NAMES = wordSet(AR_GIVEN_NAMES);
export const TITLES = wordSet(AR_TITLES);
export const DESCRIPTORS = wordSet(AR_DESCRIPTORS);
export const PLACE_NOUNS = wordSet(AR_PLACE_NOUNS);
export const ORG_NOUNS = wordSet(AR_ORG_NOUNS);
/** Arabic reporting verbs: a name does not run on over one. */
export const VERB_FORMS = wordSet(REPORTING_VERBS.filter((v) => v.language === 'ar').flatMap((v) => v.forms));

/** Name-stem keys of places (إسرائيل, أمريكا), to recognise their adjectives (الإسرائيلي, الأميركية). */
const PLACE_STEMS = new Set(
  GAZETTEER.filter((g) => g.type === 'place')
    .flatMap((g) => g.ar)
    .map(normalizeText)
    .filter((a) => !a.includes(' '))
    .map(foldWord)
    .concat(['عرب', 'غرب']),
);

/** True for a nationality adjective (الأمريكي, إسرائيلي, الفلسطينيين) of a known place. */
export function isNisba(word: string): boolean {
  const w = withoutArticle(withoutConjunction(word));
  const m = /^(.{3,}?)(يين|يون|يه|ي)$/.exec(w);
  return m !== null && PLACE_STEMS.has(foldWord(m[1]));
}

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', '„', '‹', '›']);

/** True when the token is a quotation mark. */
export function isQuoteMark(t: WordToken | undefined): boolean {
  return t !== undefined && !t.isWord && QUOTE_MARKS.has(t.text);
}

/** The index of the mark that closes the quotation opened at `i`, when it closes within `words` words. */
export function closingQuote(tokens: WordToken[], i: number, words: number): number {
  let seen = 0;
  for (let k = i + 1; k < tokens.length; k += 1) {
    if (isQuoteMark(tokens[k])) return seen > 0 ? k : -1;
    if (tokens[k].isWord) seen += 1;
    else if (tokens[k].text !== '-' && tokens[k].text !== '.') return -1;
    if (seen > words) return -1;
  }
  return -1;
}

/** The word without a conjunction; for title and noun lists also without ل/ب (لوزير, بمدينة). */
export function bareForms(t: WordToken): readonly string[] {
  let forms = BARE_FORMS.get(t.norm);
  if (forms !== undefined) return forms;
  if (BARE_FORMS.size >= BARE_FORMS_MAX) BARE_FORMS.clear();
  forms = cliticForms(t.norm).map((f) => f.form);
  BARE_FORMS.set(t.norm, forms);
  return forms;
}

/**
 * Each word's bare forms, remembered (bounded): the entity finders ask for every word's forms
 * several times over (is it a title, a place noun, an outlet noun, a boundary), and each asking
 * listed them anew (about 300 MB of short-lived arrays for 1,000 articles).
 */
const BARE_FORMS = new Map<string, readonly string[]>();
const BARE_FORMS_MAX = 50_000;

/** True when the normalized word, as it stands, is a title. */
export function isTitleWord(norm: string): boolean {
  return TITLES.has(norm);
}

/** True when the Arabic word at `i` is a title (وزير, ومدير, المتحدث). */
export function isTitle(tokens: WordToken[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.isArabic && bareForms(t).some((f) => TITLES.has(f) || TITLES.has(withoutArticle(f)));
}

/** True for a word after which a name does not continue: punctuation, particles, time words. */
export function isBoundary(tokens: WordToken[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !t.isWord) return true;
  if (!t.isArabic) return false;
  // على and the name علي are one word once normalized; the spelling with ي is the name.
  if (t.norm === 'علي' && t.text.endsWith('ي')) return false;
  const bare = withoutConjunction(t.norm);
  return (
    COMPLEMENTIZERS.has(t.norm) || BOUNDARY.has(t.norm) || TIME_WORDS.has(t.norm) || TIME_WORDS.has(bare) ||
    VERB_FORMS.has(bare) || VERB_FORMS.has(t.norm) || isTitle(tokens, k) || /^\p{N}/u.test(t.text)
  );
}
