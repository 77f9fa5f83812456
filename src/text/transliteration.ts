// Transliteration folding: one key for the spellings of a foreign name (غالانت / جالانت, ميلر / ميللر).
const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;

/**
 * A key for a name that transliteration variants share: غالانت / جالانت, ميلر / ميللر,
 * نتنياهو / نتانياهو, الأمريكي / الأميركي, Gallant / Gallant. Takes normalized text
 * (`normalizeText`); folds each word and joins them with a space.
 */
export function foldName(norm: string): string {
  return nameWords(norm).map(foldWord).join(' ');
}

/** The words of a name that fold to something, as written: `the State Department` and `State Department` are one name. */
export function nameWords(norm: string): string[] {
  const words = norm.split(/\s+/).filter((w) => foldWord(w) !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words;
}

/**
 * Folds one normalized word; see `foldName`. Remembered: names, entities, figures and the role cue
 * fold every word of every claim, a news vocabulary repeats its words, and the folds are six
 * regular expressions each (a third of finding entities at 1,000 articles). Emptied when full,
 * so memory stays bounded.
 */
export function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    folded = foldOnce(word);
    FOLDED.set(word, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const FOLDED_MAX = 200_000;

function foldOnce(word: string): string {
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
