// Reads a run of digits with separators as one number or several: thousands groups, decimals, clock times, lists.
import type { ScanToken } from './scan.js';
import { clean } from './number-lookup.js';

/** One number read from digits, with its offsets. */
export interface DigitValue {
  start: number;
  end: number;
  value: number;
}

/** Reads a digit token; returns several values when its separators are no number's (`09:16`, `1,2`). */
export function readDigits(text: string, t: ScanToken, scaleFollows: boolean): { values: DigitValue[]; clock: boolean } {
  const norm = t.norm;
  if (!/[.,:]/.test(norm)) return { values: [{ start: t.start, end: t.end, value: Number(norm) }], clock: false };
  const parts = norm.split(/[.,:]/);
  const seps: string[] = norm.match(/[.,:]/g) ?? [];
  const whole = (value: number) => ({ values: [{ start: t.start, end: t.end, value: clean(value) }], clock: false });
  const split = (clock: boolean) => {
    const values: DigitValue[] = [];
    let at = t.start;
    for (const p of parts) {
      values.push({ start: at, end: at + p.length, value: Number(p) });
      at += p.length + 1;
    }
    return { values, clock };
  };
  if (seps.includes(':')) return split(true);
  const grouped = (from: number, to: number) =>
    parts[0].length <= 3 && parts[0] !== '0' && parts.slice(from, to).every((p) => p.length === 3);
  const allSame = seps.every((s) => s === seps[0]);
  const arabicDecimal = text.slice(t.start, t.end).includes('\u066B');
  if (allSame && seps[0] === ',') {
    if (grouped(1, parts.length)) return whole(Number(parts.join('')));
    // `1,5 مليون`: a decimal comma only before a scale word; otherwise the comma lists.
    if (seps.length === 1 && parts[1].length <= 2 && scaleFollows) return whole(Number(`${parts[0]}.${parts[1]}`));
    return split(false);
  }
  if (allSame) {
    if (seps.length === 1) {
      if (!arabicDecimal && !scaleFollows && grouped(1, 2)) return whole(Number(parts.join('')));
      return whole(Number(`${parts[0]}.${parts[1]}`));
    }
    if (grouped(1, parts.length)) return whole(Number(parts.join('')));
    return split(false);
  }
  // Mixed: `1,234.5` or `1.234,5`; the last separator is the decimal one.
  const last = seps[seps.length - 1];
  if (seps.slice(0, -1).every((s) => s !== last) && grouped(1, parts.length - 1)) {
    return whole(Number(`${parts.slice(0, -1).join('')}.${parts[parts.length - 1]}`));
  }
  return split(false);
}
