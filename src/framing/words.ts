// The words of an analysed range, read from the article's token stream: normalized forms for
// matching, offsets into the original text, the normalized text between words, and the sentence
// each word belongs to.
import { allCliticSplits, type CliticSplit } from '../text/clitics.js';
import { ABBREVIATIONS_EN } from '../text/lexicons/abbreviations.js';
import { buildTokenStream, tokensIn, type StreamToken, type TokenStream } from '../text/token-stream.js';

/** A word of the range: `norm` for matching, `start`/`end` in the original text. */
export interface Word {
  /** Normalized, without an English possessive (`Israel's` -> `israel`). */
  norm: string;
  /** `norm` without a leading و/ف and the article (`والقوات` -> قوات), for plain lists. */
  bare: string;
  /** Index of the word's token in the range's tokens. */
  at: number;
  start: number;
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
  isArabic: boolean;
  isNumber: boolean;
}

/** One analysed range: its tokens (words and marks) and its words. */
export interface WordedRange {
  tokens: StreamToken[];
  words: Word[];
  /** Clitic splits of each Arabic word (noun and verb prefixes), computed once on first use. */
  splits?: CliticSplit[][];
}

const ARABIC_WORD = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
/** Marks that end a sentence (`؟` and `؛` normalize to `?` and `;`); a decimal point is inside its number. */
const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** English titles and shorthands whose full stop ends no sentence (`Rep. Jim Jordan`), lower-cased. */
const TITLES = new Set(ABBREVIATIONS_EN.map((a) => a.toLowerCase()));

/** A full stop right after a title or an initial (`Sen.`, `Robert W. Goodlatte`) is no sentence end. */
function abbreviationStop(tokens: readonly StreamToken[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k].norm === '.' && tokens[k].gap === 0 && before !== undefined && !before.isArabic &&
    (TITLES.has(before.norm) || /^\p{Lu}$/u.test(before.text));
}

/** True when a line break or a sentence-final mark stands between tokens `a` and `b`. */
function endsSentence(tokens: readonly StreamToken[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k += 1) {
    if (tokens[k].gap === 2 || (k < b && SENTENCE_END.has(tokens[k].norm) && !abbreviationStop(tokens, k))) return true;
  }
  return false;
}

/**
 * The words of `text[from, to)`, read from `stream` (the article's token stream) when given, else
 * from a stream of that range alone; offsets always point into `text`.
 */
export function wordsOf(text: string, from: number, to: number, stream?: TokenStream): WordedRange {
  const tokens = tokensIn(stream ?? buildTokenStream(text, [[from, to]]), from, to);
  const range: WordedRange = { tokens, words: [] };
  let sentence = 0;
  let previous = -1;
  tokens.forEach((t, at) => {
    if (t.kind === 'punct') return;
    if (previous >= 0 && endsSentence(tokens, previous, at)) sentence += 1;
    previous = at;
    const isArabic = t.isArabic && t.kind === 'word' && ARABIC_WORD.test(t.norm);
    const norm = t.clitics.suffix === 's' ? t.clitics.core : t.norm;
    range.words.push({ norm, bare: isArabic ? t.clitics.core : norm, at, start: t.start, end: t.end, sentence, isArabic, isNumber: t.kind === 'number' });
  });
  return range;
}

/**
 * The normalized text between tokens `a` and `b` of the range (both excluded): the marks and words
 * between, with a space for spaces and `\n` for a line break before each.
 */
export function textBetween(range: WordedRange, a: number, b: number): string {
  let out = '';
  for (let k = a + 1; k <= b; k += 1) {
    const t = range.tokens[k];
    if (t.gap === 1) out += ' ';
    else if (t.gap === 2) out += '\n';
    if (k < b) out += t.norm;
  }
  return out;
}

/** The normalized text between words `a` and `b` (punctuation, quotes, spaces, and any words between). */
export function gapBetween(range: WordedRange, a: number, b: number): string {
  return textBetween(range, range.words[a].at, range.words[b].at);
}

/** Every clitic split of each word of the range (noun and verb prefixes), cached on the range. */
export function allSplits(range: WordedRange): CliticSplit[][] {
  range.splits ??= range.words.map((w) => (w.isArabic ? allCliticSplits(w.norm) : []));
  return range.splits;
}
