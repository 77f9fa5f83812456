// Reads one input (a file's bytes or stdin) into articles: decodes it, picks the format from the
// extension or the content, and reports what it cannot read as problems instead of stopping.
import type { Article } from '../types.js';
import { buildArticle, type BuiltArticle } from './build-article.js';
import { decodeText, isTextSample } from './decode.js';
import { looksLikeJsonLines, readJson, readJsonLines, reason, type JsonRecords } from './json-records.js';
import { FORMAT_BY_EXTENSION } from './formats.js';
import { HtmlExtractorNeeded, InputError, problem, type InputFormat, type InputProblem, type ParseOptions, type ParseResult } from './problems.js';

export { FORMAT_BY_EXTENSION };

/** The format an input's name says, or null (stdin, unknown extension). */
export function formatFromName(source: string): InputFormat | null {
  const name = baseName(source);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (FORMAT_BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null) : null;
}

/** The format a text looks like: a page, JSON, JSON Lines, Markdown, or plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.trimStart().slice(0, 2000);
  if (/^<(?:!doctype html|html|head|body|article|main|div|p|h1|meta|title)\b/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return /^\s{0,3}#{1,6}\s/.test(firstLine) ? 'md' : 'txt';
}

/**
 * Reads one input into articles and problems; `source` is its path, or `-` for stdin. A page needs
 * `options.extractHtml` (else `HtmlExtractorNeeded` is thrown); `parseInput` of index.ts passes it.
 */
export function parseBytes(bytes: Uint8Array, source: string, options: ParseOptions = {}): ParseResult {
  if (bytes.length === 0) return failed(source, 'the file is empty; add the article text or leave the file out');
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof InputError) return failed(source, error.message);
    throw error;
  }
  const { text, encoding } = decoded;
  if (text.trim() === '') return failed(source, 'holds only white space; add the article text or leave the file out');
  const format = options.formatHint ?? formatFromName(source) ?? sniffFormat(text);
  const fileName = source === '-' ? 'stdin' : stripExtension(baseName(source));
  const common = { encoding, fileName };

  if (format === 'html') {
    if (!options.extractHtml) throw new HtmlExtractorNeeded(`${source} is a page: pass ParseOptions.extractHtml`);
    const page = options.extractHtml(text);
    if (!page) return failed(source, 'no article text found in the page; save the article text as .txt instead');
    return collect([buildArticle({ ...common, id: fileName, source, text: page.text, fields: page.fields, captions: page.captions, notices: page.notices }, options)]);
  }
  if (format === 'json' || format === 'jsonl') return parseRecords(text, source, format, common, options);
  return collect([buildArticle({ ...common, id: fileName, source, text, fields: {}, markdown: format === 'md' }, options)]);
}

/** The articles and, for each, its notices as warnings naming the article's source. */
function collect(built: readonly BuiltArticle[], problems: InputProblem[] = []): ParseResult {
  const warnings: InputProblem[] = [];
  for (const { article, notices } of built) for (const n of notices) warnings.push({ source: article.source, message: `${article.source}: ${n}` });
  return { articles: uniqueIds(built.map((b) => b.article)), problems, warnings };
}

/**
 * A stretch of whole lines of a UTF-8 JSON Lines file, so that the file can be read in parts on
 * several threads: `bytes` starts at line `firstLine` and ends after a line break (a line break
 * byte is never inside a UTF-8 character, so no character is cut).
 */
export interface JsonLinesPart {
  bytes: Uint8Array;
  /** The file's path, as parseBytes takes it. */
  source: string;
  firstLine: number;
  /** True for the part that starts the file: it holds the byte-order mark and the sample the binary check reads. */
  first: boolean;
  /** The file's: `utf-8-bom` when it starts with a byte-order mark, for every part. */
  encoding: 'utf-8' | 'utf-8-bom';
}

/** How many bytes of the start of a file decide whether it may be UTF-16 (decodeText's sample). */
const SAMPLE = 64 * 1024;

/**
 * Cuts a `.jsonl` file into parts of about `partBytes` bytes at line breaks, or returns null when
 * it should be read whole: another format, or bytes that may not be UTF-8 (a UTF-16 byte-order
 * mark, zero bytes in the first 64 KB). The first part is never shorter than that sample, so the
 * binary check reads what it reads on the whole file.
 */
export function splitJsonLines(bytes: Uint8Array, source: string, partBytes: number, options: ParseOptions = {}): JsonLinesPart[] | null {
  if ((options.formatHint ?? formatFromName(source)) !== 'jsonl') return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, SAMPLE).includes(0)) return null;
  const parts: JsonLinesPart[] = [];
  const encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
  const size = Math.max(partBytes, 4 * SAMPLE);
  let start = 0;
  let line = 1;
  while (start < bytes.length) {
    const nl = start + size >= bytes.length ? -1 : bytes.indexOf(0x0a, start + size - 1);
    const end = nl === -1 ? bytes.length : nl + 1;
    parts.push({ bytes: bytes.subarray(start, end), source, firstLine: line, first: start === 0, encoding });
    // The next part's first line: one more for each line break in this one.
    for (let at = bytes.indexOf(0x0a, start); at !== -1 && at < end; at = bytes.indexOf(0x0a, at + 1)) line += 1;
    start = end;
  }
  return parts;
}

/** Articles of one part, before ids are made unique over the whole file. */
export interface PartResult {
  built: BuiltArticle[];
  problems: InputProblem[];
}

/**
 * Reads one part of a JSON Lines file exactly as parseBytes reads those lines of the whole file,
 * or returns null when the part alone cannot say that (it is not strict UTF-8, or the first part
 * fails the binary check): the caller then reads the whole file with parseBytes.
 */
export function parseJsonLinesPart(part: JsonLinesPart, options: ParseOptions = {}): PartResult | null {
  const { bytes, source } = part;
  const bom = part.first && part.encoding === 'utf-8-bom';
  let text: string;
  try {
    // A byte-order mark inside the file is a character of the text, as when the whole file is decoded.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: !part.first }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return null;
  }
  if (part.first && !isTextSample(text)) return null;
  const common = { encoding: part.encoding, fileName: stripExtension(baseName(source)) };
  const read = readJsonLines(text, source, part.firstLine, false);
  return { built: buildRecords(read, source, common, [], options), problems: read.problems };
}

/**
 * The articles of a file read in parts, in order, ids unique over the file as parseBytes makes
 * them; null when the parts hold no record and no problem (the caller reads the whole file with
 * parseBytes, which says why).
 */
export function joinParts(parts: readonly PartResult[]): ParseResult | null {
  const built: BuiltArticle[] = [];
  const problems: InputProblem[] = [];
  for (const part of parts) {
    for (const b of part.built) built.push(b);
    for (const p of part.problems) problems.push(p);
  }
  return built.length === 0 && problems.length === 0 ? null : collect(built, problems);
}

function buildRecords(read: JsonRecords, source: string, common: { encoding: string; fileName: string }, warnings: string[], options: ParseOptions): BuiltArticle[] {
  return read.records.map((record) =>
    buildArticle(
      {
        ...common,
        id: record.id ?? `${common.fileName}#${record.n}`,
        source: `${source}#${record.n}`,
        text: record.text,
        fields: record.fields,
        warnings,
        notices: record.notices,
      },
      options,
    ),
  );
}

function parseRecords(
  text: string,
  source: string,
  format: 'json' | 'jsonl',
  common: { encoding: string; fileName: string },
  options: ParseOptions,
): ParseResult {
  let read: JsonRecords;
  const warnings: string[] = [];
  if (format === 'jsonl') {
    read = readJsonLines(text, source);
  } else {
    try {
      read = readJson(text, source);
    } catch (error) {
      if (!looksLikeJsonLines(text)) {
        return failed(source, `is not valid JSON (${reason(error)}); fix the file, or name it .jsonl if it holds one record per line`);
      }
      // Objects one per line in a .json file: read them as JSON Lines, and say so.
      read = readJsonLines(text, source);
      warnings.push('read as JSON Lines (one object per line); name the file .jsonl');
    }
  }
  return collect(buildRecords(read, source, common, warnings, options), read.problems);
}

/**
 * Makes article ids unique: a later article whose id is taken gets `-2`, `-3` ... and a warning,
 * because claim ids are built from article ids.
 */
export function uniqueIds(articles: Article[], taken: Set<string> = new Set()): Article[] {
  return articles.map((article) => {
    if (!taken.has(article.id)) {
      taken.add(article.id);
      return article;
    }
    let k = 2;
    while (taken.has(`${article.id}-${k}`)) k += 1;
    const id = `${article.id}-${k}`;
    taken.add(id);
    return { ...article, id, warnings: [...article.warnings, `id "${article.id}" is used by an earlier article; renamed to "${id}"`] };
  });
}

function failed(source: string, message: string): ParseResult {
  return { articles: [], problems: [problem(source, message)], warnings: [] };
}

function baseName(source: string): string {
  const parts = source.split(/[\\/]/);
  return parts[parts.length - 1] ?? source;
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
