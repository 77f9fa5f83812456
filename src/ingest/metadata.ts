// An article's title, outlet, date, URL and language, from its fields when the format has
// them, else from its text; each says where it came from, and nothing is invented. The outlet
// also comes from the URL's domain when the table of known outlets has it (./outlets.ts).
import type { Article, Language, Removal, Span } from '../types.js';
import { pad, validDay } from '../text/calendar.js';
import { findDates, parseDateValue } from '../text/dates.js';
import { detectLanguageOutside, type LanguageGuess } from '../text/language.js';
import { FILENAME_NOISE } from './lexicons/metadata.js';
import { guessedOutletWarning, identifyOutlet, NO_OUTLET_WARNING } from './outlets.js';
import { isBlank, matchPublicationLine, matchSourceLine, normalizeLine, splitLines, type Line } from './lines.js';
import { OPENING_REASONS } from './boilerplate.js';
import { knownName } from './credits.js';
import { matchDateline } from './dateline.js';

export { matchDateline, type Dateline } from './dateline.js';

/** Metadata a format gives directly (JSON fields, HTML meta tags). */
export interface RecordFields {
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  /** Who wrote or filed it (`بكين - فرانس برس`, `Jane Doe, Reuters`): read as provenance. */
  byline?: string | null;
}

export interface MetadataInput {
  text: string;
  /** Boilerplate found in the text (found even when it is kept), in text order. */
  boilerplate: Removal[];
  fields: RecordFields;
  /** Markdown titles lose their leading `#`s. */
  markdown?: boolean;
  /** The file name without extension, for the last-resort outlet; null for stdin. */
  fileName: string | null;
  /** The text's lines, when the caller has split it already. */
  lines?: Line[];
  /** The language of the text outside `boilerplate` (detectLanguageOutside), when the caller has detected it. */
  language?: LanguageGuess;
}

/** The metadata fields of an Article, as read from the input. */
export type ArticleMetadata = Pick<Article, 'title' | 'titleSpan' | 'outlet' | 'outletFrom' | 'outletInfo' | 'date' | 'dateFrom' | 'instant' | 'url' | 'language' | 'warnings'>;

/** How many lines from the top a dateline or a lead date may stand in. */
const LEAD_LINES = 3;

/** Reads an article's metadata: fields first, then the text, then (for the outlet) the file name. */
export function readMetadata(input: MetadataInput): ArticleMetadata {
  const warnings: string[] = [];
  const lines = input.lines ?? splitLines(input.text);
  // A dateline or byline that opens a line leaves the rest of it to the article (and its title).
  const openings = input.boilerplate.filter((r) => OPENING_REASONS.has(r.reason) && opensLine(input.text, r));
  const hiding = input.boilerplate.filter((r) => !openings.includes(r));
  const body = linesOutside(lines, hiding).filter((l) => !isBlank(l));
  // Lines outside read-also blocks: a source line there belongs to another story.
  const own = linesOutside(lines, input.boilerplate.filter((r) => r.reason === 'read-also'));

  const { title, titleSpan } = readTitle(input, body, openings, warnings);
  const lead = body.filter((l) => !titleSpan || !(l.start <= titleSpan.start && titleSpan.start < l.end)).slice(0, LEAD_LINES);
  const outlet = readOutlet(input, own, lead, warnings);
  const date = readDate(input, own, titleSpan ? body.slice(0, LEAD_LINES) : lead, lead, warnings);
  const language = readLanguage(input, warnings);
  const url = clean(input.fields.url);
  return { title, titleSpan, ...outlet, ...date, url, language, warnings };
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/**
 * The lines no removal touches (a blank line is never touched), in one sweep over lines and
 * removals in text order: a page with 20,000 repeated lines must not cost lines x removals.
 */
function linesOutside(lines: readonly Line[], removals: readonly Removal[]): Line[] {
  const sorted = [...removals].sort((a, b) => a.start - b.start);
  const out: Line[] = [];
  let r = 0;
  // The furthest end among the removals that start before the line ends: the line is touched
  // when it reaches past the line's start.
  let reach = -Infinity;
  for (const line of lines) {
    while (r < sorted.length && sorted[r].start < line.end) reach = Math.max(reach, sorted[r++].end);
    if (reach <= line.start || line.text.trim() === '') out.push(line);
  }
  return out;
}

/** True when text follows the removal on its line: it takes the line's opening, not the line. */
function opensLine(text: string, r: Removal): boolean {
  const nl = text.indexOf('\n', r.end);
  return /[\p{L}\p{N}]/u.test(text.slice(r.end, nl === -1 ? text.length : nl));
}

/** The line's text past any dateline or byline opening it, and up to a headline break in it. */
function lineSpan(line: Line, openings: readonly Removal[] = []): Span {
  let start = line.start + (line.text.length - line.text.trimStart().length);
  let end = line.start + line.text.trimEnd().length;
  for (const r of openings) {
    if (r.start < line.start || r.start >= line.end) continue;
    if (r.reason === 'headline-break') end = Math.min(end, r.start);
    else if (r.start <= start) start = Math.max(start, r.end);
  }
  while (start < end && /\s/.test(line.text[start - line.start])) start += 1;
  return { start, end, text: line.text.slice(start - line.start, end - line.start) };
}

// --- title ---------------------------------------------------------------------------------

function readTitle(input: MetadataInput, body: Line[], openings: readonly Removal[], warnings: string[]): { title: string; titleSpan: Span | null } {
  const field = clean(input.fields.title);
  const first = body[0];
  if (field) {
    // The title stands in the text when the first line repeats it (an HTML page's heading), or
    // when a byline fused with it was split off (`Posted on ... by ... <headline> <lead>`).
    // Compare only lines of about the title's length: normalizing a paragraph is slow.
    const span = first ? lineSpan(first, openings) : null;
    const near = span && Math.abs(span.text.length - field.length) <= field.length / 4 + 4;
    const same = near && normalizeLine(stripHashes(span.text)) === normalizeLine(field);
    return { title: field, titleSpan: same ? span : null };
  }
  if (first) {
    const span = lineSpan(first, openings);
    const title = input.markdown ? stripHashes(span.text) : span.text.replace(/\s+/g, ' ').trim();
    return { title, titleSpan: span };
  }
  warnings.push('no title found: the text has no line outside boilerplate');
  return { title: input.fileName ?? '', titleSpan: null };
}

function stripHashes(line: string): string {
  return line.replace(/^\s*#+\s*/, '').replace(/\s+#+\s*$/, '').replace(/\s+/g, ' ').trim();
}

// --- outlet --------------------------------------------------------------------------------

type OutletResult = Pick<ArticleMetadata, 'outlet' | 'outletFrom' | 'outletInfo'>;

/**
 * The outlet: a field (named as the table of known outlets names it when it is one of them), the
 * URL's domain when the table knows it, a source line, a dateline, and last the file name.
 */
function readOutlet(input: MetadataInput, own: Line[], lead: Line[], warnings: string[]): OutletResult {
  const identified = identifyOutlet(clean(input.fields.outlet), clean(input.fields.url));
  if (identified) {
    const found: OutletResult = { outlet: identified.outlet, outletFrom: identified.from };
    return identified.info ? { ...found, outletInfo: identified.info } : found;
  }
  for (const line of own) {
    if (line.long) continue;
    const source = matchSourceLine(line.text, line.norm);
    if (source) return { outlet: source.outlet, outletFrom: 'source-line' };
  }
  for (const dateline of [...leadDatelines(input), ...lead.map((l) => matchDateline(l.text))]) {
    // A byline names an outlet only when it is a known one (`Posted on ... by Reuters`, not a person).
    if (dateline?.outlet && (dateline.kind === 'dateline' || knownName(dateline.outlet))) return { outlet: dateline.outlet, outletFrom: 'dateline' };
  }
  const fromName = outletFromFileName(input.fileName);
  if (fromName) {
    warnings.push(guessedOutletWarning(fromName));
    return { outlet: fromName, outletFrom: 'filename' };
  }
  warnings.push(NO_OUTLET_WARNING);
  return { outlet: null, outletFrom: null };
}

/** The datelines and bylines boilerplate removal found opening the lead, read again for what they name. */
function leadDatelines(input: MetadataInput) {
  return input.boilerplate.filter((r) => r.reason === 'dateline' || r.reason === 'byline').map((r) => matchDateline(r.text));
}

/** An outlet name in a file name (`aljazeera-2024-02-07` -> `aljazeera`), or null when it has none. */
export function outletFromFileName(fileName: string | null): string | null {
  if (!fileName) return null;
  const noise = new Set(FILENAME_NOISE);
  const words = fileName
    .split(/[\s_.\-]+/)
    .filter((w) => /\p{L}{2,}/u.test(w) && !/^[0-9a-f]{6,}$/i.test(w) && !/\d{3,}/.test(w) && !noise.has(w.toLowerCase()));
  return words.length > 0 ? words.join(' ') : null;
}

// --- date ----------------------------------------------------------------------------------

type DateResult = Pick<ArticleMetadata, 'date' | 'dateFrom' | 'instant'>;

function readDate(input: MetadataInput, own: Line[], top: Line[], lead: Line[], warnings: string[]): DateResult {
  const field = clean(input.fields.date);
  if (field) {
    const feed = feedDate(field);
    if (feed) return { date: feed.date, dateFrom: 'field', ...(feed.instant && { instant: feed.instant }) };
    const date = parseDateValue(field);
    if (date) return { date, dateFrom: 'field' };
    warnings.push(`date field "${field}" could not be read as a date; looked for one in the text`);
  }
  // A publication line beats dates in the text: it says when the outlet published.
  for (const line of own) {
    if (line.long) continue;
    const value = matchPublicationLine(line.text, line.norm) ?? matchSourceLine(line.text, line.norm)?.when ?? null;
    const date = value ? readDateValue(value) : null;
    if (date) return { date, dateFrom: 'source-line' };
  }
  for (const dateline of [...leadDatelines(input), ...lead.map((l) => matchDateline(l.text))]) {
    const date = dateline && dateline.place ? firstFullDate(dateline.place) : null;
    if (date) return { date, dateFrom: 'dateline' };
  }
  for (const line of top) {
    const date = firstFullDate(line.text);
    if (date) return { date, dateFrom: 'text' };
  }
  return { date: null, dateFrom: null };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A news feed's date (RFC 822, as RSS writes it): `Fri, 04 May 2018 19:30:37 +0400`. */
const FEED_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|[+-]\d{4})$/;

/**
 * What parseDateValue reads in a feed's date, the day and the time as written (the local day the
 * text's "today" means), without the date scanner: most records of a scraped corpus carry one; and
 * the same moment in UTC, which orders reports of outlets in different zones (Al Arabiya's 08:25
 * +0400 is 04:25 GMT, before CNN's 05:56 GMT). Null when the value is not such a date or is one
 * parseDateValue must judge (no such day or time, a year outside 1900-2100).
 */
function feedDate(value: string): { date: string; instant: string } | null {
  const m = FEED_DATE.exec(value);
  if (!m) return null;
  const [day, month, year, hour, minute, second] = [Number(m[1]), MONTHS.indexOf(m[2]) + 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
  if (year < 1900 || year > 2100 || !validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const zone = m[7] === 'GMT' ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(3, 5)));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - zone * 60_000;
  return { date: `${m[3]}-${pad(month)}-${m[1]}T${m[4]}:${m[5]}`, instant: new Date(utc).toISOString().replace('.000Z', 'Z') };
}

function readDateValue(value: string): string | null {
  return parseDateValue(value) ?? firstFullDate(value);
}

/** The first date with a day in the text; weekdays alone are not dates without a reference. */
function firstFullDate(text: string): string | null {
  const mention = findDates(text, { reference: null }).find((d) => d.precision === 'day' && d.iso);
  return mention?.iso ?? null;
}

// --- language ------------------------------------------------------------------------------

function readLanguage(input: MetadataInput, warnings: string[]): Language {
  // Judge the article, not the links around it.
  const { text, boilerplate } = input;
  const guess = input.language ?? detectLanguageOutside(text, boilerplate);
  if (guess.mixed) {
    const share = Math.round(guess.arabicShare * 100);
    warnings.push(`mixed languages: ${share}% of the letters are Arabic; sentences in the other language may be matched poorly`);
  } else if (guess.language === 'unknown' && /\p{L}/u.test(text)) {
    warnings.push('language not recognised as Arabic or English; claims may be split or matched poorly');
  }
  return guess.language;
}
