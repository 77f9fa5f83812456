// Lines of an article with their offsets, and the line shapes both boilerplate removal and
// metadata reading recognise (source lines, publication lines).
import { normalizeUnit } from '../text/normalize.js';
import { PUBLICATION_LABELS, SOURCE_LABELS } from './lexicons/boilerplate.js';

export interface Line {
  /** Index of the line in the text, from 0. */
  index: number;
  start: number;
  /** Exclusive; excludes the line break (and a `\r` before it). */
  end: number;
  /** The raw line. */
  text: string;
  /**
   * Normalized, trimmed, with runs of spaces made one: what patterns match against. A long line
   * (a paragraph) is normalized only at its opening, where labels and markers stand: normalizing
   * every paragraph in full would make a 15 MB corpus slow.
   */
  norm: string;
  /** True when the line is longer than SHORT_LINE, so `norm` holds only its opening. */
  long: boolean;
}

/** Lines up to this length are normalized in full: widgets, sources and tags are short lines. */
export const SHORT_LINE = 120;
/** How much of a longer line's opening is normalized. */
const OPENING = 32;

/** Splits text into lines, keeping each line's offsets into the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index += 1) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    const raw = text.slice(start, end);
    const long = raw.length > SHORT_LINE;
    lines.push({ index, start, end, text: raw, norm: normalizeLine(long ? raw.slice(0, OPENING) : raw), long });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Code units of the lines being normalized: lines are short, so one buffer serves them all. */
let unitBuffer = new Uint16Array(256);
/** Characters at most per String.fromCharCode call (the engine's argument limit is far above). */
const CHARS_PER_CALL = 8192;

/**
 * Normalized form of a line for pattern matching: `normalizeText(line).replace(/\s+/g, ' ').trim()`
 * in one pass without the copies between those steps (every line of a corpus is normalized).
 */
export function normalizeLine(line: string): string {
  if (unitBuffer.length < line.length) unitBuffer = new Uint16Array(line.length * 2);
  const out = unitBuffer;
  let k = 0;
  let space = false;
  let surrogates = false;
  for (let i = 0; i < line.length; i += 1) {
    const unit = normalizeUnit(line.charCodeAt(i));
    if (unit < 0) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
    if (isSpace(unit)) {
      space = k > 0;
      continue;
    }
    if (space) out[k++] = 0x20;
    space = false;
    out[k++] = unit;
  }
  if (surrogates) pairSurrogates(out, k);
  if (k <= CHARS_PER_CALL) return String.fromCharCode.apply(null, out.subarray(0, k) as unknown as number[]);
  let text = '';
  for (let at = 0; at < k; at += CHARS_PER_CALL) text += String.fromCharCode.apply(null, out.subarray(at, Math.min(k, at + CHARS_PER_CALL)) as unknown as number[]);
  return text;
}

/** A surrogate without its other half becomes U+FFFD, as normalizeText's decoding makes it. */
function pairSurrogates(units: Uint16Array, length: number): void {
  for (let i = 0; i < length; i += 1) {
    const unit = units[i];
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && i + 1 < length && units[i + 1] >= 0xdc00 && units[i + 1] <= 0xdfff) i += 1;
    else units[i] = 0xfffd;
  }
}

/** The characters `\s` matches (and `trim` removes): white space and line terminators. */
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}

export function isBlank(line: Line): boolean {
  return line.norm === '';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of phrases in normalized form, longest first so `Published on` beats `Published`. */
export function phraseAlternation(phrases: readonly string[]): string {
  const forms = [...new Set(phrases.map(normalizeLine))].sort((a, b) => b.length - a.length);
  return forms.map(escape).join('|');
}

// A source line: an optional slash, the label, a colon, a short name (no quotes or sentence
// punctuation), an optional closing slash, then at most a date or time in digits.
const SOURCE_LINE = new RegExp(
  `^/?\\s*(?:${phraseAlternation(SOURCE_LABELS)})\\s*:\\s*([^/:"'.!?,;()\\d][^/:"'.!?,;()]{0,40}?)\\s*/?\\s*([\\d\\s:.\\-/T]*)$`,
);
const PUBLICATION_LINE = new RegExp(`^(?:${phraseAlternation(PUBLICATION_LABELS)})\\s*:\\s*(.{4,60})$`);

export interface SourceLine {
  /** The outlet as written in the raw line. */
  outlet: string;
  /** A date or time written after it (`2023:11:06.09:16`), or null. */
  when: string | null;
}

/**
 * Reads `المصدر: الحرة`, `/مصدر: شينخوا/   2023:11:06.09:16` or `Source: Reuters`; null otherwise.
 * `norm` is the line's normalized form when the caller has it (a Line's `norm`).
 */
export function matchSourceLine(line: string, norm = line.length > SHORT_LINE ? '' : normalizeLine(line)): SourceLine | null {
  if (line.length > SHORT_LINE) return null;
  const m = SOURCE_LINE.exec(norm);
  if (!m) return null;
  const words = m[1].trim().split(' ');
  if (words.length > 5) return null;
  // The name in the raw line: what follows the label's colon, up to a slash or the date.
  const raw = /:\s*([^/]+?)\s*(?:\/|$|\s+\d)/.exec(line.replace(/\u00A0/g, ' '));
  const outlet = (raw?.[1] ?? m[1]).trim();
  const when = m[2].trim();
  return { outlet, when: /\d/.test(when) ? when : null };
}

/** Reads `تاريخ النشر: 21st, June 2024 GMT`: the date as written, or null when the line is not one. */
export function matchPublicationLine(line: string, norm = line.length > SHORT_LINE ? '' : normalizeLine(line)): string | null {
  if (line.length > SHORT_LINE) return null;
  if (!PUBLICATION_LINE.test(norm) || !/\d/.test(norm)) return null;
  const colon = line.indexOf(':');
  return colon === -1 ? null : line.slice(colon + 1).trim();
}
