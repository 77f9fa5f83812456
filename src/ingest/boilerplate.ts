// Finds the text of a news page that is not the article (read-also links, tags, breadcrumbs,
// widgets, source lines, duplicated captions) and records each removal with its reason.
// Nothing is deleted from the text: the removals say which spans later stages skip.
import type { Language, Removal } from '../types.js';
import {
  BREADCRUMB_HOME,
  BREADCRUMB_SEPARATORS,
  BULLETS,
  CALL_TO_ACTION,
  CAPTION_WORDS,
  CREDIT_PREFIXES,
  READ_ALSO_MARKERS,
  TAG_LABELS,
  WIDGET_LINES,
  WIDGET_LIST_LINES,
  WIDGET_PREFIXES,
} from './lexicons/boilerplate.js';
import { isBlank, matchPublicationLine, matchSourceLine, normalizeLine, phraseAlternation, splitLines, type Line } from './lines.js';
import { matchDateline } from './dateline.js';

/** Why a stretch was removed; the codes are short so reports can count them. */
export type RemovalReason =
  | 'breadcrumb'
  | 'source-line'
  | 'publication-line'
  | 'tags'
  | 'widget'
  | 'credit'
  | 'caption-duplicate'
  | 'duplicate'
  | 'read-also'
  | 'caption'
  | 'dateline'
  | 'byline'
  | 'headline-break';

/** Reasons of removals that may take only the opening of a line: the rest of the line is the article. */
export const OPENING_REASONS: ReadonlySet<string> = new Set(['dateline', 'byline', 'headline-break']);

const SEPARATOR = String.raw`(?:\s*(?::|\.{2,}|…|/|-|–|—|\|)\s*)`;
const READ_ALSO = new RegExp(`^(?:${phraseAlternation(READ_ALSO_MARKERS)})(?:\\s+(?:في|on|from)\\s+[^:]{1,30})?(?:${SEPARATOR}(.*))?$`, 'i');
const WIDGET = new RegExp(`^(?:${phraseAlternation(WIDGET_LINES)})\\s*:?$`, 'i');
const WIDGET_LIST = new RegExp(`^(?:${phraseAlternation(WIDGET_LIST_LINES)})\\s*:?$`, 'i');
const WIDGET_PREFIX = new RegExp(`^(?:${phraseAlternation(WIDGET_PREFIXES)})(?:\\s|:|$)`, 'i');
const ACTION = new RegExp(phraseAlternation(CALL_TO_ACTION), 'i');
const TAGS = new RegExp(`^(?:${phraseAlternation(TAG_LABELS)})\\s*(:|$)(.*)$`, 'i');
const CAPTION_WORD = new RegExp(phraseAlternation(CAPTION_WORDS), 'i');
const BULLET = new RegExp(`^(?:${BULLETS.map((b) => b.replace(/[-*]/g, '\\$&')).join('|')})\\s*`);
const CREDIT = new RegExp(`^(?:${phraseAlternation(CREDIT_PREFIXES)})`, 'i');

/** Lines of a list under a read-also or widget heading are headlines: short, no final full stop. */
const HEADLINE_MAX = 140;
/** At most this many headlines follow one heading; a longer run is more likely the article. */
const LIST_MAX = 8;

interface Found {
  first: number;
  last: number;
  reason: RemovalReason;
  /** Offsets in the text when only part of a line goes (a dateline opening the lead). */
  span?: [number, number];
}

/** The state the steps share: the lines, which are taken, and what was found. */
interface Pass {
  lines: Line[];
  taken: boolean[];
  found: Found[];
}

/**
 * Finds boilerplate in an article's text, in text order. Both lexicons (Arabic and English)
 * always apply, because scraped Arabic pages carry English widgets and the reverse; `language`
 * is accepted (and not read yet) so that language-specific steps can be added without changing
 * callers; ingest judges the language after this, without the boilerplate. `lines` saves
 * splitting the text again when the caller has split it.
 */
export function removeBoilerplate(text: string, language: Language | undefined, lines: Line[] = splitLines(text), title: string | null = null): Removal[] {
  void language;
  const pass: Pass = { lines, taken: lines.map(() => false), found: [] };
  findBreadcrumb(pass); // 1. a trail of links among the first lines (`الصفحة الرئيسية >> العالم`)
  findSourceLines(pass); // 2. source and publication lines (`/مصدر: شينخوا/ ...`, `تاريخ النشر: ...`)
  findDateline(pass, title); // 2b. the lead's dateline or byline (`بكين - فرانس برس`, `(CNN)--`, `Posted on ... by ...`)
  findTags(pass); // 3. tag lists (`كلمات دلالية: ...`)
  findWidgets(pass); // 4. widget headings and calls to action (`اخترنا لك`, `شارك`, `اضغط هنا`)
  findCredit(pass); // 5. a closing credit line (`فرانس24/ أ ف ب`)
  findDuplicates(pass); // 6. a line repeated at once: a photo caption and its copy
  findReadAlso(pass); // 7. read-also links, and after the article's end everything that follows
  return toRemovals(text, pass);
}

function take(pass: Pass, first: number, last: number, reason: RemovalReason): void {
  for (let i = first; i <= last; i += 1) pass.taken[i] = true;
  pass.found.push({ first, last, reason });
}

function free(pass: Pass, i: number): boolean {
  return i < pass.lines.length && !pass.taken[i] && !isBlank(pass.lines[i]);
}

/** Indices of the non-blank lines that nothing has taken yet. */
function bodyLines(pass: Pass): number[] {
  return pass.lines.filter((l) => free(pass, l.index)).map((l) => l.index);
}

function findBreadcrumb(pass: Pass): void {
  for (const i of bodyLines(pass).slice(0, 3)) {
    const raw = pass.lines[i].text.trim();
    if (raw.length > 100) continue;
    const sep = BREADCRUMB_SEPARATORS.find((s) => raw.includes(s));
    if (!sep) continue;
    const parts = raw.split(sep).map((p) => p.trim());
    const short = parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 4);
    const home = BREADCRUMB_HOME.some((h) => normalizeLine(parts[0]) === normalizeLine(h));
    if (short && (home || parts.length >= 3)) take(pass, i, i, 'breadcrumb');
  }
}

function findSourceLines(pass: Pass): void {
  for (const i of bodyLines(pass)) {
    const { text, norm, long } = pass.lines[i];
    if (long) continue;
    if (matchSourceLine(text, norm)) take(pass, i, i, 'source-line');
    else if (matchPublicationLine(text, norm)) take(pass, i, i, 'publication-line');
  }
}

/** Lines the dateline may stand in: the title line (a text file's first line), the lead, one more. */
const DATELINE_LINES = 3;

/**
 * A dateline or byline opens the lead: `أتلانتا، الولايات المتحدة الأمريكية (CNN)--`, `بكين - فرانس
 * برس`, `WASHINGTON (AP) —`, `Posted on <date> by <outlet>`. It says where the story was filed and
 * whom it credits (read as provenance), not what happened: left in, its place would read as the
 * event's place and the first claim would start with it. A line that is only a byline goes whole;
 * then the next line may hold the dateline. When a byline is fused with the headline (the record's
 * `title`) and the lead on one line, the space after the headline goes too (`headline-break`), so
 * the headline stands as its own claim.
 */
function findDateline(pass: Pass, title: string | null): void {
  for (const i of bodyLines(pass).slice(0, DATELINE_LINES)) {
    const line = pass.lines[i];
    const m = matchDateline(line.text);
    if (!m) continue;
    const reason: RemovalReason = m.kind;
    const rest = line.text.slice(m.end);
    if (!/[\p{L}\p{N}]/u.test(rest)) {
      take(pass, i, i, reason);
      continue;
    }
    const start = line.start + m.start;
    const end = line.start + m.start + line.text.slice(m.start, m.end).trimEnd().length;
    pass.found.push({ first: i, last: i, reason, span: [start, end] });
    const split = title ? headlineEnd(line.text, m.end, title) : -1;
    if (split > 0) pass.found.push({ first: i, last: i, reason: 'headline-break', span: [line.start + split, line.start + split + spaceAfter(line.text, split)] });
    return;
  }
}

/** Where the headline ends when `text` repeats it at `from` and the lead follows on the same line, else -1. */
function headlineEnd(text: string, from: number, title: string): number {
  const want = normalizeLine(title);
  const words = text.slice(from).split(/(?<=\S)(?=\s)/);
  let taken = '';
  for (const w of words) {
    taken += w;
    const got = normalizeLine(taken);
    if (got === want) return from + taken.length < text.trimEnd().length ? from + taken.length : -1;
    if (got.length > want.length) return -1;
  }
  return -1;
}

function spaceAfter(text: string, at: number): number {
  let n = 0;
  while (at + n < text.length && /\s/.test(text[at + n])) n += 1;
  return n;
}

function findTags(pass: Pass): void {
  for (const i of bodyLines(pass)) {
    const m = TAGS.exec(pass.lines[i].norm);
    if (!m) continue;
    const bare = m[2].trim() === '';
    // A bare label heads the tag list on the next line.
    const next = bare ? nextFree(pass, i) : -1;
    take(pass, i, next !== -1 && isHeadline(pass.lines[next]) ? next : i, 'tags');
  }
}

function findWidgets(pass: Pass): void {
  for (const i of bodyLines(pass)) {
    if (pass.taken[i]) continue;
    const { norm, long } = pass.lines[i];
    if (long) continue;
    if (WIDGET_LIST.test(norm)) take(pass, i, lastHeadline(pass, i), 'widget');
    else if (WIDGET.test(norm)) take(pass, i, i, 'widget');
    else if (norm.length <= 80 && WIDGET_PREFIX.test(norm)) take(pass, i, i, 'widget');
    else if (norm.length <= 100 && ACTION.test(norm)) take(pass, i, i, 'widget');
  }
}

function findCredit(pass: Pass): void {
  const body = bodyLines(pass);
  for (const i of body) if (CREDIT.test(pass.lines[i].text.trim())) take(pass, i, i, 'credit');
  const last = body.at(-1);
  if (last === undefined || pass.taken[last] || body.length < 2) return;
  // Agencies joined by slashes on the last line: `فرانس24/ أ ف ب/ رويترز`.
  const raw = pass.lines[last].text.trim();
  const parts = raw.split('/').map((p) => p.trim());
  const agencies = parts.length >= 2 && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 3);
  if (raw.length <= 50 && agencies && !/[.!?؟:،,"«»]/.test(raw)) take(pass, last, last, 'credit');
}

function findDuplicates(pass: Pass): void {
  const body = bodyLines(pass);
  // Compare the raw lines (without bullets and spacing): normalizing every line is slow. Each
  // line's key is made once, though it is compared with the line before and the line after.
  const keys = new Map<number, string>();
  const key = (l: Line): string => {
    let k = keys.get(l.index);
    if (k === undefined) keys.set(l.index, (k = l.text.trim().replace(BULLET, '').replace(/\s+/g, ' ')));
    return k;
  };
  for (let k = 1; k < body.length; k += 1) {
    const [a, b] = [pass.lines[body[k - 1]], pass.lines[body[k]]];
    if (pass.taken[a.index] || pass.taken[b.index] || Math.abs(a.text.length - b.text.length) > 8) continue;
    if (a.text.length < 10 || key(a) !== key(b)) continue;
    // A bulleted or short line repeated at once is a photo caption and its copy: both go.
    // A long paragraph repeated is a scraping accident: only the copy goes.
    const caption = BULLET.test(a.norm) || CAPTION_WORD.test(a.norm) || (key(a).length <= 100 && !endsSentence(a.text));
    if (caption) take(pass, a.index, b.index, 'caption-duplicate');
    else take(pass, b.index, b.index, 'duplicate');
  }
}

function findReadAlso(pass: Pass): void {
  // The article ends at a tag list or at a source line standing after its body; a read-also
  // heading after that end introduces other stories, so everything from it to the end goes.
  const end = articleEnd(pass);
  for (const i of bodyLines(pass)) {
    if (pass.taken[i]) continue;
    const m = READ_ALSO.exec(pass.lines[i].norm);
    if (!m) continue;
    if (end !== -1 && i > end) {
      // One removal from the heading to the end, replacing what earlier steps found inside it.
      pass.found = pass.found.filter((f) => f.last < i);
      take(pass, i, pass.lines.length - 1, 'read-also');
      return;
    }
    const inline = (m[1] ?? '').trim() !== '';
    // `اقرأ أيضاً: headline` may be followed at once by more headlines; a bare heading heads a list.
    take(pass, i, inline ? lastHeadline(pass, i, false) : lastHeadline(pass, i), 'read-also');
  }
}

/** Index of the line that ends the article (tags, or a source line after the body), else -1. */
function articleEnd(pass: Pass): number {
  // Free lines before each line, counted once: a page of many source lines stays linear.
  const freeBefore: number[] = [];
  let n = 0;
  for (let i = 0; i < pass.lines.length; i += 1) {
    freeBefore.push(n);
    if (free(pass, i)) n += 1;
  }
  for (const f of [...pass.found].sort((a, b) => a.first - b.first)) {
    if (f.reason === 'tags') return f.last;
    if (f.reason === 'source-line' && freeBefore[f.first] >= 3) return f.last;
  }
  return -1;
}

function nextFree(pass: Pass, i: number, skipBlank = true): number {
  for (let j = i + 1; j < pass.lines.length; j += 1) {
    if (pass.taken[j]) return -1;
    if (!isBlank(pass.lines[j])) return j;
    if (!skipBlank) return -1;
  }
  return -1;
}

/**
 * The last line of the run of headlines after heading `i` (or `i` itself when none follows).
 * With `skipBlank`, blank lines may stand between the heading and its first headline.
 */
function lastHeadline(pass: Pass, i: number, skipBlank = true): number {
  let last = i;
  let j = nextFree(pass, i, skipBlank);
  for (let n = 0; j !== -1 && n < LIST_MAX && isHeadline(pass.lines[j]); n += 1) {
    last = j;
    j = nextFree(pass, j, false);
  }
  return last;
}

function isHeadline(line: Line): boolean {
  const raw = line.text.trim();
  // A full stop inside ends a sentence; Arabic headlines' `..` does not.
  return raw.length >= 3 && raw.length <= HEADLINE_MAX && !endsSentence(raw) && !/(?<!\.)[.!](?!\.)\s+\S/.test(raw);
}

/** True when the line ends like a sentence (a full stop, before any closing quote or bracket). */
function endsSentence(raw: string): boolean {
  return /[.!:؛]$/.test(raw.trim().replace(/["'»”’)\]\s]+$/u, ''));
}

function toRemovals(text: string, pass: Pass): Removal[] {
  return pass.found
    .sort((a, b) => a.first - b.first || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0))
    .map((f) => {
      if (f.span) return { start: f.span[0], end: f.span[1], text: text.slice(f.span[0], f.span[1]), reason: f.reason };
      const first = pass.lines[f.first];
      let last = pass.lines[f.last];
      while (isBlank(last) && last.index > first.index) last = pass.lines[last.index - 1];
      // Start at the first visible character so indentation stays with the text around it.
      const start = first.start + (first.text.length - first.text.trimStart().length);
      const end = last.start + last.text.trimEnd().length;
      return { start, end, text: text.slice(start, end), reason: f.reason };
    });
}
