// Reads the command's inputs (files, folders read recursively, `-` for stdin) into articles,
// turning every unreadable input into a one-line problem so the others are still read; a large
// input is parsed in parts on worker threads too, giving the same articles in the same order.
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FORMAT_BY_EXTENSION } from '../src/ingest/formats.js';
import { HtmlExtractorNeeded, problem, type InputProblem, type ParseOptions, type ParseResult } from '../src/ingest/problems.js';
import { manifestNames } from './safe-write.js';
import type { ParseItem, ParseOutcome, ParseTask } from './workers/parse-task.js';

export interface ReadOptions extends ParseOptions {
  /** Largest input read, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /**
   * Threads that parse besides this one (cli/workers' CommandThreads), asked for when the inputs
   * hold at least PARALLEL_MIN_BYTES; null or a failure leaves the parsing to this thread.
   */
  workers?: () => Parser | null;
  /** Inputs smaller than this are parsed on this thread alone (default PARALLEL_MIN_BYTES). */
  parallelMinBytes?: number;
  /** Bytes per parsing task (default PART_BYTES; a JSON Lines part is never under 256 KB). */
  partBytes?: number;
}

/** Parses tasks on several threads, giving each task's outcomes in task order. */
export interface Parser {
  parse(tasks: readonly ParseTask[]): Promise<ParseOutcome[][]>;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Below this many bytes of input, parsing on worker threads costs more than it saves: a worker
 * compiles the ingest code again (about 0.75 s more CPU time), and the main thread still parses
 * its share. Measured on 2 idle cores (`hyperfine -N`, `/usr/bin/time`, `events`): the ANT corpus
 * (39 MB) took 3.23 s wall on the threads against 3.10 s on one thread; 100k articles (341 MB)
 * 18.7 s against 22.9 s. The gain grows about linearly with size and crosses zero near 50 MB.
 */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;
/** Bytes per parsing task: enough tasks to keep the threads evenly busy, few enough messages. */
export const PART_BYTES = 1024 * 1024;

const KNOWN = Object.keys(FORMAT_BY_EXTENSION);
/**
 * A folder's own documentation is not an article: examples/blinken/README.md describes the
 * corpus. Named on the command line, such a file is read like any other.
 */
const DOCUMENTATION = /^(readme|changelog|license|licence|contributing|code_of_conduct|source)\b/i;

/** What reading the inputs gave: articles, problems, warnings, and the files read. */
export interface ReadResult extends ParseResult {
  /** Every file read (not stdin), so that no output is ever written over one of them. */
  files: string[];
}

/** Appends without spreading: a JSONL file may give more records than a call takes arguments. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** A file to read, its bytes to parse, or what reading it gave already (a problem). */
type Read = { result: ParseResult } | { source: string; bytes: Uint8Array };
type Entry = Read | { file: string };

/** Bytes read before they are parsed and let go: reading a large corpus never holds all its files at once. */
const BATCH_BYTES = 64 * 1024 * 1024;

/** Reads all inputs, in the order given (a folder's files in path order). */
export async function readInputs(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const out: ReadResult = { articles: [], problems: [], warnings: [], files: [] };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const entries: Entry[] = [];
  for (const input of inputs) {
    if (input === '-') entries.push(await readStdin(options, maxBytes));
    else await readPath(input, entries);
  }
  let batch: Read[] = [];
  let held = 0;
  for (const entry of entries) {
    const ready = 'file' in entry ? await readOne(entry.file, maxBytes, out.files) : entry;
    batch.push(ready);
    if ('bytes' in ready) held += ready.bytes.length;
    if (held < BATCH_BYTES) continue;
    for (const result of await parseEntries(batch, options)) merge(out, result);
    batch = [];
    held = 0;
  }
  for (const result of await parseEntries(batch, options)) merge(out, result);
  const { uniqueIds } = await import('../src/ingest/parse-input.js');
  out.articles = uniqueIds(out.articles);
  return out;
}

function merge(to: ParseResult, from: ParseResult): void {
  append(to.articles, from.articles);
  append(to.problems, from.problems);
  append(to.warnings, from.warnings);
}

/** Lists an input: a file, or a folder's files in path order (read later, a batch at a time). */
async function readPath(input: string, entries: Entry[]): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    entries.push(failed(input, accessMessage(error)));
    return;
  }
  if (!info.isDirectory()) {
    entries.push({ file: input });
    return;
  }
  const files: string[] = [];
  const problems: InputProblem[] = [];
  await listFolder(input, files, problems, new Set());
  if (files.length === 0 && problems.length === 0) {
    entries.push(failed(input, `no ${KNOWN_LIST} files found; pass a folder that holds articles`));
    return;
  }
  if (problems.length > 0) entries.push({ result: { articles: [], problems, warnings: [] } });
  for (const file of files.sort(comparePaths)) entries.push({ file });
}

/**
 * Parses what was read, in order. With worker threads (a large input), JSON Lines files are cut
 * into parts at line breaks and small files grouped, about PART_BYTES a task; whatever a part
 * cannot tell alone (a page, bytes that are not plain UTF-8, a file without records) is parsed
 * again whole here, so the articles, problems and warnings are those of parsing on one thread.
 */
async function parseEntries(entries: readonly Read[], options: ReadOptions): Promise<ParseResult[]> {
  let total = 0;
  for (const e of entries) if ('bytes' in e) total += e.bytes.length;
  const workers = total >= (options.parallelMinBytes ?? PARALLEL_MIN_BYTES) && !options.formatHint && !options.extractHtml ? (options.workers?.() ?? null) : null;
  if (!workers) return parseEach(entries, options);
  const { joinParts, splitJsonLines } = await import('../src/ingest/parse-input.js');
  const partBytes = options.partBytes ?? PART_BYTES;
  const tasks: ParseTask[] = [];
  let items: ParseItem[] = [];
  let size = 0;
  const flush = (): void => {
    if (items.length > 0) tasks.push({ items, keepBoilerplate: options.keepBoilerplate });
    items = [];
    size = 0;
  };
  // Where each entry's items went: [task, item] pairs.
  const placed = entries.map((e) => {
    if (!('bytes' in e)) return [];
    const parts = splitJsonLines(e.bytes, e.source, partBytes, options);
    const own: ParseItem[] = parts ? parts.map((part) => ({ kind: 'part', part })) : [{ kind: 'file', bytes: e.bytes, source: e.source }];
    return own.map((item) => {
      items.push(item);
      const at: [number, number] = [tasks.length, items.length - 1];
      size += item.kind === 'part' ? item.part.bytes.length : item.bytes.length;
      if (size >= partBytes) flush();
      return at;
    });
  });
  flush();
  let outcomes: ParseOutcome[][];
  try {
    outcomes = await workers.parse(tasks);
  } catch {
    // A worker that fails is no reason to fail the command: this thread parses everything.
    return parseEach(entries, options);
  }
  const results: ParseResult[] = [];
  for (const [i, e] of entries.entries()) {
    if (!('bytes' in e)) {
      results.push(e.result);
      continue;
    }
    const got = placed[i].map(([t, k]) => outcomes[t][k]);
    const whole = got.some((o) => o === null) ? null : got.length === 1 && 'articles' in got[0]! ? got[0] : joinParts(got as Parameters<typeof joinParts>[0]);
    results.push(whole ?? (await parse(e.bytes, e.source, options)));
  }
  return results;
}

async function parseEach(entries: readonly Read[], options: ParseOptions): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for (const e of entries) results.push('bytes' in e ? await parse(e.bytes, e.source, options) : e.result);
  return results;
}

const KNOWN_LIST = '.txt, .md, .html, .json or .jsonl';

const isArticleName = (name: string): boolean => KNOWN.includes(path.extname(name).slice(1).toLowerCase()) && !DOCUMENTATION.test(name);

/**
 * Collects a folder's readable files, skipping hidden entries, node_modules, documentation and the
 * reports claimdiff wrote there (its manifest lists them), once per real folder. A folder is a
 * queue, not a recursion: how deep a tree goes does not decide whether the stack holds.
 */
async function listFolder(root: string, files: string[], problems: InputProblem[], seen: Set<string>): Promise<void> {
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.pop()!;
    let entries;
    try {
      const real = await realpath(dir);
      if (seen.has(real)) continue; // a symbolic link back up the tree
      seen.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(problem(dir, accessMessage(error)));
      continue;
    }
    const ours = manifestNames(dir);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || ours.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(full)).isDirectory();
        } catch (error) {
          // A dangling link is not an input the user named, unless it names an article or loops.
          const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
          if (loop || isArticleName(entry.name)) problems.push(problem(full, loop ? 'is a symbolic link that loops; skipped' : 'is a symbolic link to nothing; skipped'));
          continue;
        }
      }
      // The files are put in path order once all are listed, so the order of visits does not matter.
      if (isDir) queue.push(full);
      else if (isArticleName(entry.name)) files.push(full);
    }
  }
}

/** Path order, comparing code units so the order is the same on every machine. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads one file: a regular file only (a FIFO or a device would block or never end), within the size limit. */
async function readOne(file: string, maxBytes: number, read: string[]): Promise<Read> {
  let bytes;
  try {
    const info = await stat(file);
    if (!info.isFile()) return failed(file, 'is not a regular file (a device, a pipe or a socket); save the article as a file');
    if (info.size > maxBytes) return failed(file, tooLarge(info.size, maxBytes));
    bytes = await readFile(file);
  } catch (error) {
    return failed(file, accessMessage(error));
  }
  read.push(file);
  // A file that grew past the limit since it was measured is still held to it.
  if (bytes.length > maxBytes) return failed(file, tooLarge(bytes.length, maxBytes));
  return { source: file, bytes };
}

/**
 * Parses one input. The parser is loaded with the first input (commands that read none, and
 * --help, never load it), the HTML extractor (Readability over linkedom, a fifth of start-up) the
 * first time a page is met, so reading text and JSON never loads it.
 */
async function parse(bytes: Uint8Array, source: string, options: ParseOptions): Promise<ParseResult> {
  const { parseBytes } = await import('../src/ingest/parse-input.js');
  try {
    return parseBytes(bytes, source, pages ? { ...options, extractHtml: pages } : options);
  } catch (error) {
    if (!(error instanceof HtmlExtractorNeeded)) throw error;
    pages ??= (await import('../src/ingest/html.js')).extractHtml;
    return parseBytes(bytes, source, { ...options, extractHtml: pages });
  }
}

let pages: ParseOptions['extractHtml'];

async function readStdin(options: ReadOptions, maxBytes: number): Promise<Read> {
  const stream = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) return failed('-', tooLarge(size, maxBytes, true));
    chunks.push(buffer);
  }
  return { source: '-', bytes: Buffer.concat(chunks) };
}

function tooLarge(size: number, maxBytes: number, atLeast = false): string {
  return `${atLeast ? 'more than ' : ''}${formatSize(size)} is over the ${formatSize(maxBytes)} limit; split it or pass --max-size`;
}

/** `80 MB`, `1.5 MB`, `12 KB`, `300 bytes`. */
export function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function accessMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file not found; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check that you may read it';
  if (code === 'EISDIR') return 'is a folder where a file was expected; pass the folder itself';
  if (code === 'ELOOP') return 'is a symbolic link that loops; skipped';
  const message = error instanceof Error ? error.message : String(error);
  return `cannot be read (${message}); check the path`;
}

function failed(source: string, message: string): { result: ParseResult } {
  return { result: { articles: [], problems: [problem(source, message)], warnings: [] } };
}
