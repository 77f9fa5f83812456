// Ink's key events as navigation keys. Most terminals send DEL (0x7f) for Backspace, which Ink
// reports as `delete`, so both mean backspace here.
import type { Key } from 'ink';
import type { NavKey } from './navigation.js';

export function keyFromInk(input: string, key: Key): NavKey | null {
  if (key.upArrow) return { name: 'up' };
  if (key.downArrow) return { name: 'down' };
  if (key.leftArrow) return { name: 'left' };
  if (key.rightArrow) return { name: 'right' };
  if (key.pageUp) return { name: 'pageUp' };
  if (key.pageDown) return { name: 'pageDown' };
  if (key.home) return { name: 'home' };
  if (key.end) return { name: 'end' };
  if (key.return) return { name: 'enter' };
  if (key.escape) return { name: 'escape' };
  if (key.backspace || key.delete) return { name: 'backspace' };
  if (key.tab) return { name: key.shift ? 'shiftTab' : 'tab' };
  if (key.ctrl || key.meta) return null;
  // A paste arrives as one string: keep its printable characters (search input).
  const text = [...input].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  if (!text) return null;
  return { name: 'char', char: text };
}
