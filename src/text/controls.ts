// Terminal control sequences and invisible controls in untrusted text: one definition, used at
// ingest (recorded as removals before analysis) and by every view (removed before display), so
// that an article can neither drive a terminal nor hide text, and never turns `ESC]52;…` into a figure.

/**
 * What counts as a control, longest forms first:
 *
 * 1. string commands: OSC (`ESC ]`), DCS (`ESC P`), SOS (`ESC X`), PM (`ESC ^`), APC (`ESC _`) and
 *    their 8-bit forms (U+009D, U+0090, U+0098, U+009E, U+009F), up to their terminator (BEL, `ESC \`
 *    or U+009C); an unterminated one stops at the end of its line, so it cannot swallow the article;
 * 2. CSI (`ESC [` or U+009B) with its parameter and intermediate bytes and one final byte;
 * 3. any other escape: ESC, intermediate bytes, one final byte;
 * 4. single characters: C0 controls other than tab, line feed and carriage return (NUL, BEL,
 *    backspace, form feed ...), DEL and C1 controls; explicit bidi embeddings, overrides and
 *    isolates (U+202A-U+202E, U+2066-U+2069); the byte-order mark / zero-width no-break space
 *    (U+FEFF); interlinear annotation marks (U+FFF9-U+FFFB); and Unicode tag characters
 *    (U+E0000-U+E007F), which can hide text.
 *
 * Implicit directional marks (LRM, RLM, ALM) stay: they cannot reorder beyond themselves, and
 * Arabic text uses them. Line breaks and tabs stay: the views decide how to show them.
 */
const SEQUENCE_SOURCE = [
  String.raw`(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\n\r\u2028\u2029]*?(?:\u0007|\u001b\\|\u009c|(?=[\n\r\u2028\u2029])|$)`,
  String.raw`(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?`,
  String.raw`\u001b[\u0020-\u002f]*[\u0030-\u007e]?`,
].join('|');
const CHARACTER_SOURCE = String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]`;
const CONTROL_SOURCE = `${SEQUENCE_SOURCE}|${CHARACTER_SOURCE}`;

/** Why a control was removed from an article: the `reason` of its Removal. */
export const CONTROL_REASON = 'control';

/** A fresh global pattern (a shared `g` regex keeps `lastIndex` between callers). */
function controlPattern(): RegExp {
  return new RegExp(CONTROL_SOURCE, 'g');
}

/** A cheap first test: most texts hold no control at all and skip the full scan. */
const MAY_HOLD_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\udb40]/;

/** True when the text holds a control sequence or character. */
export function hasControls(text: string): boolean {
  return MAY_HOLD_CONTROL.test(text);
}

/**
 * The [start, end) spans of every control sequence or character, in text order, adjacent ones
 * joined (`ESC[2J ESC[H` right after each other is one span). Linear in the text's length.
 */
export function findControls(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!hasControls(text)) return spans;
  const pattern = controlPattern();
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex += 1; // cannot happen with the pattern above; guards the loop anyway
      continue;
    }
    const end = m.index + m[0].length;
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] === m.index) last[1] = end;
    else spans.push([m.index, end]);
  }
  return spans;
}

/** The text with every control sequence and control character removed (line breaks and tabs kept). */
export function removeControls(text: string): string {
  return hasControls(text) ? text.replace(controlPattern(), '') : text;
}

const BIDI = /^[\u202a-\u202e\u2066-\u2069]+$/;
const SEQUENCE = new RegExp(`^(?:${SEQUENCE_SOURCE})`);

/**
 * What the controls found are, for a person: `2 bidi controls and 1 escape sequence`. A span of
 * adjacent controls counts once, by its first kind.
 */
export function describeControls(spans: readonly string[]): string {
  const count = { 'escape sequence': 0, 'bidi control': 0, 'control character': 0 };
  for (const s of spans) {
    if (SEQUENCE.test(s)) count['escape sequence'] += 1;
    else if (BIDI.test(s)) count['bidi control'] += 1;
    else count['control character'] += 1;
  }
  const parts = Object.entries(count)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${formatCount(n)} ${what}${n === 1 ? '' : 's'}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing');
}

/**
 * A whole number as `toLocaleString('en-US')` writes it (`12,345`) without loading the locale
 * data: the first toLocaleString of a process costs about 9 ms, more than a warning is worth.
 */
export function formatCount(n: number): string {
  return Number.isSafeInteger(n) && n >= 0 ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}

/** The text without its escape sequences (rules 1-3), single control characters kept: what the binary test counts. */
export function removeEscapeSequences(text: string): string {
  return hasControls(text) ? text.replace(new RegExp(SEQUENCE_SOURCE, 'g'), '') : text;
}

/**
 * Characters JSON.stringify leaves raw (it escapes only U+0000-U+001F): DEL, C1 controls, bidi
 * controls and the other invisible controls above, plus the line and paragraph separators.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\u2028\u2029]|\udb40[\udc00-\udc7f]/g;

/**
 * Serialized JSON with those characters written as `\uXXXX` escapes: the data is unchanged (a
 * parser reads the same strings, so offsets still slice), but no control byte reaches a terminal.
 */
export function escapeJsonControls(json: string): string {
  const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  return json.replace(RAW_IN_JSON, (c) => (c.length === 2 ? unit(c.charCodeAt(0)) + unit(c.charCodeAt(1)) : unit(c.charCodeAt(0))));
}
