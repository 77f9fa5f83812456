// The English stemmer's word lists: Porter2's exceptions and suffix tables (snowballstem.org,
// algorithms/english), plus news names it would mangle. Lower case; plain data for stem.ts.

/** Words Porter2 treats as exceptions, plus news names it would mangle (`hamas` -> `hama`). */
export const EN_EXCEPTIONS: Readonly<Record<string, string>> = {
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
  ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe',
  atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes', hamas: 'hamas', gaza: 'gaza',
  isis: 'isis', texas: 'texas', paris: 'paris', christmas: 'christmas',
};

/** Words left as they are after step 1a. */
export const EN_AFTER_1A: readonly string[] = ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed'];

/** Step 1b: past tense and gerund endings. */
export const EN_STEP1B: readonly string[] = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'];

/** Step 2: derivational suffixes and what replaces them. */
export const EN_STEP2: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
  ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'],
  ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'],
  ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'],
  ['ogi', 'og'], ['li', ''],
];

/** Step 3: more derivational suffixes and what replaces them. */
export const EN_STEP3: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''],
  ['ical', 'ic'], ['ness', ''], ['ful', ''],
];

/** Step 4: suffixes removed in R2. */
export const EN_STEP4: readonly string[] = [
  'ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
  'ion', 'al', 'er', 'ic',
];
