// Rule-based sentence segmentation per line: headings, bullets and sentences with exact offsets.
import type { Segment } from '../types.js';
import {
  ABBREVIATIONS_AR,
  ABBREVIATIONS_EN,
  ABBREVIATIONS_EN_FINAL,
  SEMICOLON_DEPENDENTS_AR,
  SENTENCE_OPENERS_EN,
} from './lexicons/abbreviations.js';
import { normalizeText } from './normalize.js';

/**
 * Splits `text`, or only its `ranges` (`[start, end)`, e.g. what is left after boilerplate
 * removal), into headings, bullets and sentences, in text order, with offsets into `text`:
 *
 * 0. ranges are sorted, clipped to the text and merged where they overlap;
 * 1. paragraphs: every line stands apart (a line is never merged with the next);
 * 2. bullets: a line opening with a marker (`•`, `- `, `1.`, `2)` ...) is a `bullet`, starting
 *    after the marker;
 * 3. headings: a short line (at most HEADING_MAX_WORDS words) that does not end in sentence
 *    punctuation is a `heading`, kept whole;
 * 4. sentence ends: `.` `!` `?` `؟` `…` before a space or the line end, unless inside quotes or
 *    brackets (tracked per line, so an unbalanced quote is dropped at the line end), after an
 *    abbreviation or initial (lexicons/abbreviations.ts), or before a lower-case word or a dash;
 *    `..` and `…` are pauses in Arabic; `؛` ends a sentence only between two clauses of at least
 *    SEMICOLON_MIN_WORDS words when the second does not open with a dependent word (`لأن`, `حيث`);
 * 5. a segment longer than MAX_SEGMENT_CHARS (a line without punctuation, a pasted table) is cut
 *    into pieces of at most that length: after the last clause mark (`،` `,` `؛` `;` `:`) before
 *    the limit, else at the last space, else at the limit itself (never inside a surrogate pair),
 *    so that every later stage works on bounded pieces whatever the input.
 *
 * Segments are trimmed of surrounding spaces; pieces without a letter or digit are dropped.
 */
export function segmentSentences(text: string, ranges?: ReadonlyArray<readonly [number, number]>): Segment[] {
  const out: Segment[] = [];
  for (const [start, end] of orderRanges(text, ranges)) {
    forEachLine(text, start, end, (lineStart, lineEnd) => segmentLine(text, lineStart, lineEnd, out));
  }
  return out;
}

/** Longest segment, in UTF-16 code units; news sentences run to about 550 (ANT corpus, 99.9th percentile). */
export const MAX_SEGMENT_CHARS = 1000;

/** How many segments of `text` (or of its `ranges`) step 5 cuts, being longer than MAX_SEGMENT_CHARS. */
export function countLongSegments(text: string, ranges?: ReadonlyArray<readonly [number, number]>): number {
  const cut = { count: 0 };
  for (const [start, end] of orderRanges(text, ranges)) {
    forEachLine(text, start, end, (lineStart, lineEnd) => segmentLine(text, lineStart, lineEnd, [], cut));
  }
  return cut.count;
}

/** Lines of up to this many words without final punctuation are headings (titles run to ~15). */
const HEADING_MAX_WORDS = 18;

/** Words on both sides of `؛` for it to end a sentence. */
const SEMICOLON_MIN_WORDS = 8;

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '۔']);
/** A line ending in one of these is not a heading: it ends or continues a sentence. */
const LINE_FINAL = new Set(['.', '!', '?', '؟', '…', '۔', ':', ',', '،', ';', '؛']);
/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '}', '›']);
const BULLET_MARKS = new Set(['•', '·', '▪', '▫', '●', '○', '■', '□', '◦', '‣', '∙', '⁃', '►', '▶', '➢', '✓', '✔']);
/** Marks that are bullets only when a space follows (`- item`, not `-5`). */
const SPACED_BULLET_MARKS = new Set(['-', '*', '–', '—', '+']);
const NUMBERED_BULLET = /^[0-9\u0660-\u0669]{1,2}[.)]\s/;
const DASHES = new Set(['—', '–', '―', '-']);
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
/** Dotted abbreviations: `U.S`, `e.g`, `a.m`, `ق.م`. */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** A quote may open right after one of these Arabic clitics standing alone (`و"يجب`). */
const QUOTE_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const TATWEEL = 'ـ';

const ABBREV_EN = new Set(ABBREVIATIONS_EN);
const ABBREV_EN_FINAL = new Set(ABBREVIATIONS_EN_FINAL);
const ABBREV_AR = new Set(ABBREVIATIONS_AR.map((a) => normalizeText(a)));
const OPENERS_EN = new Set(SENTENCE_OPENERS_EN);
const SEMICOLON_DEPENDENTS = new Set(SEMICOLON_DEPENDENTS_AR.map((w) => normalizeText(w)));

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const code = ch.charCodeAt(0);
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// 0. ranges -------------------------------------------------------------------------------------

function orderRanges(text: string, ranges?: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  if (ranges === undefined) return [[0, text.length]];
  const clipped = ranges
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of clipped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

// 1. lines --------------------------------------------------------------------------------------

function forEachLine(text: string, start: number, end: number, visit: (s: number, e: number) => void): void {
  let from = start;
  for (let i = start; i < end; i += 1) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      if (i > from) visit(from, i);
      from = i + 1;
    }
  }
  if (end > from) visit(from, end);
}

function segmentLine(text: string, start: number, end: number, out: Segment[], cut?: { count: number }): void {
  const [s, e] = trim(text, start, end);
  if (s >= e) return;
  const body = bulletBody(text, s, e);
  if (body !== null) {
    for (const [a, b] of sentenceSpans(text, body, e)) push(text, a, b, 'bullet', out, cut);
    return;
  }
  const spans = sentenceSpans(text, s, e);
  if (isHeading(text, s, e, spans)) push(text, s, e, 'heading', out, cut);
  else for (const [a, b] of spans) push(text, a, b, 'sentence', out, cut);
}

function trim(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s += 1;
  while (e > s && isSpace(text[e - 1])) e -= 1;
  return [s, e];
}

function push(text: string, start: number, end: number, kind: Segment['kind'], out: Segment[], cut?: { count: number }): void {
  let [s, e] = trim(text, start, end);
  if (s >= e) return;
  if (cut) {
    // Only counting (countLongSegments): the pieces themselves are not wanted.
    if (e - s > MAX_SEGMENT_CHARS) cut.count += 1;
    return;
  }
  if (e - s > MAX_SEGMENT_CHARS) {
    // 5. cut a long segment into bounded pieces.
    while (e - s > MAX_SEGMENT_CHARS) {
      const at = cutPoint(text, s);
      push(text, s, at, kind, out);
      [s, e] = trim(text, at, e);
    }
    if (s >= e) return;
  }
  const piece = text.slice(s, e);
  if (!LETTER_OR_DIGIT.test(piece)) return;
  out.push({ start: s, end: e, text: piece, kind });
}

// 5. long segments --------------------------------------------------------------------------------

const CLAUSE_MARKS = new Set(['،', ',', '؛', ';', ':']);

/**
 * Where to cut the segment starting at s: after the last clause mark followed by a space in its
 * second half, else at its last space there, else at the limit (moved back off a surrogate pair).
 */
function cutPoint(text: string, s: number): number {
  const limit = s + MAX_SEGMENT_CHARS;
  const floor = s + MAX_SEGMENT_CHARS / 2;
  for (let i = limit - 1; i > floor; i -= 1) if (CLAUSE_MARKS.has(text[i]) && isSpace(text[i + 1])) return i + 1;
  for (let i = limit; i > floor; i -= 1) if (isSpace(text[i])) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

// 2. bullets ------------------------------------------------------------------------------------

/** Where a bullet line's text starts after its marker, or null when the line is no bullet. */
function bulletBody(text: string, s: number, e: number): number | null {
  const first = text[s];
  let body = -1;
  if (BULLET_MARKS.has(first)) body = s + 1;
  else if (SPACED_BULLET_MARKS.has(first) && isSpace(text[s + 1])) body = s + 1;
  else {
    const numbered = NUMBERED_BULLET.exec(text.slice(s, s + 5));
    if (numbered !== null) body = s + numbered[0].length;
  }
  if (body < 0) return null;
  while (body < e && isSpace(text[body])) body += 1;
  return body < e ? body : null;
}

// 3. headings -----------------------------------------------------------------------------------

/**
 * A heading is short, does not end like a sentence, and holds no sentence end inside: headlines
 * join their parts with `..` or `:` (`بلينكن: واشنطن ملتزمة أمن "إسرائيل".. ولم تشارك`), while
 * `صعب. وأضاف أن ...` is two sentences whose last lost its period.
 */
function isHeading(text: string, s: number, e: number, spans: ReadonlyArray<readonly [number, number]>): boolean {
  let last = e - 1;
  while (last > s && CLOSERS.has(text[last])) last -= 1;
  if (LINE_FINAL.has(text[last])) return false;
  if (countWords(text, s, e, HEADING_MAX_WORDS + 1) > HEADING_MAX_WORDS) return false;
  return spans.length === 1;
}

/** Space-separated words in [s, e), counting no further than `limit`. */
function countWords(text: string, s: number, e: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = s; i < e && words < limit; i += 1) {
    const space = isSpace(text[i]);
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

// 4. sentence ends ------------------------------------------------------------------------------

/** A stretch between a quote or bracket and its partner; no sentence ends inside it. */
interface Region {
  open: number;
  close: number;
}

interface OpenMark {
  /** `gone`: a double quote dropped for a later opening one (kept in place so indices hold). */
  kind: 'double' | 'angle' | 'paren' | 'square' | 'gone';
  pos: number;
}

/**
 * The quoted and bracketed regions of a line, answering "is this position inside one that closes
 * at or after k?" in logarithmic time, so a line with thousands of brackets stays linear to scan.
 */
class Regions {
  private readonly opens: number[];
  /** maxClose[n]: the latest close among the first n+1 regions by opening position. */
  private readonly maxClose: number[];

  constructor(regions: Region[]) {
    const sorted = [...regions].sort((a, b) => a.open - b.open);
    this.opens = sorted.map((r) => r.open);
    this.maxClose = [];
    let max = -1;
    for (const r of sorted) {
      max = Math.max(max, r.close);
      this.maxClose.push(max);
    }
  }

  /** True when a region opens before i and closes at or after k (k > i). */
  covers(i: number, k: number): boolean {
    let lo = 0;
    let hi = this.opens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.opens[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxClose[lo - 1] >= k;
  }
}

/**
 * Quoted and bracketed stretches of one line. Straight and curly quotes do not say whether they
 * open or close, so the letters around them decide (`و"يجب` opens, `غزة".` closes). A quote still
 * open at the line end was never closed (Arabic news often drops one): it is ignored, so an
 * unbalanced quote cannot swallow the rest of the paragraph. Open marks are counted per kind, so
 * a close with no partner costs nothing and the scan stays linear.
 */
function quoteRegions(text: string, s: number, e: number): Regions {
  const regions: Region[] = [];
  const stack: OpenMark[] = [];
  const openCount = { double: 0, angle: 0, paren: 0, square: 0, gone: 0 };
  let doubleAt = -1; // at most one double quote is open: where it stands in the stack
  const open = (kind: Exclude<OpenMark['kind'], 'gone'>, pos: number): void => {
    if (kind === 'double') doubleAt = stack.length;
    stack.push({ kind, pos });
    openCount[kind] += 1;
  };
  const close = (kind: OpenMark['kind'], pos: number): boolean => {
    if (openCount[kind] === 0) return false;
    for (let k = stack.length - 1; k >= 0; k -= 1) {
      if (stack[k].kind === kind) {
        regions.push({ open: stack[k].pos, close: pos });
        // marks opened inside and never closed are dropped
        for (let n = k; n < stack.length; n += 1) openCount[stack[n].kind] -= 1;
        stack.length = k;
        return true;
      }
    }
    return false;
  };
  for (let i = s; i < e; i += 1) {
    const ch = text[i];
    switch (ch) {
      case '«': open('angle', i); break;
      case '»': close('angle', i); break;
      case '(': open('paren', i); break;
      case ')': close('paren', i); break;
      case '[': open('square', i); break;
      case ']': close('square', i); break;
      case '"': case '“': case '”': case '„': {
        // Scraped text mixes straight and curly quotes (`“... bipartisan."`): one kind for both.
        const kind = 'double';
        const prev = i > s ? text[i - 1] : ' ';
        const next = i + 1 < e ? text[i + 1] : ' ';
        // `بـ"أكسيوس"`, `و"يجب`: a clitic letter or a tatweel before an opening quote.
        const afterClitic = prev === TATWEEL || (QUOTE_CLITICS.has(prev) && (i - 1 === s || isSpace(text[i - 2])));
        let opens = !isSpace(next) && (isSpace(prev) || afterClitic || !LETTER_OR_DIGIT.test(prev));
        let closes = !isSpace(prev) && (isSpace(next) || !LETTER_OR_DIGIT.test(next));
        if (opens && closes) {
          // Punctuation on both sides (`:"(`, `")،`): the curly ones say which they are.
          opens = ch !== '”';
          closes = ch !== '“' && ch !== '„';
        }
        const isOpen = openCount.double > 0;
        if (isOpen && (closes || !opens)) close(kind, i);
        else if (isOpen) {
          // A second opening quote: the first one was never closed.
          stack[doubleAt].kind = 'gone';
          openCount.double -= 1;
          openCount.gone += 1;
          open(kind, i);
        } else if (opens || !closes) open(kind, i);
        break;
      }
      default:
        break;
    }
  }
  return new Regions(regions);
}

/** The sentences of the line stretch [s, e), as untrimmed spans that cover it. */
function sentenceSpans(text: string, s: number, e: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let regions: Regions | null = null;
  let from = s;
  for (let i = s; i < e; i += 1) {
    const ch = text[i];
    const semicolon = ch === '؛';
    if (!semicolon && !TERMINATORS.has(ch)) continue;
    // The whole run of final punctuation (`...`, `?!`, `..`), then closing quotes and brackets.
    let j = i + 1;
    if (!semicolon) while (j < e && TERMINATORS.has(text[j])) j += 1;
    let k = j;
    while (k < e && CLOSERS.has(text[k])) k += 1;
    if (k < e && !isSpace(text[k])) {
      i = j - 1; // `2.1`, `U.S.-led`, `example.com`: not followed by a space
      continue;
    }
    regions ??= quoteRegions(text, s, e);
    const ends = semicolon ? semicolonEnds(text, from, i, k, e, regions) : periodEnds(text, s, i, j, k, e, regions);
    if (ends && k < e) {
      spans.push([from, k]);
      from = k;
    }
    i = k - 1;
  }
  spans.push([from, e]);
  return spans;
}

/**
 * True when the run of final punctuation at [i, j), followed by closers up to k, ends a sentence.
 */
function periodEnds(text: string, s: number, i: number, j: number, k: number, e: number, regions: Regions): boolean {
  const before = text[i - 1];
  if (before === '(' || before === '[') return false; // `[…]`: an omission, not an end
  // Inside quotes or brackets: only when the closing mark follows the punctuation right away
  // (`"We will win." The`), never in mid-quote (`"... للأذى. كل يوم ..."`).
  if (regions.covers(i, k)) return false;
  const next = nextWord(text, k, e);
  if (next !== '' && LOWER.test(next[0])) return false; // `etc. and`, `"Why?" he asked`
  if (DASHES.has(text[skipSpaces(text, k, e)])) return false; // `KANSAS CITY, Mo. — Leaders`
  if (isEllipsis(text, i, j)) {
    // Arabic news uses `..` and `…` as a pause inside a sentence (`وأخيرا.. تحقق الحلم!`);
    // in Latin text an ellipsis ends a sentence before a capital (`He left... The next day`).
    if (ARABIC.test(text[i - 1] ?? '') || ARABIC.test(next)) return false;
    return next !== '' && !LOWER.test(next[0]) && LETTER.test(next[0]);
  }
  if (j - i !== 1 || text[i] !== '.') return true;
  const word = wordBefore(text, s, i);
  if (word === '') return true; // after a digit, a quote or a bracket: `2023.`, `"غزة".`
  if (ABBREV_EN.has(word)) return false;
  if (ABBREV_EN_FINAL.has(word) || DOTTED.test(word)) return OPENERS_EN.has(next);
  if (word.length === 1 && DIGIT.test(text[i - 2] ?? '')) return true; // `the 1990s.`
  if (ABBREV_AR.has(normalizeText(word)) || word.length === 1) {
    // `د. محمد`, `J. Smith`, `C. A. Ruppersberger` are no ends; `1948 م.` (the year mark) and
    // `Plan B. The` are.
    if (DIGIT.test(text[i - 3] ?? '') && text[i - 2] === ' ') return true;
    return next.length > 1 && OPENERS_EN.has(next);
  }
  return true;
}

/** `؛` ends a sentence between two long clauses when the second is not a dependent one. */
function semicolonEnds(text: string, from: number, i: number, k: number, e: number, regions: Regions): boolean {
  if (regions.covers(i, i + 1)) return false;
  if (countWords(text, from, i, SEMICOLON_MIN_WORDS) < SEMICOLON_MIN_WORDS) return false;
  if (countWords(text, k, e, SEMICOLON_MIN_WORDS) < SEMICOLON_MIN_WORDS) return false;
  return !SEMICOLON_DEPENDENTS.has(normalizeText(nextWord(text, k, e)));
}

/** The letters (and inner periods, `U.S`) right before position i. */
function wordBefore(text: string, s: number, i: number): string {
  let b = i;
  while (b > s && (LETTER.test(text[b - 1]) || (text[b - 1] === '.' && b - 1 > s && LETTER.test(text[b - 2])))) b -= 1;
  return text.slice(b, i);
}

/** True when the punctuation run [i, j) is only dots and ellipses, two dots at least. */
function isEllipsis(text: string, i: number, j: number): boolean {
  for (let n = i; n < j; n += 1) if (text[n] !== '.' && text[n] !== '…') return false;
  return j - i > 1 || text[i] === '…';
}

function skipSpaces(text: string, k: number, e: number): number {
  let a = k;
  while (a < e && isSpace(text[a])) a += 1;
  return a;
}

/** The word starting after the spaces and opening quotes at k. */
function nextWord(text: string, k: number, e: number): string {
  let a = k;
  while (a < e && (isSpace(text[a]) || text[a] === '"' || text[a] === '«' || text[a] === '“' || text[a] === '(')) a += 1;
  let b = a;
  while (b < e && LETTER_OR_DIGIT.test(text[b])) b += 1;
  return text.slice(a, b);
}
