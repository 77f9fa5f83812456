// Makes untrusted article text safe to print on a terminal: no escape sequences, no control
// characters, no explicit bidi overrides, so an article cannot move the cursor, retitle the window,
// write the clipboard (OSC 52) or reorder the screen around it.

/**
 * ESC-introduced sequences, longest first: string commands (OSC, DCS, SOS, PM, APC) up to their
 * terminator (BEL or ST) or the end of the line, CSI with its parameters, then any two-byte escape.
 * The 8-bit forms (U+009B CSI, U+009D OSC, U+0090 DCS ...) are matched the same way.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    // String commands: ESC ] / ESC P / ESC X / ESC ^ / ESC _ and their C1 forms, to BEL or ST; an
    // unterminated one stops at the end of its line so that it cannot swallow the article.
    String.raw`(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\n]*?(?:\u0007|\u001b\\|\u009c|(?=\n)|$)`,
    // CSI: ESC [ or U+009B, parameter and intermediate bytes, one final byte.
    String.raw`(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?`,
    // Any other escape: ESC, optional intermediates, one final byte.
    String.raw`\u001b[\u0020-\u002f]*[\u0030-\u007e]?`,
  ].join('|'),
  'g',
);

/**
 * C0 controls other than tab and newline, DEL, and C1 controls; explicit bidi embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069); the BOM, interlinear annotation marks;
 * and Unicode tag characters, which can hide text. Implicit marks (LRM, RLM, ALM) stay: they
 * cannot reorder beyond themselves and the bidi algorithm reads them.
 */
const UNSAFE_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/**
 * Implicit directional marks and the isolates the views add themselves (article text never
 * keeps its own), which the visual reordering consumes and then drops.
 */
export const DIRECTION_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/g;

/** First strong isolate and pop directional isolate, for values the views isolate. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * The text with terminal escape sequences and control characters removed, tabs as spaces, CR and
 * the Unicode line and paragraph separators as newlines, and explicit bidi controls removed.
 */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\t/g, ' ')
    .replace(UNSAFE_CHAR, '');
}

/** Sanitized and on one line: newlines become spaces (titles, labels, table cells). */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\n+/g, ' ');
}
