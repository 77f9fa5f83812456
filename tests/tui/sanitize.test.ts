import { describe, expect, it } from 'vitest';
import { sanitizeLine, sanitizeText } from '../../cli/tui/sanitize.js';
import { seedLines } from '../support/seeds.js';

// A real line of the 004 article (7 February 2024), with attacks put around and inside it.
const line = seedLines('004').find((l) => l.includes('(أوتشا)'))!;
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sanitizeText', () => {
  it.each([
    ['window title (OSC 0, BEL)', `\u001b]0;pwned\u0007${line}`],
    ['clipboard write (OSC 52, ST)', `${line}\u001b]52;c;ZWNobyBoaQ==\u001b\\`],
    ['hyperlink (OSC 8)', `\u001b]8;;https://evil.example\u001b\\${line}\u001b]8;;\u001b\\`],
    ['clear screen and cursor home (CSI)', `\u001b[2J\u001b[H${line}`],
    ['colours (SGR)', `\u001b[31;1m${line}\u001b[0m`],
    ['8-bit CSI and OSC', `\u009b2J${line}\u009d0;title\u0007`],
    ['device control string', `\u001bPq#0;2;0;0;0\u001b\\${line}`],
    ['character set switch (ESC ( 0)', `\u001b(0${line}\u001b(B`],
    ['bell, backspace and NUL', `\u0007\u0008\u0000${line}`],
    ['explicit bidi override inside the text', line.replace('الأمم المتحدة', '\u202eالأمم المتحدة\u202c')],
    ['bidi isolates inside the text', line.replace('(أوتشا)', '\u2067(أوتشا)\u2069')],
  ])('removes %s and keeps the article text', (_name, attacked) => {
    const clean = sanitizeText(attacked);
    expect(clean).toBe(line);
    expect(clean).not.toMatch(UNSAFE);
  });

  it('stops an unterminated OSC at the end of its line instead of swallowing the article', () => {
    const [first, second] = seedLines('003');
    expect(sanitizeText(`\u001b]0;title ${first}\n${second}`)).toBe(`\n${second}`);
  });

  it.each([
    ['CR LF and lone CR as newlines', 'أ\r\nب\rج', 'أ\nب\nج'],
    ['tabs as spaces', 'بلينكن\tنتنياهو', 'بلينكن نتنياهو'],
    ['the line and paragraph separators as newlines', 'أ\u2028ب\u2029ج', 'أ\nب\nج'],
  ])('turns %s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('keeps what the text needs: diacritics, ZWNJ, implicit marks, emoji, newlines', () => {
    const text = 'حذّرت مصر\u200cها \u200fرفح\u200e 🙂\nسطر';
    expect(sanitizeText(text)).toBe(text);
  });

  it('puts a paragraph on one line for cells and titles', () => {
    expect(sanitizeLine('عنوان\nالمقال\u001b[2K')).toBe('عنوان المقال');
  });
});
