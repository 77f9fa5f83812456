// Assembles an Article from a text and what its format says about it: records the control
// sequences it holds, finds the boilerplate, reads the metadata, and collects the warnings.
import type { Article, Provenance, Removal, Span } from '../types.js';
import { CONTROL_REASON, describeControls, findControls, formatCount, removeControls } from '../text/controls.js';
import { detectLanguageOutside } from '../text/language.js';
import { countLongSegments, MAX_SEGMENT_CHARS } from '../text/segment.js';
import { removeBoilerplate } from './boilerplate.js';
import { splitLines, type Line } from './lines.js';
import { readMetadata, type RecordFields } from './metadata.js';
import { readProvenance, type ProvenanceInput } from './provenance.js';
import type { ParseOptions } from './problems.js';

export interface ArticleInput {
  id: string;
  source: string;
  text: string;
  encoding: string;
  fields: RecordFields;
  /** The file name without extension (`stdin` for `-`), for the last-resort outlet. */
  fileName: string | null;
  markdown?: boolean;
  /** Spans the format already knows are not the article (HTML figure captions). */
  captions?: Span[];
  warnings?: string[];
  /** What reading the record dropped or converted (a field of the wrong type): said on stderr too. */
  notices?: string[];
}

/** An article and the remarks about it that the command line prints on stderr. */
export interface BuiltArticle {
  article: Article;
  /** Text or fields removed or converted on the way in: each is also one of the article's warnings. */
  notices: string[];
}

const UTF8 = new Set(['utf-8', 'utf-8-bom']);

export function buildArticle(input: ArticleInput, options: ParseOptions = {}): BuiltArticle {
  const { text } = input;
  // 1. Control sequences and characters are removed before anything reads the text (recorded,
  //    never silent); boilerplate and metadata read a copy with them blanked, offsets unchanged.
  const controls = controlRemovals(text);
  const view = controls.length > 0 ? blank(text, controls) : text;
  const lines = splitLines(view);
  const { fields, id, fileName, cleaned } = cleanFields(input);
  // 2. Boilerplate (found even when kept, so the title and outlet are read past it), with the
  //    lead's dateline or byline (the title says where a headline fused with it ends).
  const found = mergeRemovals([
    ...removeBoilerplate(text, undefined, lines, fields.title ?? null),
    ...(input.captions ?? []).map((c) => ({ ...c, reason: 'caption' })),
  ]);
  // 3. Metadata, from fields cleaned of controls too; the language is judged without the boilerplate.
  const language = detectLanguageOutside(view, found);
  const meta = readMetadata({ text: view, boilerplate: found, fields, markdown: input.markdown, fileName, lines, language });
  const titleSpan = meta.titleSpan && { ...meta.titleSpan, text: text.slice(meta.titleSpan.start, meta.titleSpan.end) };
  const removed = options.keepBoilerplate ? controls : mergeRemovals([...found, ...controls]);

  const notices = [...(input.notices ?? [])];
  if (controls.length > 0) notices.push(`removed ${describeControls(controls.map((r) => r.text))} from the text (recorded as "${CONTROL_REASON}")`);
  if (cleaned.length > 0) notices.push(`removed control characters from its ${cleaned.join(', ')}`);
  const long = longSentences(text, lines, removed);
  if (long > 0) notices.push(`${plural(long, 'sentence')} longer than ${MAX_SEGMENT_CHARS} characters cut into claims at clause marks or spaces`);
  const warnings = [
    ...(UTF8.has(input.encoding) ? [] : [`decoded as ${input.encoding}; save the file as UTF-8 if the text looks wrong`]),
    ...(input.warnings ?? []),
    ...notices,
    ...meta.warnings,
  ];
  const plain: Omit<Article, 'provenance'> = {
    id,
    source: input.source,
    title: meta.title,
    outlet: meta.outlet,
    outletFrom: meta.outletFrom,
    ...(meta.outletInfo && { outletInfo: meta.outletInfo }),
    date: meta.date,
    dateFrom: meta.dateFrom,
    ...(meta.instant && { instant: meta.instant }),
    url: meta.url,
    language: meta.language,
    encoding: input.encoding,
    text,
    titleSpan,
    removed,
    warnings,
  };
  // 4. Provenance: whom it credits (byline field, dateline, credit line, the text), read when
  //    first asked for: `events` never reads it, and it is a third of building an article.
  const article = withLazyProvenance(plain, { removals: found, byline: fields.byline ?? null, outlet: meta.outlet }, view);
  return { article, notices };
}

/** What reading an article's provenance needs besides its text (ProvenanceInput without the text), kept until it is read. */
export type ProvenanceSource = Omit<ProvenanceInput, 'text'>;

/** Articles whose provenance is not read yet: what reading it needs, and the text as the other steps read it when at hand. */
const unread = new WeakMap<Article, { source: ProvenanceSource; view?: string }>();

/** The `provenance` accessor every article shares until its provenance is read. */
const LAZY_PROVENANCE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Article): Provenance | undefined {
    return readUnread(this);
  },
  set(this: Article, value: Provenance | undefined) {
    settle(this, value);
  },
};

/**
 * Gives an article without a `provenance` key one read on first access, then kept as a plain
 * value (the same enumerable property, last among the keys, so JSON and copies see no
 * difference; a copy reads it then). `view` is the text with its control characters blanked, as
 * the other steps read it; without it, it is made again from the article's text when the
 * provenance is read. The key must be new: turning an existing data property into an accessor
 * makes the object a dictionary of properties, about 900 bytes more per article (90 MB for 100k
 * articles) and slower to read.
 */
export function withLazyProvenance(plain: Omit<Article, 'provenance'>, source: ProvenanceSource, view?: string): Article {
  const article = plain as Article;
  unread.set(article, { source, view });
  return Object.defineProperty(article, 'provenance', LAZY_PROVENANCE);
}

function readUnread(article: Article): Provenance | undefined {
  const entry = unread.get(article);
  if (!entry) return undefined;
  const value = readProvenance({ ...entry.source, text: entry.view ?? withoutControls(article.text) });
  settle(article, value);
  return value;
}

function settle(article: Article, value: Provenance | undefined): void {
  unread.delete(article);
  Object.defineProperty(article, 'provenance', { value, enumerable: true, writable: true, configurable: true });
}

/**
 * For an article about to be sent to another thread (where a message would read its provenance):
 * a copy without the `provenance` key and what reading it needs, or null when it is read already.
 * withLazyProvenance gives the copy its lazy provenance again on the other side.
 */
export function withoutProvenance(article: Article): { plain: Omit<Article, 'provenance'>; source: ProvenanceSource } | null {
  const entry = unread.get(article);
  if (!entry) return null;
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(article)) if (key !== 'provenance') plain[key] = article[key as keyof Article];
  return { plain: plain as unknown as Omit<Article, 'provenance'>, source: entry.source };
}

function withoutControls(text: string): string {
  const controls = controlRemovals(text);
  return controls.length > 0 ? blank(text, controls) : text;
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

function controlRemovals(text: string): Removal[] {
  return findControls(text).map(([start, end]) => ({ start, end, text: text.slice(start, end), reason: CONTROL_REASON }));
}

/** The text with each removal's characters replaced by spaces: same length, same offsets. */
function blank(text: string, removals: readonly Removal[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of removals) {
    parts.push(text.slice(at, r.start), ' '.repeat(r.end - r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Metadata values and names without control characters, and which of them had some. */
function cleanFields(input: ArticleInput): { fields: RecordFields; id: string; fileName: string | null; cleaned: string[] } {
  const cleaned: string[] = [];
  const clean = (name: string, value: string | null | undefined): string | null | undefined => {
    if (typeof value !== 'string') return value;
    const out = removeControls(value);
    if (out !== value) cleaned.push(name);
    return out;
  };
  const fields: RecordFields = {
    title: clean('title', input.fields.title),
    outlet: clean('outlet', input.fields.outlet),
    date: clean('date', input.fields.date),
    url: clean('url', input.fields.url),
    byline: clean('byline', input.fields.byline),
  };
  const fileName = clean('file name', input.fileName) ?? null;
  const id = clean('id', input.id) || fileName || 'article';
  return { fields, id, fileName, cleaned };
}

/**
 * How many sentences the segmenter will cut for being longer than MAX_SEGMENT_CHARS. Only lines
 * longer than that can hold one, so the rest of the text is never segmented twice.
 */
function longSentences(text: string, lines: readonly Line[], removed: readonly Removal[]): number {
  const ranges: Array<[number, number]> = [];
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  let r = 0;
  for (const line of lines) {
    if (line.end - line.start <= MAX_SEGMENT_CHARS) continue;
    while (r < sorted.length && sorted[r].end <= line.start) r += 1;
    let at = line.start;
    for (let k = r; k < sorted.length && sorted[k].start < line.end; k += 1) {
      if (sorted[k].start > at) ranges.push([at, sorted[k].start]);
      at = Math.max(at, sorted[k].end);
    }
    if (at < line.end) ranges.push([at, line.end]);
  }
  return ranges.length > 0 ? countLongSegments(text, ranges) : 0;
}

/** Removals in text order, without overlaps (the earlier-starting one wins). */
function mergeRemovals(removals: Removal[]): Removal[] {
  const sorted = [...removals].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Removal[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}
