// A lookup table over all UTF-16 code units, filled from `normalizeChar` the first time each code
// unit is met, so the event tokenizer normalizes at the speed of an array read and stays
// identical to `normalizeText`. Filling lazily spares each thread some 65k calls at start.
import { normalizeChar } from '../text/normalize.js';

/** Character classes of normalized code units. */
export const OTHER = 0;
export const WORD = 1; // a letter or a combining mark that survives normalization
export const DIGIT = 2;
export const SENTENCE_END = 3; // ! ? ; and line breaks (Arabic ؟ ؛ normalize to ? ;)
export const DROPPED = 4; // diacritics and tatweel: removed without breaking the word
export const DOT = 5; // ends a sentence only before a space, so 3.5 and U.S. stay whole
export const ARABIC = 6; // an Arabic letter (a WORD too)
/** Not looked up yet. */
export const UNKNOWN = 255;

export interface CharTable {
  /** Normalized code unit for every input code unit (valid once its kind is known). */
  norm: Uint16Array;
  /** Class of every input code unit (see the constants above), UNKNOWN until first met. */
  kind: Uint8Array;
}

const table: CharTable = { norm: new Uint16Array(0x10000), kind: new Uint8Array(0x10000).fill(UNKNOWN) };

const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;

/** The shared table; call `learn(code)` for a code unit whose kind is UNKNOWN. */
export function charTable(): CharTable {
  return table;
}

/** Fills in one code unit and returns its class. */
export function learn(code: number): number {
  const { norm, kind } = table;
  // Lone surrogates stay separators: astral letters are too rare in news to matter here.
  if (code >= 0xd800 && code <= 0xdfff) return (kind[code] = OTHER);
  const out = normalizeChar(String.fromCharCode(code));
  if (out === '') return (kind[code] = DROPPED);
  const n = out.charCodeAt(0);
  norm[code] = n;
  let k = OTHER;
  if (n === 0x0a || n === 0x21 || n === 0x3f || n === 0x3b || n === 0x0d) k = SENTENCE_END;
  else if (n === 0x2e) k = DOT;
  else if (DIGIT_CHAR.test(out)) k = DIGIT;
  else if (WORD_CHAR.test(out)) k = n >= 0x0600 && n <= 0x06ff ? ARABIC : WORD;
  kind[code] = k;
  return k;
}
