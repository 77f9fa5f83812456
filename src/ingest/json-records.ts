// Article records of a JSON file (one object, an array, or `{"articles": [...]}`) or a JSONL
// file (one object per line), with the fields claimdiff understands; bad records become problems.
import type { RecordFields } from './metadata.js';
import { problem, type InputProblem } from './problems.js';

export interface JsonRecord {
  /** The record's number: its line in a JSONL file, its position (from 1) in a JSON array. */
  n: number;
  /** The record's text field exactly as given: offsets count in it. */
  text: string;
  /** The record's `id` or `docno`, or null. */
  id: string | null;
  fields: RecordFields;
}

export interface JsonRecords {
  records: JsonRecord[];
  problems: InputProblem[];
}

/** Field names for each piece, in order of preference, matched without regard to case. */
export const RECORD_FIELDS = {
  text: ['text', 'body', 'content', 'paragraphs', 'body-paragraphs', 'abstract'],
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'src', 'site'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'time', 'datetime'],
  url: ['url', 'link'],
  byline: ['byline', 'author', 'authors', 'dateline', 'creator'],
  id: ['id', 'docno'],
} as const;

const TEXT_FIELDS = `${RECORD_FIELDS.text.slice(0, -1).join(', ')} and ${RECORD_FIELDS.text.at(-1)}`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Reads the records of a JSONL text; a bad line is a problem naming the line, and reading goes on. */
export function readJsonLines(text: string, path: string): JsonRecords {
  const out: JsonRecords = { records: [], problems: [] };
  let start = 0;
  for (let n = 1; start < text.length; n += 1) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl === -1 ? text.length : nl).trim();
    start = nl === -1 ? text.length : nl + 1;
    if (line === '') continue;
    let value: Json;
    try {
      value = JSON.parse(line) as Json;
    } catch (error) {
      out.problems.push(problem(path, `line ${n} is not valid JSON (${reason(error)}); fix or remove that line`, `${path}#${n}`));
      continue;
    }
    addRecord(out, value, n, `line ${n}`, path);
  }
  if (out.records.length === 0 && out.problems.length === 0) {
    out.problems.push(problem(path, 'holds no article records; add one JSON object per line'));
  }
  return out;
}

/** Reads the records of a JSON text; throws SyntaxError when it is not JSON. */
export function readJson(text: string, path: string): JsonRecords {
  const value = JSON.parse(text) as Json;
  const out: JsonRecords = { records: [], problems: [] };
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.articles) ? value.articles : null;
  if (list === null) {
    addRecord(out, value, 1, 'the JSON value', path);
  } else {
    list.forEach((item, i) => addRecord(out, item, i + 1, `record ${i + 1}`, path));
    if (list.length === 0) out.problems.push(problem(path, 'holds no article records (an empty list); add article objects'));
  }
  return out;
}

/** True when a text that is not one JSON value looks like JSON Lines (objects one per line). */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length >= 2 && lines.every((l) => l.startsWith('{'));
}

/** The parser's complaint, short enough for one line. */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addRecord(out: JsonRecords, value: Json, n: number, what: string, path: string): void {
  const source = `${path}#${n}`;
  if (!isObject(value)) {
    out.problems.push(problem(path, `${what} is not an article object; each record must be a {...} object with a "text" field`, source));
    return;
  }
  const text = field(value, RECORD_FIELDS.text, true);
  if (text === null) {
    out.problems.push(problem(path, `${what} has no article text (its ${TEXT_FIELDS} fields are missing or empty); add the text or remove the record`, source));
    return;
  }
  out.records.push({
    n,
    text,
    id: field(value, RECORD_FIELDS.id),
    fields: {
      title: field(value, RECORD_FIELDS.title),
      outlet: field(value, RECORD_FIELDS.outlet),
      date: field(value, RECORD_FIELDS.date),
      url: field(value, RECORD_FIELDS.url),
      byline: field(value, RECORD_FIELDS.byline),
    },
  });
}

/**
 * The first non-empty value among `names` (any case), as a string. Numbers become strings; a
 * `{ "name": ... }` object gives its name (NewsAPI's `source`); a list of strings is joined by lines,
 * and a list of paragraphs that are lists of sentences (BASIL's `body-paragraphs`) by blank lines.
 * The text is returned exactly, untrimmed, because offsets count in it.
 */
function field(record: { [key: string]: Json }, names: readonly string[], exact = false): string | null {
  const keys = Object.keys(record);
  for (const name of names) {
    const key = keys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) continue;
    const value = record[key];
    let text: string | null = null;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number') text = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) text = value.join('\n');
    else if (Array.isArray(value) && value.every((p) => Array.isArray(p) && p.every((v) => typeof v === 'string'))) {
      text = (value as string[][]).map((p) => p.join(' ')).join('\n\n');
    }
    else if (isObject(value) && typeof value.name === 'string') text = value.name;
    if (text !== null && text.trim() !== '') return exact ? text : text.trim();
  }
  return null;
}
