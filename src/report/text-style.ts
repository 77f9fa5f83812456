// Colour in the plain-text views without trusting article text: the views mark runs with private-use
// characters (U+E000-U+E01F) that no control neutraliser removes; the command line neutralises the
// whole output first, then turns each mark into one of a fixed set of SGR colour codes, or drops
// the marks when colour is off. An article can therefore never add an escape sequence of its own:
// at worst a private-use character it holds becomes a colour change.

/** What a run of text is; the colour follows from it. */
export type TextTone = 'conflict' | 'partial' | 'shared' | 'unique' | 'removed' | 'added' | 'updated' | 'absence' | 'heading' | 'muted';

const TONES: readonly TextTone[] = ['conflict', 'partial', 'shared', 'unique', 'removed', 'added', 'updated', 'absence', 'heading', 'muted'];

/** SGR parameters per tone: red, yellow, green, cyan, red, green, magenta, yellow, bold, dim. */
const SGR: Record<TextTone, string> = {
  conflict: '1;31',
  partial: '33',
  shared: '32',
  unique: '36',
  removed: '31',
  added: '32',
  updated: '35',
  absence: '33',
  heading: '1',
  muted: '2',
};

/** The escape sequences applyTextStyles can write: the only ones the command line lets through. */
export const STYLE_SEQUENCES: readonly string[] = ['\u001b[0m', ...TONES.map((t) => `\u001b[${SGR[t]}m`)];

const FIRST = 0xe000;
/** Closes a run (resets the colour). */
const CLOSE = String.fromCharCode(FIRST);
const OPEN = new Map(TONES.map((t, i) => [String.fromCharCode(FIRST + 1 + i), t]));
const OPEN_OF = new Map(TONES.map((t, i) => [t, String.fromCharCode(FIRST + 1 + i)]));
const MARKS = /[\ue000-\ue01f]/g;

/** The text marked as one tone (runs do not nest: a view marks whole words or whole symbols). */
export function tone(name: TextTone, text: string): string {
  return text === '' ? '' : `${OPEN_OF.get(name)}${text.replace(MARKS, '')}${CLOSE}`;
}

/**
 * The marks turned into SGR colour codes (`color`), or removed. Call it on text that has already
 * passed the control neutraliser: it adds the only escape sequences the output will hold.
 */
export function applyTextStyles(text: string, color: boolean): string {
  if (!color) return text.replace(MARKS, '');
  return text.replace(MARKS, (mark) => {
    if (mark === CLOSE) return '\u001b[0m';
    const name = OPEN.get(mark);
    return name ? `\u001b[${SGR[name]}m` : '';
  });
}
