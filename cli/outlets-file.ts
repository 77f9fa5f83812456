// A user's outlet table (`--outlets FILE`, or `outlets.csv` beside the articles): which articles
// are which outlet, with optional country, owner, language and lean. CSV or JSON, checked line by
// line; a bad line stops the command with `FILE:LINE: problem` and exit code 2.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { OutletRow } from '../src/ingest/outlets.js';
import { removeControls } from '../src/text/controls.js';
import { UserError } from './exit-codes.js';

/** The file a folder of articles may hold to name its outlets. */
export const FOLDER_TABLE = 'outlets.csv';

/** Column names accepted for what a row matches and for the outlet's name. */
const MATCH_KEYS = ['match', 'id', 'file', 'domain'];
const NAME_KEYS = ['name', 'outlet'];
const OPTIONAL = ['country', 'owner', 'language', 'lean'] as const;
/** A table is small; a larger file is not one. */
const MAX_BYTES = 5 * 1024 * 1024;

function problem(file: string, line: number | null, what: string): UserError {
  return new UserError(`${file}${line === null ? '' : `:${line}`}: ${what}; see "Outlet names" in the README for the format`);
}

/** A cell as plain one-line text (controls removed: a name is printed in every view). */
function cell(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return null;
  const text = removeControls(value).replace(/\s+/g, ' ').trim();
  return text === '' || text === '-' ? null : text;
}

function rowOf(record: Record<string, unknown>, file: string, line: number): OutletRow {
  const pick = (keys: readonly string[]) => {
    for (const k of keys) if (k in record) return cell(record[k]);
    return null;
  };
  const match = pick(MATCH_KEYS);
  const name = pick(NAME_KEYS);
  if (!match) throw problem(file, line, `no article id, file name or domain (column ${MATCH_KEYS.join(' / ')})`);
  if (!name) throw problem(file, line, `no outlet name for ${JSON.stringify(match)} (column ${NAME_KEYS.join(' / ')})`);
  const row: OutletRow = { match, name };
  for (const k of OPTIONAL) {
    const v = cell(record[k]);
    if (v !== null) row[k] = v;
  }
  return row;
}

/** The CSV reader, loaded at the first outlets table: a command without one never loads it. */
function csvParse(): typeof import('csv-parse/sync').parse {
  return (createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync')).parse;
}

function parseCsv(content: string, file: string): OutletRow[] {
  let records: Array<Record<string, unknown>>;
  try {
    records = csvParse()(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Array<Record<string, unknown>>;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? null;
    throw problem(file, line, `not a CSV table (${(err as Error).message.split('\n')[0]})`);
  }
  if (records.length > 0 && !MATCH_KEYS.some((k) => k in records[0])) {
    throw problem(file, 1, `the first line must name the columns: ${MATCH_KEYS[1]},name[,country,owner,language,lean]`);
  }
  return records.map((r, i) => rowOf(r, file, i + 2));
}

function parseJson(content: string, file: string): OutletRow[] {
  let value: unknown;
  try {
    value = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw problem(file, null, `not valid JSON (${(err as Error).message})`);
  }
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { outlets?: unknown }).outlets) ? (value as { outlets: unknown[] }).outlets : null;
  if (list) {
    return list.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw problem(file, null, `item ${i + 1} is not an object`);
      return rowOf(item as Record<string, unknown>, file, i + 1);
    });
  }
  if (typeof value === 'object' && value !== null) {
    // `{ "003_f2b0d23337b16d42": "Outlet", "foxnews.com": { "name": "Fox News", "lean": "right" } }`
    return Object.entries(value as Record<string, unknown>).map(([match, v], i) =>
      rowOf(typeof v === 'string' ? { match, name: v } : typeof v === 'object' && v !== null ? { ...(v as object), match } : { match }, file, i + 1),
    );
  }
  throw problem(file, null, 'expected an array of { "id", "name", ... } or an object mapping ids to names');
}

/** Reads and checks an outlet table; a problem is a UserError naming the file (and line). */
export function readOutletTable(file: string): OutletRow[] {
  let content: string;
  try {
    if (statSync(file).size > MAX_BYTES) throw problem(file, null, 'is larger than 5 MB, too large for an outlet table');
    content = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: cannot read the outlet table (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the --outlets path`);
  }
  return /\.json$/i.test(file) ? parseJson(content, file) : parseCsv(content, file);
}

/** The `outlets.csv` of the folders among the inputs and of the input files' folders (the default corpus included), in input order. */
export function folderTables(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input, { throwIfNoEntry: false });
    } catch {
      continue; // a link that loops, a folder that cannot be read: the reader names it
    }
    if (!info) continue;
    const table = path.join(info.isDirectory() ? input : path.dirname(input), FOLDER_TABLE);
    if (existsSync(table) && !out.includes(table)) out.push(table);
  }
  return out;
}
