// Orthographic normalization for matching. The original text is always kept: these functions
// return a new string, and `normalizeWithMap` also says where each output character came from.

/** Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel. */
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u00AD\uFEFF]/;

/** One-character replacements: alef and hamza seats, alef maqsura, ta marbuta, Persian letters, digits, punctuation. */
const REPLACE: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ی': 'ي', 'ي': 'ي', 'ۍ': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك', 'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '،': ',', '؛': ';', '؟': '?', '٬': ',', '٫': '.', '٪': '%', '۔': '.',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '＂': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '`': "'", '´': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u3000': ' ',
};

/** Normalizes one character (a UTF-16 code unit or a whole code point): '' to drop it. */
export function normalizeChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  const replaced = REPLACE[ch];
  if (replaced !== undefined) return replaced;
  const lower = ch.toLowerCase();
  // Latin letters with accents fold to their base letter (é -> e) so `Gallant` matches `Gallánt`.
  if (lower.length === 1 && lower > '\u007f' && lower < '\u0250') {
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length === 1) return base;
  }
  return lower.length === ch.length ? lower : ch;
}

/**
 * Per code unit result of `normalizeChar` for the Basic Multilingual Plane (-1: dropped,
 * -2: not computed yet). `normalizeChar` maps a BMP unit to at most one unit, so normalization
 * can fill a buffer instead of concatenating strings: it runs over whole corpora.
 */
const TABLE = new Int32Array(0x10000).fill(-2);

/** What `normalizeText` makes of one UTF-16 code unit: a code unit, or -1 when it is dropped. */
export function normalizeUnit(code: number): number {
  return code >= 0xd800 && code <= 0xdfff ? code : mapUnit(code);
}

function mapUnit(code: number): number {
  let out = TABLE[code];
  if (out === -2) {
    const norm = normalizeChar(String.fromCharCode(code));
    out = norm === '' ? -1 : norm.charCodeAt(0);
    TABLE[code] = out;
  }
  return out;
}

const UTF16 = new TextDecoder('utf-16le');

/** Normalizes text for matching: Arabic orthographic variants, digits, punctuation, quotes, case. */
export function normalizeText(text: string): string {
  const buffer = new Uint16Array(text.length);
  let k = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Surrogates (emoji, rare scripts) have no variants to fold: kept as they are.
    const mapped = code >= 0xd800 && code <= 0xdfff ? code : mapUnit(code);
    if (mapped >= 0) buffer[k++] = mapped;
  }
  return UTF16.decode(buffer.subarray(0, k));
}

/** Normalized text plus, for each output character, the offset of the input character it came from. */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the input offset of output character i; `offsets[text.length]` is the input length. */
  offsets: number[];
}

export function normalizeWithMap(text: string, from = 0, to = text.length): MappedText {
  let out = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    const mapped = code >= 0xd800 && code <= 0xdfff ? code : mapUnit(code);
    if (mapped < 0) continue;
    offsets.push(i);
    out += String.fromCharCode(mapped);
  }
  offsets.push(to);
  return { text: out, offsets };
}

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
export function plainForm(surface: string): string {
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

/** Arabic letters (the basic block and the presentation forms). */
export const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** True when the string contains any Arabic letter. */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
