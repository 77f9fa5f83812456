// Dates in Arabic and English text and metadata date values, as ISO strings read against the article's date.
//
// The recipe is in date-scanner.ts; date-resolve.ts fills in the years a text leaves out.
import type { DateMention } from '../types.js';
import { normalizeText } from './normalize.js';
import { scanTokens } from './scan.js';
import { scanDates } from './date-scanner.js';
import { resolveRaw, type Ymd } from './date-resolve.js';
import { pad, validDay } from './calendar.js';

export { resolveWeekday } from './calendar.js';

function readReference(reference: string | null | undefined): Ymd | null {
  if (!reference) return null;
  const iso = parseDateValue(reference);
  if (!iso) return null;
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/**
 * Dates mentioned in `text`. With a `reference` (the article's date, ISO), yearless dates take the
 * nearest fitting year (`31 مايو الماضي` -> the last 31 May before it) and weekdays resolve to the most
 * recent such day on or before it. Without one, a yearless day or month is left out (no year is
 * invented) and a weekday keeps `iso: null`.
 */
export function findDates(text: string, options: { reference?: string | null } = {}): DateMention[] {
  const ref = readReference(options.reference);
  const mentions: DateMention[] = [];
  for (const raw of scanDates(text, scanTokens(text))) {
    const iso = resolveRaw(raw, ref);
    if (iso === null && raw.precision !== 'weekday') continue;
    mentions.push({ start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), iso, precision: raw.precision });
  }
  return mentions;
}

const ISO_VALUE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$/i;
const ODD_VALUE = /^(\d{4}):(\d{2}):(\d{2})\.(\d{2}):(\d{2})$/;

/**
 * A metadata field value as ISO `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when it gives a time; null when it
 * is no full date. Times are kept as written (the outlet's local time): `+0400` is not applied, so the
 * calendar day stays the one the outlet printed.
 */
export function parseDateValue(value: string): string | null {
  const v = normalizeText(value.trim());
  if (v === '') return null;
  const iso = ISO_VALUE.exec(v) ?? ODD_VALUE.exec(v);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDay(y, m, d)) return null;
    const date = `${iso[1]}-${pad(m)}-${pad(d)}`;
    if (iso[4] === undefined) return date;
    const [h, mi] = [Number(iso[4]), Number(iso[5])];
    return h > 23 || mi > 59 ? date : `${date}T${pad(h)}:${pad(mi)}`;
  }
  const raw = scanDates(value, scanTokens(value)).find((r) => r.year !== null && r.month !== null && r.day !== null);
  if (!raw) return null;
  const date = `${pad(raw.year!, 4)}-${pad(raw.month!)}-${pad(raw.day!)}`;
  return raw.time ? `${date}T${raw.time}` : date;
}
