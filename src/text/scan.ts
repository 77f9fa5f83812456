// A fast scanner of words, digit runs and punctuation with normalized forms and the gap before each: the token stream of dates.ts and numbers.ts.
import { normalizeChar } from './normalize.js';

/** A word, a run of digits with separators, or one other character, with its normalized form. */
export interface ScanToken {
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
  /** Normalized (normalizeText): Western digits, `٬` -> `,`, `٫` -> `.`, alef/ya/ta marbuta folded, lower case. */
  norm: string;
  /** What stands before it: 0 nothing (attached), 1 spaces, 2 a line break. */
  gap: 0 | 1 | 2;
}

// Character classes of the tokenizer, one table lookup per character (a regex with \p{..} classes was
// the slowest step on 40 MB of news). Digits keep their separators (`27,708`, `٢٧٬٧٠٨`, `09:16`) but not
// the Arabic comma `،`, which lists; words keep inner `'`, `’`, `-` (`twenty-five`).
const SPACE = 0;
const DIGIT = 1;
const LETTER = 2;
const OTHER = 3;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c += 1) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\s/.test(ch) ? SPACE : /\p{Nd}/u.test(ch) ? DIGIT : /[\p{L}\p{M}\u0640\u200B-\u200F\u00AD]/u.test(ch) ? LETTER : OTHER;
}
for (let c = 0xd800; c < 0xe000; c += 1) CLASS[c] = OTHER; // surrogates: a lone code point, kept whole below
const DIGIT_SEPARATORS = new Set([0x2e, 0x2c, 0x3a, 0x066b, 0x066c]); // . , : ٫ ٬
const WORD_JOINERS = new Set([0x27, 0x2019, 0x2d]); // ' ’ -

// normalizeChar of every character below U+0800 (Latin, Arabic), read from a table: tokenizing 40 MB of
// news calls it for every letter. Other characters go to normalizeChar itself.
const TABLE_SIZE = 0x0800;
const CHAR_TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, c) => normalizeChar(String.fromCharCode(c)));
const UNCHANGED = Uint8Array.from(CHAR_TABLE, (norm, c) => (norm === String.fromCharCode(c) ? 1 : 0));

/** normalizeText, with a table for the common characters; same result. */
export function normalizeWord(word: string): string {
  let same = 0;
  while (same < word.length) {
    const c = word.charCodeAt(same);
    if (c >= TABLE_SIZE || UNCHANGED[c] === 0) break;
    same += 1;
  }
  if (same === word.length) return word;
  let out = word.slice(0, same);
  for (let i = same; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < TABLE_SIZE) out += CHAR_TABLE[c];
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      out += normalizeChar(word.slice(i, i + 2));
      i += 1;
    } else out += normalizeChar(word[i]);
  }
  return out;
}

/** Tokens of text[from, to), offsets into `text`. */
export function scanTokens(text: string, from = 0, to = text.length): ScanToken[] {
  const tokens: ScanToken[] = [];
  let gap: 0 | 1 | 2 = 1;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === SPACE) {
      if (c === 10) gap = 2;
      else if (gap === 0) gap = 1;
      i += 1;
      continue;
    }
    const start = i;
    let kind: ScanToken['kind'];
    i += 1;
    if (cls === DIGIT) {
      kind = 'num';
      while (i < to) {
        const k = CLASS[text.charCodeAt(i)];
        if (k === DIGIT) i += 1;
        else if (i + 1 < to && DIGIT_SEPARATORS.has(text.charCodeAt(i)) && CLASS[text.charCodeAt(i + 1)] === DIGIT) i += 2;
        else break;
      }
    } else if (cls === LETTER) {
      kind = 'word';
      while (i < to) {
        const k = CLASS[text.charCodeAt(i)];
        if (k === LETTER) i += 1;
        else if (i + 1 < to && WORD_JOINERS.has(text.charCodeAt(i)) && CLASS[text.charCodeAt(i + 1)] === LETTER) i += 2;
        else break;
      }
    } else {
      kind = 'punct';
      if (c >= 0xd800 && c <= 0xdbff && i < to) i += 1;
    }
    const norm = normalizeWord(text.slice(start, i));
    if (norm === '' || norm === ' ') continue;
    tokens.push({ start, end: i, kind, norm, gap });
    gap = 0;
  }
  return tokens;
}
