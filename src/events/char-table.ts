// A lookup table over all UTF-16 code units built once from `normalizeChar`, so the event
// tokenizer normalizes at the speed of an array read and stays identical to `normalizeText`.
import { normalizeChar } from '../text/normalize.js';

/** Character classes of normalized code units. */
export const OTHER = 0;
export const WORD = 1; // a letter, a digit or a combining mark that survives normalization
export const DIGIT = 2;
export const SENTENCE_END = 3; // . ! ? ; and line breaks (Arabic ؟ ؛ normalize to ? ;)
export const DROPPED = 4; // diacritics and tatweel: removed without breaking the word
export const DOT = 5; // ends a sentence only before a space, so 3.5 and U.S. stay whole
export const ARABIC = 6; // an Arabic letter (a WORD too)

export interface CharTable {
  /** Normalized code unit for every input code unit. */
  norm: Uint16Array;
  /** Class of every input code unit (see the constants above). */
  kind: Uint8Array;
}

let table: CharTable | null = null;

const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const DIGIT_CHAR = /^\p{Nd}$/u;

/** The table, built on first use (about 65k calls to `normalizeChar`, a few milliseconds). */
export function charTable(): CharTable {
  if (table) return table;
  const norm = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    // Lone surrogates stay separators: astral letters are too rare in news to matter here.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const out = normalizeChar(String.fromCharCode(code));
    if (out === '') {
      kind[code] = DROPPED;
      continue;
    }
    const n = out.charCodeAt(0);
    norm[code] = n;
    if (n === 0x0a || n === 0x21 || n === 0x3f || n === 0x3b || n === 0x0d) kind[code] = SENTENCE_END;
    else if (n === 0x2e) kind[code] = DOT;
    else if (DIGIT_CHAR.test(out)) kind[code] = DIGIT;
    else if (WORD_CHAR.test(out)) kind[code] = n >= 0x0600 && n <= 0x06ff ? ARABIC : WORD;
  }
  table = { norm, kind };
  return table;
}
