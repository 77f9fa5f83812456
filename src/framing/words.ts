// Words of an analysed range on its normalized form, with offsets back into the original text,
// Arabic clitic splitting, and the sentence each word belongs to.
import { normalizeWithMap } from '../text/normalize.js';
import type { CliticClass } from './lexicon-types.js';

/** A word of the normalized range: `norm` for matching, `start`/`end` in the original text. */
export interface Word {
  norm: string;
  /** Offsets into the normalized range text. */
  nStart: number;
  nEnd: number;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
  isArabic: boolean;
  isNumber: boolean;
}

/** One analysed range: its normalized text, the offset map and its words. */
export interface WordedRange {
  norm: string;
  offsets: number[];
  words: Word[];
  /** Clitic splits of each Arabic word (noun and verb prefixes), computed once on first use. */
  splits?: CliticSplit[][];
}

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_WORD = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
/** A sentence ends at . ! ? (not inside 1.5), a newline, or an Arabic question mark (normalized to ?). */
const SENTENCE_END = /[!?;\n]|\.(?!\d)/;

/** Splits `text[from, to)` into normalized words; offsets always point into `text`. */
export function wordsOf(text: string, from: number, to: number): WordedRange {
  const { text: norm, offsets } = normalizeWithMap(text, from, to);
  const words: Word[] = [];
  let sentence = 0;
  let last = 0;
  for (const m of norm.matchAll(WORD)) {
    const nStart = m.index;
    const nEnd = nStart + m[0].length;
    if (SENTENCE_END.test(norm.slice(last, nStart)) && words.length > 0) sentence += 1;
    last = nEnd;
    words.push({
      norm: m[0],
      nStart,
      nEnd,
      start: offsets[nStart],
      // Up to the next kept character, so trailing diacritics (مؤكداً) stay with their word.
      end: originalEnd(text, offsets, nEnd),
      sentence,
      isArabic: ARABIC_WORD.test(m[0]),
      isNumber: /^\p{N}+$/u.test(m[0]),
    });
  }
  return { norm, offsets, words };
}

/** Original end of a normalized span ending at `nEnd`: include dropped marks, never trailing spaces. */
export function originalEnd(text: string, offsets: number[], nEnd: number): number {
  let end = offsets[nEnd];
  // Step back over dropped invisible characters (ZWNJ, soft hyphen) that are not part of the word.
  while (end > offsets[nEnd - 1] + 1 && /[\u200B-\u200F\u00AD\uFEFF]/.test(text[end - 1])) end -= 1;
  return end;
}

/** The normalized text between two words (punctuation, quotes, spaces). */
export function gapBetween(range: WordedRange, a: number, b: number): string {
  return range.norm.slice(range.words[a].nEnd, range.words[b].nStart);
}

/** Clitic prefixes a noun may carry, longest first. `لل` (ل + ال) is handled by `splitClitics`. */
export const NOUN_PREFIXES = [
  'وبال', 'فبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال',
  'وب', 'فب', 'وك', 'ول', 'فل', 'و', 'ف', 'ب', 'ل', 'ك',
];
export const VERB_PREFIXES = ['وس', 'فس', 'ول', 'فل', 'و', 'ف', 'ل', 'س'];

/** A split of a word into a clitic prefix and the rest (`والاحتلال` -> و + الاحتلال, و + ال + احتلال). */
export interface CliticSplit {
  prefix: string;
  core: string;
}

/**
 * The ways an Arabic word can be read as prefix + core for a clitic class, the bare word first.
 * `لل` yields both ل + ال... (للعدوان -> العدوان) and لل + rest (للحرب -> حرب).
 */
export function splitClitics(word: string, clitics: CliticClass): CliticSplit[] {
  const out: CliticSplit[] = [{ prefix: '', core: word }];
  if (clitics === 'none') return out;
  const prefixes = clitics === 'noun' ? NOUN_PREFIXES : VERB_PREFIXES;
  for (const p of prefixes) {
    // Keep at least two letters of core: a one-letter core is never a lexicon word.
    if (word.length - p.length < 2 || !word.startsWith(p)) continue;
    const core = word.slice(p.length);
    out.push({ prefix: p, core });
    if (p.endsWith('لل')) out.push({ prefix: p.slice(0, -1), core: 'ال' + core });
  }
  return out;
}

/** The word without a leading و/ف and article, for comparing against plain lists (والقوات -> قوات). */
export function bareArabic(word: string): string {
  let w = word;
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1);
  if (w.length > 3 && (w.startsWith('بال') || w.startsWith('كال'))) w = w.slice(3);
  else if (w.length > 3 && w.startsWith('لل')) w = w.slice(2);
  else if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  return w;
}

/** Every clitic split of each word of the range (noun and verb prefixes), cached on the range. */
export function allSplits(range: WordedRange): CliticSplit[][] {
  // Verb prefixes are noun prefixes except the future س (وس، فس), added apart to avoid duplicates.
  range.splits ??= range.words.map((w) =>
    w.isArabic ? splitClitics(w.norm, 'noun').concat(splitClitics(w.norm, 'verb').filter((s) => s.prefix.endsWith('س'))) : [],
  );
  return range.splits;
}
