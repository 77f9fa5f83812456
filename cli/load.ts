// Reads the command's inputs (the example corpus when none are given), prints each problem and
// each warning as one line on stderr, and says whether any input was skipped.
import type { Article, ArticleResult } from '../src/types.js';
import { readInputs, type ReadOptions } from './read-inputs.js';
import { defaultCorpus } from './paths.js';
import { ExitCode, UserError, type ExitCodeValue } from './exit-codes.js';
import type { Io } from './io.js';
import { STDIN_ARG } from './options.js';
import { fileIdentities, type WritePolicy } from './safe-write.js';
import { applyOutletTable } from '../src/ingest/outlets.js';
import { folderTables, readOutletTable } from './outlets-file.js';

export interface LoadOptions {
  keepBoilerplate?: boolean;
  maxSize?: number;
  /** `--outlets FILE`: the user's outlet table (it wins over an input folder's `outlets.csv`). */
  outlets?: string;
  /** Worker threads to parse a large input on as well (read-inputs.ts). */
  workers?: ReadOptions['workers'];
}

export interface Loaded {
  articles: Article[];
  /** `ok`, or `partial` when some inputs were skipped. */
  status: ExitCodeValue;
  /** The files read: outputs never go over them. */
  files: string[];
}

export async function loadArticles(inputs: readonly string[] | undefined, options: LoadOptions, io: Io): Promise<Loaded> {
  const paths = inputs && inputs.length > 0 ? inputs.map((p) => (p === STDIN_ARG ? '-' : p)) : [defaultCorpus()];
  // Outlet tables are read first: a bad one stops the command before any article is read.
  const folders = folderTables(paths.filter((p) => p !== '-'));
  const folderRows = folders.flatMap(readOutletTable);
  const userRows = options.outlets ? readOutletTable(options.outlets) : [];
  const tables = [...folders, ...(options.outlets ? [options.outlets] : [])];
  const read = await readInputs(paths, {
    keepBoilerplate: options.keepBoilerplate,
    maxBytes: options.maxSize ? options.maxSize * 1024 * 1024 : undefined,
    stdin: io.stdin,
    workers: options.workers,
  });
  const { problems, warnings } = read;
  // The folders' tables first, then --outlets, whose rows win.
  const articles = applyOutletTable(applyOutletTable(read.articles, folderRows), userRows);
  const files = [...read.files, ...tables];
  for (const p of problems) io.stderr(`claimdiff: ${oneLine(p.message)}\n`);
  for (const w of warnings) io.stderr(`claimdiff: warning: ${oneLine(w.message)}\n`);
  if (articles.length === 0) {
    throw new UserError('no readable article in the inputs; pass .txt, .md, .html, .json or .jsonl files or folders', ExitCode.noInput);
  }
  return { articles, status: problems.length > 0 ? ExitCode.partial : ExitCode.ok, files };
}

/** A message on one line whatever a file name or record id holds. */
function oneLine(message: string): string {
  return message.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** What a command's outputs may replace: never the files it read (nor its lexicon); others it did not write only with --force. */
export function writePolicy(loaded: Pick<Loaded, 'files'>, force: boolean | undefined, ...more: Array<string | undefined>): WritePolicy {
  return { inputs: fileIdentities([...loaded.files, ...more.filter((f): f is string => Boolean(f))]), force: Boolean(force) };
}

/** Says so, one line each, when an article gave no claim at all (its text is all removals, quote marks or symbols). */
export function warnNoClaims(io: Io, articles: readonly ArticleResult[]): void {
  for (const a of articles) {
    if (a.claims.length > 0) continue;
    const removed = a.removed.length > 0 ? `; ${a.removed.length} removed stretch${a.removed.length === 1 ? '' : 'es'} (${[...new Set(a.removed.map((r) => r.reason))].join(', ')})` : '';
    io.stderr(`claimdiff: warning: ${oneLine(a.source)}: no claim found (no sentence with a letter or digit is left in the text${removed}); check that it holds the article\n`);
  }
}
