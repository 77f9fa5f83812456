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
  /** Fields of the wrong type that were ignored or converted, and items left out of the text. */
  notices: string[];
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

/**
 * Reads the records of a JSONL text; a bad line is a problem naming the line, and reading goes on.
 * `firstLine` is the number of the text's first line when it is a part of a file (then `whole` is
 * false: a part without records says nothing about the file).
 */
export function readJsonLines(text: string, path: string, firstLine = 1, whole = true): JsonRecords {
  const out: JsonRecords = { records: [], problems: [] };
  let start = 0;
  for (let n = firstLine; start < text.length; n += 1) {
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
  if (whole && out.records.length === 0 && out.problems.length === 0) {
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
  const notices: string[] = [];
  const text = textField(value, notices);
  if (text === null) {
    const why = notices.length > 0 ? ` (${notices.join('; ')})` : '';
    out.problems.push(problem(path, `${what} has no article text${why || ` (its ${TEXT_FIELDS} fields are missing or empty)`}; add the text or remove the record`, source));
    return;
  }
  out.records.push({
    n,
    text,
    id: idField(value, notices),
    fields: {
      title: metaField(value, RECORD_FIELDS.title, notices),
      outlet: metaField(value, RECORD_FIELDS.outlet, notices, true),
      date: metaField(value, RECORD_FIELDS.date, notices),
      url: metaField(value, RECORD_FIELDS.url, notices),
      byline: bylineField(value, notices),
    },
    notices,
  });
}

/** The fields of the record named (any case) by `names`, in that order of preference. */
function present(record: { [key: string]: Json }, names: readonly string[]): Array<[string, Json]> {
  const keys = lowerKeys(record);
  const out: Array<[string, Json]> = [];
  for (const name of names) {
    const key = keys.get(name.toLowerCase());
    if (key !== undefined) out.push([key, record[key]]);
  }
  return out;
}

/** The record last asked about and its keys by lower-case name (the first key of each): every field of a record is looked up in turn. */
let lastRecord: object | null = null;
let lastKeys = new Map<string, string>();

function lowerKeys(record: { [key: string]: Json }): Map<string, string> {
  if (record === lastRecord) return lastKeys;
  const keys = new Map<string, string>();
  for (const key of Object.keys(record)) {
    const lower = key.toLowerCase();
    if (!keys.has(lower)) keys.set(lower, key);
  }
  lastRecord = record;
  lastKeys = keys;
  return keys;
}

/** `a number`, `a list`, `an object`, `true`: what a value is, for a notice (never the value itself, which may be huge). */
function kindOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/**
 * The article text: the first text field that holds some. A string is taken exactly (offsets
 * count in it, so it is not trimmed). A list is paragraphs, each a string or a list of sentences
 * (BASIL's `body-paragraphs`): strings are joined by line breaks, lists of sentences by blank
 * lines with the sentences joined by spaces; items that are not text (null, numbers, objects,
 * deeper lists) are left out and named. A number or an object is not article text: named and skipped.
 */
function textField(record: { [key: string]: Json }, notices: string[]): string | null {
  for (const [key, value] of present(record, RECORD_FIELDS.text)) {
    if (value === null) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') return value;
      continue;
    }
    if (!Array.isArray(value)) {
      notices.push(`"${key}" is ${kindOf(value)}, not article text; ignored`);
      continue;
    }
    const dropped: string[] = [];
    const nested = value.some((p) => Array.isArray(p));
    const paragraphs: string[] = [];
    value.forEach((p, i) => {
      if (typeof p === 'string') paragraphs.push(p);
      else if (Array.isArray(p)) {
        const sentences: string[] = [];
        p.forEach((x, j) => (typeof x === 'string' ? sentences.push(x) : dropped.push(`${kindOf(x)} at ${i + 1}.${j + 1}`)));
        paragraphs.push(sentences.join(' '));
      } else dropped.push(`${kindOf(p)} at ${i + 1}`);
    });
    if (dropped.length > 0) {
      const shown = dropped.slice(0, 3).join(', ') + (dropped.length > 3 ? `, and ${dropped.length - 3} more` : '');
      notices.push(`"${key}": left out ${dropped.length} item${dropped.length === 1 ? '' : 's'} that ${dropped.length === 1 ? 'is' : 'are'} not text (${shown})`);
    }
    const text = paragraphs.join(nested ? '\n\n' : '\n');
    if (text.trim() !== '') return text;
  }
  return null;
}

/**
 * A metadata value: the first field that holds a non-empty string (trimmed). A number is read as
 * its digits and named; `{ "name": ... }` gives its name for the outlet (NewsAPI's `source`);
 * any other value (a list, an object, true) is ignored and named. null means "no value".
 */
function metaField(record: { [key: string]: Json }, names: readonly string[], notices: string[], named = false): string | null {
  for (const [key, value] of present(record, names)) {
    if (value === null) continue;
    let text: string | null = null;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number') {
      text = String(value);
      notices.push(`"${key}" is a number; read as the text "${text}"`);
    } else if (named && isObject(value) && typeof value.name === 'string') text = value.name;
    else {
      notices.push(`"${key}" is ${kindOf(value)}, not text; ignored`);
      continue;
    }
    if (text.trim() !== '') return text.trim();
  }
  return null;
}

/** Who wrote or filed it (`author`, `byline`): a string, or a list of names (joined with commas); anything else is named and ignored. */
function bylineField(record: { [key: string]: Json }, notices: string[]): string | null {
  for (const [, value] of present(record, RECORD_FIELDS.byline)) {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      const joined = value.map((v) => v.trim()).filter(Boolean).join(', ');
      if (joined) return joined;
    }
  }
  return metaField(record, RECORD_FIELDS.byline.filter((name) => !present(record, [name]).some(([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string'))), notices, true);
}

/** The record's id: a string, or a number written in digits (the usual `docno`); anything else is named and ignored. */
function idField(record: { [key: string]: Json }, notices: string[]): string | null {
  for (const [key, value] of present(record, RECORD_FIELDS.id)) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (value !== null && typeof value !== 'string') notices.push(`"${key}" is ${kindOf(value)}, not an id; ignored`);
  }
  return null;
}
