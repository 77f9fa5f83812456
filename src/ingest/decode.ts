// Decodes an input file's bytes to text, detecting the encoding rather than guessing it silently:
// byte-order marks, strict UTF-8, a declared HTML charset, then legacy Arabic (windows-1256); and
// tells text from binary data by one documented rule (`isBinaryText`).
import { removeEscapeSequences } from '../text/controls.js';
import { InputError } from './problems.js';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1256`, or a charset an HTML page declares. */
  encoding: string;
}

export const BINARY_MESSAGE = 'looks like a binary file, not an article; pass .txt, .md, .html, .json or .jsonl';
const UNDECODABLE_MESSAGE =
  'looks like a binary file, not an article (it is not UTF-8, UTF-16 or windows-1256 text); pass .txt, .md, .html, .json or .jsonl saved as UTF-8';

/** How many bytes the checks look at: enough to judge, cheap on a 15 MB JSONL file. */
const SAMPLE = 64 * 1024;
/** Above this share of stray control characters a "text" is binary data. */
const MAX_CONTROL_SHARE = 0.02;
/** UTF-16 without a byte-order mark needs at least this many zero bytes on one side (a stray NUL in UTF-8 is not UTF-16). */
const MIN_UTF16_ZEROS = 4;
/** A legacy single-byte decoding is accepted when this share of its non-ASCII characters are letters of the script. */
const MIN_SCRIPT_SHARE = 0.75;

/** Decodes bytes to text; throws InputError (message without the file name) when they are not text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = decodeWithBom(bytes);
  if (bom) return checked(bom);
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.includes(0)) {
    // Zero bytes on one side are UTF-16; elsewhere they are stray NULs the share rule judges.
    const utf16 = utf16WithoutBom(sample);
    if (utf16) return checked({ text: decode(utf16, bytes), encoding: utf16 });
  }
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' });
  const declared = declaredCharset(sample);
  if (declared && declared !== 'utf-8') {
    const text = tryDecode(declared, bytes, false);
    if (text !== null) return checked({ text, encoding: declared });
  }
  const arabic = tryDecode('windows-1256', bytes, false) ?? '';
  if (controlShare(arabic) <= MAX_CONTROL_SHARE && scriptShare(arabic, /[\u0600-\u06FF]/) >= MIN_SCRIPT_SHARE) {
    return { text: arabic, encoding: 'windows-1256' };
  }
  const latin = tryDecode('windows-1252', bytes, false) ?? '';
  if (controlShare(latin) <= MAX_CONTROL_SHARE && scriptShare(latin, /[\u00C0-\u00FF\u2018-\u201E\u2013\u2014\u2026\u20AC\u00A0-\u00BF]/) >= MIN_SCRIPT_SHARE) {
    return { text: latin, encoding: 'windows-1252' };
  }
  if (controlShare(arabic) > MAX_CONTROL_SHARE) throw new InputError(BINARY_MESSAGE);
  throw new InputError(UNDECODABLE_MESSAGE);
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3), true);
    if (text === null) throw new InputError('starts with a UTF-8 byte-order mark but is not valid UTF-8; save it again as UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  // TextDecoder drops the UTF-16 byte-order mark itself (ignoreBOM is false by default).
  if (a === 0xff && b === 0xfe) return { text: decode('utf-16le', bytes), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: decode('utf-16be', bytes), encoding: 'utf-16be' };
  return null;
}

/**
 * UTF-16 without a byte-order mark shows its zero bytes on one side only: spaces, digits and
 * line breaks are `xx 00` in little-endian. Zero bytes on both sides mean binary data.
 */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  const length = sample.length - (sample.length % 2);
  for (let i = 0; i < length; i += 2) {
    if (sample[i] === 0) even += 1;
    if (sample[i + 1] === 0) odd += 1;
  }
  const pairs = length / 2;
  if (pairs === 0) return null;
  if (odd >= Math.max(MIN_UTF16_ZEROS, pairs * 0.05) && even === 0) return 'utf-16le';
  if (even >= Math.max(MIN_UTF16_ZEROS, pairs * 0.05) && odd === 0) return 'utf-16be';
  return null;
}

/** Decodes without failing on bad bytes; a text too long for one string is an input problem, not a crash. */
function decode(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(TOO_LONG_MESSAGE);
    throw error;
  }
}

const TOO_LONG_MESSAGE = 'is too long to read as one text; split it into smaller files';

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(TOO_LONG_MESSAGE);
    return null;
  }
}

/** The charset an HTML page declares in its first bytes (`<meta charset="windows-1256">`), as TextDecoder names it. */
function declaredCharset(sample: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(sample.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1].toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function checked(decoded: DecodedText): DecodedText {
  if (!isTextSample(decoded.text)) throw new InputError(BINARY_MESSAGE);
  return decoded;
}

/** True when the start of a decoded text passes the binary check (the rule below); a text that fails it is reported as binary. */
export function isTextSample(text: string): boolean {
  return controlShare(text) <= MAX_CONTROL_SHARE;
}

/**
 * The rule that tells binary data from text (README, "Input rules"): among the first 64 K
 * characters, the share of stray control characters (C0 controls other than tab, line breaks,
 * vertical tab and form feed; DEL; undecodable bytes, U+FFFD). Terminal escape sequences do not
 * count: they are text a terminal would act on, removed and recorded at ingest, so a short .txt
 * with a few `ESC[31m` is text and a long one with the same sequences is text too.
 */
function controlShare(text: string): number {
  const sample = removeEscapeSequences(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return controls / sample.length;
}

/** Share of the non-ASCII characters that match `script`. */
function scriptShare(text: string, script: RegExp): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let high = 0;
  let inScript = 0;
  for (const ch of sample) {
    if (ch.charCodeAt(0) < 0x80) continue;
    high += 1;
    if (script.test(ch)) inScript += 1;
  }
  return high === 0 ? 0 : inScript / high;
}
