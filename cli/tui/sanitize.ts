// Makes untrusted article text safe to print on a terminal: no escape sequences, no control
// characters, no explicit bidi overrides, so an article cannot move the cursor, retitle the window,
// write the clipboard (OSC 52) or reorder the screen around it. What counts as a control is
// defined once, in src/text/controls.ts, for ingest and for every view.
import { removeControls } from '../../src/text/controls.js';

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
  return removeControls(text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')).replace(/\t/g, ' ');
}

/** Sanitized and on one line: newlines become spaces (titles, labels, table cells). */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\n+/g, ' ');
}
