// Word tokens with exact offsets, normalized form, stem and flags, from Intl.Segmenter run per line.
import type { Language, Token } from '../types.js';
import { hasArabic, normalizeChar, normalizeText } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

/**
 * Longest stretch handed to the segmenter at once. ICU's word iterator in Node 20 slows down
 * more than linearly on long strings (200k characters take 30 s), so long lines are cut at a
 * space near this length.
 */
const MAX_CHUNK = 2000;

const segmenters = new Map<Language | undefined, Intl.Segmenter>();

/**
 * The word segmenter for `language`, created once and reused (construction is costly). Also meant
 * for the `diff` package's `intlSegmenter` option, so word diffs split words the same way.
 */
export function wordSegmenter(language?: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language === 'ar' ? 'ar' : 'en', { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** What a token's surface form maps to; shared by every occurrence of the same surface. */
interface Lexeme {
  norm: string;
  stem: string;
  isStop: boolean;
  isNumber: boolean;
}

/** Surface form -> lexeme. News vocabulary repeats a lot, so most tokens skip all the work below. */
const lexemes = new Map<string, Lexeme>();
const MAX_LEXEMES = 200_000;

/** Per UTF-16 code unit: its normalized form with punctuation dropped (filled on first use). */
const folded: Array<string | undefined> = [];
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function foldUnit(code: number): string {
  let out = folded[code];
  if (out === undefined) {
    out = '';
    for (const ch of normalizeChar(String.fromCharCode(code))) if (LETTER_OR_DIGIT.test(ch)) out += ch;
    folded[code] = out;
  }
  return out;
}

/** Normalized form of a word: `normalizeText` minus punctuation (`U.S` -> `us`, `don't` -> `dont`). */
function foldWord(surface: string): string {
  let out = '';
  for (let i = 0; i < surface.length; i += 1) {
    const code = surface.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // Astral characters (rare in news): normalize the whole code point.
      const cp = String.fromCodePoint(surface.codePointAt(i) ?? code);
      for (const ch of normalizeChar(cp)) if (LETTER_OR_DIGIT.test(ch)) out += ch;
      if (cp.length === 2) i += 1;
      continue;
    }
    out += foldUnit(code);
  }
  return out;
}

const NUMBER_SURFACE = /^[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C\u060C][0-9\u0660-\u0669\u06F0-\u06F9]+)*$/;
const NUMBER_NORM = /^\d+(?:\.\d+)?$/;
const THOUSANDS = /,(?=\d{3}(?:\D|$))/g;

/** `27,708` -> `27708`, `٢٫١` -> `2.1`; a comma not before three digits is a decimal comma. */
function numberNorm(surface: string): string {
  return normalizeText(surface).replace(THOUSANDS, '').replace(/,/g, '.');
}

function lexemeOf(surface: string): Lexeme {
  let lexeme = lexemes.get(surface);
  if (lexeme !== undefined) return lexeme;
  if (NUMBER_SURFACE.test(surface)) {
    const norm = numberNorm(surface);
    lexeme = { norm, stem: norm, isStop: false, isNumber: NUMBER_NORM.test(norm) };
  } else {
    const norm = foldWord(surface);
    // Stemming and stopwords follow the word's own script, whatever the article's language.
    const language: Language = hasArabic(norm) ? 'ar' : 'en';
    // A dotted abbreviation (`U.S`) is a name, not the pronoun its letters spell.
    const isStop = !surface.includes('.') && isStopword(norm, language);
    lexeme = { norm, stem: stem(norm, language), isStop, isNumber: false };
  }
  if (lexemes.size >= MAX_LEXEMES) lexemes.clear();
  lexemes.set(surface, lexeme);
  return lexeme;
}

/** Arabic letters glued to digits (`و708`, `و2.1`): ICU keeps them as one word; we split them. */
const LETTER_DIGIT = /[\u0621-\u064A][0-9\u0660-\u0669\u06F0-\u06F9]|[0-9\u0660-\u0669\u06F0-\u06F9][\u0621-\u064A]/;
const NUMBER_GLUE = new Set(['.', ',', '\u066B', '\u066C', '\u060C']);

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

function pushToken(tokens: Token[], text: string, start: number, end: number, surface = text.slice(start, end)): void {
  const previous = tokens[tokens.length - 1];
  // `27,708` split by the segmenter: one separator between two numbers joins them again.
  if (
    previous !== undefined &&
    previous.isNumber &&
    start - previous.end === 1 &&
    NUMBER_GLUE.has(text[previous.end]) &&
    isDigitCode(surface.charCodeAt(0)) &&
    NUMBER_SURFACE.test(text.slice(previous.start, end))
  ) {
    tokens[tokens.length - 1] = makeToken(text.slice(previous.start, end), previous.start, end);
    return;
  }
  const token = makeToken(surface, start, end);
  if (token.norm !== '') tokens.push(token); // '' for a lone tatweel or mark
}

function makeToken(surface: string, start: number, end: number): Token {
  const { norm, stem: wordStem, isStop, isNumber } = lexemeOf(surface);
  return { start, end, text: surface, norm, stem: wordStem, isStop, isNumber };
}

/** Splits a word at every switch between Arabic letters and digits. */
function pushSplitting(tokens: Token[], text: string, start: number, end: number): void {
  let from = start;
  let digit = isDigitCode(text.charCodeAt(start));
  for (let i = start + 1; i < end; i += 1) {
    const isDigit = isDigitCode(text.charCodeAt(i));
    // Separators inside a number (`2.1`) belong to it.
    if (digit && !isDigit && NUMBER_GLUE.has(text[i]) && i + 1 < end && isDigitCode(text.charCodeAt(i + 1))) continue;
    if (isDigit !== digit) {
      pushToken(tokens, text, from, i);
      from = i;
      digit = isDigit;
    }
  }
  pushToken(tokens, text, from, end);
}

/**
 * A colon (ASCII, vertical, small or fullwidth). ICU 77 and later (Node 24.0, 20.20, 22.23, 24.22)
 * keep letters on both sides of a colon as one word (the Swedish `S:t`); ICU 76 (Node 20.19) splits
 * them. In news a colon between letters is a space lost after a label (`صندوق النقد:الاقتصاد`), so
 * a word always splits at a colon, whatever the Node version.
 */
const COLON = /[:\uFE13\uFE55\uFF1A]/;

function pushWord(tokens: Token[], text: string, from: number, word: string): void {
  const to = from + word.length;
  // Only a word that starts or ends with a digit can be `و708` or `2023م` (cheap test first).
  const edgeDigit = isDigitCode(word.charCodeAt(0)) || isDigitCode(word.charCodeAt(word.length - 1));
  if (edgeDigit && LETTER_DIGIT.test(word)) pushSplitting(tokens, text, from, to);
  else pushToken(tokens, text, from, to, word);
}

function tokenizeChunk(text: string, start: number, end: number, segmenter: Intl.Segmenter, tokens: Token[]): void {
  for (const piece of segmenter.segment(text.slice(start, end))) {
    if (!piece.isWordLike) continue;
    const word = piece.segment;
    const from = start + piece.index;
    if (!COLON.test(word)) {
      pushWord(tokens, text, from, word);
      continue;
    }
    let at = from;
    for (const part of word.split(COLON)) {
      if (part !== '') pushWord(tokens, text, at, part);
      at += part.length + 1; // every colon is one UTF-16 unit
    }
  }
}

function tokenizeLine(text: string, start: number, end: number, segmenter: Intl.Segmenter, tokens: Token[]): void {
  let from = start;
  while (end - from > MAX_CHUNK) {
    let cut = text.lastIndexOf(' ', from + MAX_CHUNK);
    if (cut <= from) cut = from + MAX_CHUNK; // no space at all: cut anyway, long input must stay safe
    tokenizeChunk(text, from, cut, segmenter, tokens);
    from = cut;
  }
  if (end > from) tokenizeChunk(text, from, end, segmenter, tokens);
}

/**
 * Word tokens of `text.slice(start, end)`, with offsets into `text`. Punctuation and spaces are
 * skipped; numbers with separators (`27,708`, `2.1`, `٢٫١`) are one token; a clitic joined by
 * tatweel (`بـ"أكسيوس"`) is its own token. `language` picks the segmenter's locale; stems and
 * stopwords always follow each word's script, so `U.S` in an Arabic article is stemmed as English.
 */
export function tokenize(text: string, start = 0, end = text.length, language?: Language): Token[] {
  const segmenter = wordSegmenter(language);
  const tokens: Token[] = [];
  const stop = Math.min(end, text.length);
  let lineStart = Math.max(0, start);
  while (lineStart < stop) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > stop) lineEnd = stop;
    if (lineEnd > lineStart) tokenizeLine(text, lineStart, lineEnd, segmenter, tokens);
    lineStart = lineEnd + 1;
  }
  return tokens;
}
