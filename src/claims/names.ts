// Name keys and word scanning for the claim finders: folding merges transliteration variants of a name.
import { normalizeText } from '../text/normalize.js';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;

/**
 * A key for a name that transliteration variants share: غالانت / جالانت, ميلر / ميللر,
 * نتنياهو / نتانياهو, الأمريكي / الأميركي, Gallant / Gallant. Takes normalized text
 * (`normalizeText`); folds each word and joins them with a space.
 */
export function foldName(norm: string): string {
  const words = norm.split(/\s+/).map(foldWord).filter((w) => w !== '');
  // `the State Department` and `State Department` are one name.
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** Folds one normalized word; see `foldName`. */
export function foldWord(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
  if (w === '') return '';
  if (!ARABIC.test(w)) return w.replace(/(.)\1+/g, '$1');
  // 1. Hamza on the line carries no letter in transliterations (بارنياع / برنياء stay apart by ع).
  w = w.replace(/ء/g, '');
  // 2. The article: الموساد and موساد are one name.
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  // 3. Foreign G is written ج, غ or ق.
  w = w.replace(/[جغق]/g, 'غ');
  // 4. Doubled letters: ميللر, and shadda written out.
  w = w.replace(/(.)\1+/g, '$1');
  // 5. Long vowels after the first letter come and go between spellings (هاليفي / هليفي).
  return w.length > 1 ? w[0] + w.slice(1).replace(/[اوي]/g, '') : w;
}

/** A word or a punctuation mark of a sentence, with its normalized form. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  isWord: boolean;
  isArabic: boolean;
}

// Words (letters with marks and tatweel, English apostrophes and hyphens inside), numbers, or one
// punctuation character.
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits `text.slice(start, end)` into words and punctuation marks, with offsets into `text`. */
export function scanWords(text: string, start: number, end: number): WordToken[] {
  const tokens: WordToken[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const raw = m[0];
    // A hashtag mark (`فلاديمير #بوتين`) is no word and no boundary.
    if (raw === '#') continue;
    const at = start + (m.index ?? 0);
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    tokens.push({ start: at, end: at + raw.length, text: raw, norm: normalizeText(raw), isWord, isArabic: isWord && ARABIC.test(raw) });
  }
  return tokens;
}

/** True when the token is a comma, Arabic or Latin. */
export const isComma = (t: WordToken | undefined): boolean => t !== undefined && !t.isWord && (t.text === '،' || t.text === ',');

/** The forms of a normalized Arabic word without its leading clitics (و ف then ب ل ك, or لل for ل+ال),
 * with how many normalized characters each form drops from the start. The bare word comes first. */
export function cliticForms(norm: string): Array<{ form: string; cut: number }> {
  const out = [{ form: norm, cut: 0 }];
  if (!ARABIC.test(norm)) return out;
  const bases = [{ form: norm, cut: 0 }];
  if ((norm[0] === 'و' || norm[0] === 'ف') && norm.length > 2) bases.push({ form: norm.slice(1), cut: 1 });
  for (const base of bases) {
    if (base.cut > 0) out.push(base);
    const w = base.form;
    // بتل (أبيب) keeps two letters; the gazetteer decides whether they start a name.
    if (w.length < 3) continue;
    if (w.startsWith('لل')) out.push({ form: 'ال' + w.slice(2), cut: base.cut + 2 });
    else if (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') out.push({ form: w.slice(1), cut: base.cut + 1 });
  }
  return out;
}

/** Length of a preposition and article before a word (بالإضافة, للشؤون, وبالقطاع), else 0; the
 * rest must still be a word, so وكالة is not و + ك + ال. */
export function prepositionPrefix(norm: string): number {
  const m = /^([وف]?(?:[بلك]ال|لل))(.*)$/.exec(norm);
  return m && m[2].length >= 3 ? m[1].length : 0;
}

/** The word without a leading conjunction و or ف, when what is left is still a word. */
export function withoutConjunction(norm: string): string {
  return (norm[0] === 'و' || norm[0] === 'ف') && norm.length > 2 ? norm.slice(1) : norm;
}

/** The word without the article ال. */
export function withoutArticle(norm: string): string {
  return norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
}
