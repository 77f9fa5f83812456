// Ink's key events as navigation keys. Ink hands a run of plain characters that arrive together
// (fast typing, a paste, keys sent by a script: `jjj\r`) as one string, so such a run is split
// into one key per character here. Most terminals send DEL (0x7f) for Backspace, which Ink
// reports as `delete`, so both mean backspace.
import type { Key } from 'ink';
import type { NavKey } from './navigation.js';

function keyOfChar(ch: string): NavKey | null {
  if (ch === '\r' || ch === '\n') return { name: 'enter' };
  if (ch === '\t') return { name: 'tab' };
  if (ch === '\u007f' || ch === '\b') return { name: 'backspace' };
  if (ch < ' ' || (ch >= '\u0080' && ch <= '\u009f')) return null;
  return { name: 'char', char: ch };
}

export function keysFromInk(input: string, key: Key): NavKey[] {
  if (key.upArrow) return [{ name: 'up' }];
  if (key.downArrow) return [{ name: 'down' }];
  if (key.leftArrow) return [{ name: 'left' }];
  if (key.rightArrow) return [{ name: 'right' }];
  if (key.pageUp) return [{ name: 'pageUp' }];
  if (key.pageDown) return [{ name: 'pageDown' }];
  if (key.home) return [{ name: 'home' }];
  if (key.end) return [{ name: 'end' }];
  if (key.return) return [{ name: 'enter' }];
  if (key.escape) return [{ name: 'escape' }];
  if (key.backspace || key.delete) return [{ name: 'backspace' }];
  if (key.tab) return [{ name: key.shift ? 'shiftTab' : 'tab' }];
  if (key.ctrl || (key.meta && input.length <= 1)) return [];
  return [...input].map(keyOfChar).filter((k): k is NavKey => k !== null);
}
