// Datelines and bylines at the start of a lead line: where the story was filed and whom it credits
// (`بكين - فرانس برس`, `أتلانتا، الولايات المتحدة الأمريكية (CNN)--`, `WASHINGTON (AP) —`,
// `WASHINGTON —`, `(Reuters) -`, `Posted on <date> by <outlet>`). Read by the metadata (the
// outlet, the date), removed as boilerplate, and kept as provenance.
import { DATELINE_NOT_OUTLET } from './lexicons/metadata.js';
import { BYLINE_OPENERS } from './lexicons/provenance.js';
import { knownName } from './credits.js';
import { normalizeLine } from './lines.js';
import { findDates } from '../text/dates.js';

export interface Dateline {
  /** The credited outlet or agency as written (`CNN`, `فرانس برس`), or '' when the dateline names none (`WASHINGTON —`). */
  outlet: string;
  /** The text before the credit (a place and maybe a date), trimmed; '' when there is none. */
  place: string;
  /** Span of the whole dateline in the line, with the dash or colon after it and the spaces before the story. */
  start: number;
  end: number;
  /** `dateline` (a place and/or a credit opening the lead) or `byline` (`Posted on ... by ...`, `By ...`). */
  kind: 'dateline' | 'byline';
}

const NOT_OUTLET = new Set(DATELINE_NOT_OUTLET.map(normalizeLine));
// A lead's opening: up to six words (a place, a date), the outlet in brackets, then a dash,
// a colon or the story: `عمان 4 نوفمبر 2023 (شينخوا) أكد`, `WASHINGTON (AP) —`, `(CNN)--`.
const BRACKETED = /^([^()\n.!?؟"«»]{0,80}?)\(\s*([^()\n]{2,30}?)\s*\)\s*(?:[-–—―]{1,2}|:)?\s*/u;
// `WASHINGTON —`, `HARTFORD, Conn. —`, `KANSAS CITY, Mo. –-`: a place in capitals, maybe a state, a dash.
// A lone hyphen needs a space before it (`HARTFORD-based` is a word).
const CAPITALS = /^(\p{Lu}[\p{Lu}'’. ]{1,30}?(?:,\s*\p{Lu}[\p{L}.]{1,12}(?:\s\p{Lu}[\p{L}.]{1,12})?)?)(?:\s+-{1,2}|\s*(?:--|–-|—|–|―))\s*/u;
// `بكين - فرانس برس`, `بو (فرنسا) - فرانس برس:`: a short place, a dash (or tatweel as a dash), a known credit.
// Tatweel serves as a dash only after a space (`دبي ـ العربية.نت`; `لـ"العربية.نت"` is a clitic).
const DASHED = /^([^\n\-–—―ـ:.!?؟"«»]{2,40}?)(?:\s+ـ|\s*[-–—―])\s*([^\n\-–—―ـ:!?؟]{2,40}?)\s*(?:[:\-–—―]\s*|\s+ـ\s*|$)/u;
// `By Jane Doe`, `By Jane Doe, Reuters`, `بقلم: فلان`: a short line that only names who wrote it.
const BY_LINE = /^(?:By|بقلم|كتب|كتبت)\s*:?\s+([^\n.!?؟:"«»]{2,60})$/u;
const OPENERS = BYLINE_OPENERS.map((o) => o.toLowerCase());
/** Characters of a line that can hold an opener and the space after it, with room to spare. */
const OPENING = 2 * Math.max(...OPENERS.map((o) => o.length)) + 8;

/** Reads a dateline or byline at the start of a lead line, or null. */
export function matchDateline(line: string): Dateline | null {
  const offset = line.length - line.trimStart().length;
  const body = line.slice(offset);
  const found = bracketed(body) ?? capitals(body) ?? dashed(body) ?? posted(body) ?? byLine(body);
  return found && { ...found, start: found.start + offset, end: found.end + offset };
}

function bracketed(line: string): Dateline | null {
  const m = BRACKETED.exec(line);
  if (!m) return null;
  const place = m[1].trim();
  const outlet = m[2].trim();
  // A place is a word or three (`لندن، بريطانيا`); with a date (`عمان 4 نوفمبر 2023`) up to six.
  // Longer openings are sentences that cite an agency: `وقالت وكالة الأنباء الصينية الرسمية (شينخوا)`.
  // A known credit followed by a dash allows a longer place: `أتلانتا، الولايات المتحدة الأمريكية (CNN)--`.
  const marked = /[-–—―:]\s*$/.test(m[0]);
  const words = place.split(/\s+/).filter(Boolean).length;
  if (words > (hasDate(place) || (marked && knownName(outlet)) ? 6 : 3)) return null;
  if (outlet.split(/\s+/).length > 4 || /\d/.test(outlet) || NOT_OUTLET.has(normalizeLine(outlet))) return null;
  // Without a dash or colon after the brackets, only a date before them makes it a dateline
  // (`عمان 4 نوفمبر 2023 (شينخوا) أكد`): `وقالت (إس.أو.إس ميديتريني) في بيان` is a sentence.
  if (!marked && !hasDate(place)) return null;
  return { outlet, place, start: 0, end: m[0].length, kind: 'dateline' };
}

/** A date with a day or a year (`4 نوفمبر 2023`, `March 5`), not any number (`7 أشخاص`). */
function hasDate(place: string): boolean {
  return /\d/.test(place) && findDates(place, { reference: null }).some((d) => d.iso !== null && d.precision !== 'weekday');
}

function capitals(line: string): Dateline | null {
  const m = CAPITALS.exec(line);
  if (!m) return null;
  const place = m[1].trim();
  // The city is in capitals (`WASHINGTON`, `KANSAS CITY`): at least three letters, at most three words.
  const city = place.split(',')[0];
  if (city.replace(/[^\p{Lu}]/gu, '').length < 3 || city.split(/\s+/).length > 3) return null;
  return { outlet: '', place, start: 0, end: m[0].length, kind: 'dateline' };
}

function dashed(line: string): Dateline | null {
  const m = DASHED.exec(line);
  if (!m) return null;
  const known = knownName(m[2]);
  if (!known) return null;
  const place = m[1].trim();
  // A place of a word or three (`بو (فرنسا)`, `الأمم المتحدة`), not a sentence.
  if (place.split(/\s+/).length > 4 || knownName(place)) return null;
  return { outlet: m[2].trim(), place, start: 0, end: m[0].length, kind: 'dateline' };
}

/** `Posted on June 5, 2018 by Reuters`, `By Jane Doe, Reuters`: the credited name, its date, its end. */
function posted(line: string): Dateline | null {
  // Only the opening is compared: lowering a whole paragraph for it cost more than the rest of this.
  const lower = line.slice(0, OPENING).toLowerCase();
  const opener = OPENERS.find((o) => lower.startsWith(`${o} `));
  if (!opener || !/^posted|^published/.test(opener)) return null;
  const by = / by\s+/i.exec(line.slice(0, 80));
  if (!by) return null;
  const rest = line.slice(by.index + by[0].length);
  const name = creditedName(rest);
  if (!name) return null;
  const end = by.index + by[0].length + name.length;
  const after = /^\s*[|:\-–—]?\s*/.exec(line.slice(end))?.[0].length ?? 0;
  return { outlet: name.trim(), place: '', start: 0, end: end + after, kind: 'byline' };
}

/**
 * The name a byline credits at the start of `rest`: the longest known agency or outlet, else up to
 * three capitalised words (a person), else the whole rest when it is short.
 */
function creditedName(rest: string): string | null {
  const words = rest.split(/(?<=\S)(?=\s)/);
  for (let n = Math.min(5, words.length); n >= 1; n -= 1) {
    const candidate = words.slice(0, n).join('');
    if (knownName(candidate)) return candidate;
  }
  if (rest.trim().split(/\s+/).length <= 4) return rest.trimEnd();
  const person = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Lu}[\p{L}'’-]*/u.exec(rest);
  return person ? person[0] : null;
}

function byLine(line: string): Dateline | null {
  const m = BY_LINE.exec(line.trimEnd());
  if (!m || m[1].trim().split(/\s+/).length > 8) return null;
  return { outlet: m[1].trim(), place: '', start: 0, end: line.trimEnd().length, kind: 'byline' };
}
