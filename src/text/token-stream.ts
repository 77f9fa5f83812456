// One token stream per article: every word, number and punctuation mark with its offsets, the gap before it
// and its lexeme (normalized form, stem, clitics, flags), scanned once with character tables;
// every stage reads ranges of it by offset.
import type { Token } from '../types.js';
import type { Clitics } from './clitics.js';
import { lexemeOf, punctuationOf } from './lexemes.js';
import { normalizeWord } from './scan.js';

/** What a token is: a word (letters, possibly with Latin digits: `G7`, `1960s`), a number, or one
 * punctuation mark or symbol. */
export type TokenKind = 'word' | 'number' | 'punct';

/** A token of the stream: a `Token` (what the aligner reads) plus its kind, gap and clitics. */
export interface StreamToken extends Token {
  kind: TokenKind;
  /** What stands before it: 0 nothing (attached), 1 spaces, 2 a line break or the start of a range. */
  gap: 0 | 1 | 2;
  /** Written with Arabic-script letters or digits. */
  isArabic: boolean;
  /** Its clitics and bare core (shared with every token of the same surface). */
  clitics: Clitics;
}

/** The tokens of one text, in text order, with the words and numbers apart for quick range reads. */
export interface TokenStream {
  text: string;
  /** Every token: words, numbers and punctuation. */
  tokens: StreamToken[];
  /** The words and numbers only (what `tokenize` returns), in text order. */
  words: StreamToken[];
}

// Character classes, one table lookup per UTF-16 code unit (a regex with \p{..} classes is the
// slowest way to do this over 40 MB of news).
const SPACE = 0;
const NEWLINE = 1;
const DIGIT = 2;
const LATIN = 3; // letters of any script but Arabic
const ARABIC = 4; // Arabic-script letters and tatweel
const COMBINING = 5; // combining marks (harakat, accents)
const FORMAT = 6; // invisible format characters (ZWNJ, LRM, soft hyphen ...): inside a word only
const OTHER = 7;

const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c += 1) {
  const ch = String.fromCharCode(c);
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) CLASS[c] = NEWLINE;
  else if (c === 0xfeff || /\p{Cf}/u.test(ch) || c === 0x200b) CLASS[c] = FORMAT;
  else if (/\s/.test(ch)) CLASS[c] = SPACE;
  else if (/\p{Nd}/u.test(ch)) CLASS[c] = DIGIT;
  else if (/\p{M}/u.test(ch)) CLASS[c] = COMBINING;
  else if (c === 0x0640 || (/\p{L}/u.test(ch) && /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch))) CLASS[c] = ARABIC;
  else if (/\p{L}/u.test(ch)) CLASS[c] = LATIN;
  else CLASS[c] = OTHER;
}
// Surrogates: a code point of another plane, kept whole as one punctuation token (emoji, rare scripts).
for (let c = 0xd800; c < 0xe000; c += 1) CLASS[c] = OTHER;

/** Separators between digits inside a number: `27,708`, `2.1`, `٢٧٬٧٠٨`, `٢٫١`, `26،4` (not `:`). */
const NUMBER_SEPARATOR = new Set([0x2e, 0x2c, 0x066b, 0x066c, 0x060c]);
/** Apostrophes inside a word: `don't`, `Israel's`, `it’s`. */
const APOSTROPHE = new Set([0x27, 0x2019]);
const DOT = 0x2e;

const isLetter = (cls: number): boolean => cls === LATIN || cls === ARABIC || cls === COMBINING;

/**
 * The end of a word that starts at `i`. Words join letters and combining marks; apostrophes between letters
 * (`Israel's`); a dot inside an abbreviation (`U.S`, `سي.إن.إن`, not `end.Next`); format
 * characters followed by more letters; digits after Latin letters (`G7`, `COVID19`), never after
 * Arabic ones (`و708` is و + 708). Hyphens, colons and underscores split words.
 */
function wordEnd(text: string, i: number, to: number): number {
  let latin = CLASS[text.charCodeAt(i)] === LATIN;
  let run = 1; // letters since the word start or the last dot
  let dotted = false;
  i += 1;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = CLASS[code];
    if (cls === LATIN || cls === ARABIC) {
      latin = cls === LATIN;
      run += 1;
      i += 1;
    } else if (cls === COMBINING) {
      i += 1;
    } else if (cls === DIGIT) {
      if (!latin) break;
      i = numberEnd(text, i, to);
    } else if (i + 1 < to && (APOSTROPHE.has(code) || cls === FORMAT) && isLetter(CLASS[text.charCodeAt(i + 1)])) {
      i += 1;
    } else if (cls === FORMAT) {
      // A run of format characters inside the word (ZWNJ + LRM); trailing ones stay outside.
      let k = i;
      while (k < to && CLASS[text.charCodeAt(k)] === FORMAT) k += 1;
      if (k < to && isLetter(CLASS[text.charCodeAt(k)])) i = k;
      else break;
    } else if (code === DOT && i + 1 < to && dotJoins(text, i, to, run, dotted)) {
      run = 0;
      dotted = true;
      i += 1;
    } else break;
  }
  return i;
}

/** Letters in a row from `i` (at most `max + 1` counted). */
function lettersFrom(text: string, i: number, to: number, max: number): number {
  let n = 0;
  while (i + n < to && n <= max) {
    const cls = CLASS[text.charCodeAt(i + n)];
    if (cls !== LATIN && cls !== ARABIC) break;
    n += 1;
  }
  return n;
}

/**
 * A dot inside an abbreviation or a name joins its letters: `U.S`, `e.g`, `سي.إن.إن`, `العربية.نت`,
 * `FoxNews.com` (a short piece on one side); a dot between longer words is a missing space
 * (`قال.وأضاف`, `end.Next`).
 */
function dotJoins(text: string, dot: number, to: number, run: number, inAbbreviation: boolean): boolean {
  const after = lettersFrom(text, dot + 1, to, 3);
  if (after === 0) return false;
  // Past the first dot of an abbreviation, pieces of three letters go on (`إن.إتش.كيه`).
  if (inAbbreviation) return run <= 3 && after <= 3;
  // A short last piece: `العربية.نت`, and Latin domains `FoxNews.com`.
  const next = dot + 1 + after;
  const short = after <= (CLASS[text.charCodeAt(dot + 1)] === LATIN ? 3 : 2);
  return run <= 2 || (short && (next >= to || !isLetter(CLASS[text.charCodeAt(next)])));
}

/** The end of a run of digits with separators that starts at `i`. */
function numberEnd(text: string, i: number, to: number): number {
  i += 1;
  while (i < to) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === DIGIT) i += 1;
    else if (i + 1 < to && NUMBER_SEPARATOR.has(text.charCodeAt(i)) && CLASS[text.charCodeAt(i + 1)] === DIGIT) i += 2;
    else break;
  }
  return i;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, gap: 0 | 1 | 2): StreamToken | null {
  const surface = text.slice(start, end);
  if (kind === 'punct') {
    const norm = normalizeWord(surface);
    // A space-like character that normalizes to a space, or one dropped whole, is no token.
    if (norm === '' || norm === ' ') return null;
    const lex = punctuationOf(surface, norm);
    return { start, end, text: surface, norm, stem: norm, isStop: false, isNumber: false, kind, gap, isArabic: false, clitics: lex.clitics };
  }
  const lex = lexemeOf(surface);
  if (lex.norm === '') return null; // a lone tatweel or mark
  const { norm, stem, isStop, isNumber, isArabic, clitics } = lex;
  return { start, end, text: surface, norm, stem, isStop, isNumber, kind, gap, isArabic, clitics };
}

/** Appends the tokens of text[from, to) to `out`. */
function scanRange(text: string, from: number, to: number, out: TokenStream): void {
  let gap: 0 | 1 | 2 = 2;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = CLASS[code];
    if (cls === SPACE || cls === NEWLINE) {
      gap = cls === NEWLINE ? 2 : gap === 0 ? 1 : gap;
      i += 1;
      continue;
    }
    if (cls === FORMAT || cls === COMBINING) {
      // Outside a word these attach to what stands before them (Unicode word boundaries, rule WB4).
      i += 1;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === DIGIT) {
      i = numberEnd(text, i, to);
      kind = 'number';
      // `1960s`, `3.5km`: Latin letters right after the digits make one word.
      if (i < to && CLASS[text.charCodeAt(i)] === LATIN) {
        i = wordEnd(text, i, to);
        kind = 'word';
      }
    } else if (cls === LATIN || cls === ARABIC) {
      i = wordEnd(text, i, to);
      kind = 'word';
    } else {
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      kind = 'punct';
    }
    const token = makeToken(text, start, i, kind, gap);
    if (token === null) continue;
    out.tokens.push(token);
    if (kind !== 'punct') out.words.push(token);
    gap = 0;
  }
}

/**
 * The token stream of `text`, or of its `ranges` only (e.g. what boilerplate removal kept), with
 * offsets into `text`. Ranges are read in order; a token never crosses a range's end.
 */
export function buildTokenStream(text: string, ranges: ReadonlyArray<readonly [number, number]> = [[0, text.length]]): TokenStream {
  const stream: TokenStream = { text, tokens: [], words: [] };
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, at, 0);
    const to = Math.min(end, text.length);
    if (to > from) scanRange(text, from, to, stream);
    at = Math.max(at, to);
  }
  return stream;
}

/** Index of the first token in `list` that starts at or after `offset` (binary search). */
function firstFrom(list: readonly StreamToken[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes [from, to) of the tokens of `list` that lie inside text[start, end). */
function spanOf(list: readonly StreamToken[], start: number, end: number): [number, number] {
  const from = firstFrom(list, start);
  let to = firstFrom(list, end);
  while (to > from && list[to - 1].end > end) to -= 1;
  return [from, to];
}

/** Every token (words, numbers, punctuation) inside text[start, end). */
export function tokensIn(stream: TokenStream, start: number, end: number): StreamToken[] {
  const [from, to] = spanOf(stream.tokens, start, end);
  return stream.tokens.slice(from, to);
}

/** The words and numbers inside text[start, end): the tokens the aligner and word diffs compare. */
export function wordsIn(stream: TokenStream, start: number, end: number): StreamToken[] {
  const [from, to] = spanOf(stream.words, start, end);
  return stream.words.slice(from, to);
}

/**
 * Word tokens of `text.slice(start, end)`, with offsets into `text`. Punctuation and spaces are
 * skipped; numbers with separators (`27,708`, `2.1`, `٢٫١`) are one token; a clitic joined by
 * tatweel (`بـ"أكسيوس"`) is its own token; stems and stopwords follow each word's script.
 */
export function tokenize(text: string, start = 0, end = text.length): StreamToken[] {
  return buildTokenStream(text, [[start, end]]).words;
}
