// `claimdiff pairs <file.csv|file.jsonl>`: claim matching in bulk. Every readable row is kept in
// order, with `relation` and `score` added (`claimdiff_relation` and `claimdiff_score` when the file
// has its own), in the input's own format. CSV and JSONL follow one
// policy: a row that cannot be read, or lacks text in s1 or s2, is left out and named (exit code 4).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../../src/ingest/decode.js';
import { InputError } from '../../src/ingest/problems.js';
import { removeControls } from '../../src/text/controls.js';
import { checkOutFile, emit, type Io } from '../io.js';
import { ExitCode, UserError } from '../exit-codes.js';
import { numberOption, STDIN_ARG, withOutFileOptions } from '../options.js';
import { fileIdentities } from '../safe-write.js';
import { DEFAULT_MAX_BYTES, formatSize } from '../read-inputs.js';

interface Args {
  file: string;
  out?: string;
  force: boolean;
  'max-size': number;
}

type Row = Record<string, unknown>;

/** The rows read, in order, and one line for each row left out. */
interface Rows {
  rows: Row[];
  /** The line each row starts on, for the messages. */
  lines: number[];
  format: 'csv' | 'jsonl';
  columns: string[];
  skipped: string[];
}

function readText(file: string, maxBytes: number): string {
  let bytes: Buffer;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new UserError(`${file}: is not a regular file; pass a .csv or .jsonl file`, ExitCode.noInput);
    if (info.size > maxBytes) throw new UserError(`${file}: ${formatSize(info.size)} is over the ${formatSize(maxBytes)} limit; split it or pass --max-size`, ExitCode.noInput);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path`, ExitCode.noInput);
  }
  if (bytes.length === 0) throw new UserError(`${file}: the file is empty; add a header row and pairs`, ExitCode.noInput);
  try {
    return decodeText(bytes).text;
  } catch (err) {
    if (err instanceof InputError) throw new UserError(`${file}: ${err.message}`, ExitCode.noInput);
    throw err;
  }
}

function readRows(file: string, maxBytes: number, parse: typeof parseCsv): Rows {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.jsonl' && ext !== '.ndjson' && ext !== '.csv') {
    throw new UserError(`${file}: unknown format '${ext || 'none'}'; pass a .csv or .jsonl file with columns s1 and s2`);
  }
  const content = readText(file, maxBytes);
  const skipped: string[] = [];
  if (ext !== '.csv') {
    const rows: Row[] = [];
    const lines: number[] = [];
    content.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const value: unknown = JSON.parse(line);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          rows.push(value as Row);
          lines.push(i + 1);
        } else skipped.push(`line ${i + 1} is not an object with s1 and s2; left out`);
      } catch {
        skipped.push(`line ${i + 1} is not valid JSON; left out (fix that line: each line is an object with s1 and s2)`);
      }
    });
    return { rows, lines, format: 'jsonl', columns: [], skipped };
  }
  let records: Array<{ record: Row; info: { lines: number } }>;
  let columns: string[] = [];
  try {
    records = parse(content, {
      info: true,
      columns: (header: string[]) => (columns = header),
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        skipped.push(`line ${err?.lines ?? '?'} cannot be read as CSV (${(err?.message ?? 'error').split('\n')[0]}); left out`);
        return undefined;
      },
    }) as unknown as Array<{ record: Row; info: { lines: number } }>;
  } catch (err) {
    throw new UserError(`${file}: not valid CSV (${(err as Error).message.split('\n')[0]}); fix the file`, ExitCode.noInput);
  }
  const missing = ['s1', 's2'].filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const have = columns.length > 0 ? `its columns are ${columns.map((c) => `"${c}"`).join(', ')}` : 'it has no header row';
    throw new UserError(`${file}: no column ${missing.map((c) => `"${c}"`).join(' or ')} (${have}); the header row must name s1 and s2`, ExitCode.noInput);
  }
  return { rows: records.map((r) => r.record), lines: records.map((r) => r.info.lines), format: 'csv', columns, skipped };
}

/** A text the pair matcher takes: controls removed, at most a claim's length (`MAX_SEGMENT_CHARS`, cut at a space). */
function pairText(value: string, name: string, notes: string[], MAX_SEGMENT_CHARS: number): string {
  let text = removeControls(value);
  if (text !== value) notes.push(`removed control characters from ${name}`);
  if (text.length > MAX_SEGMENT_CHARS) {
    const space = text.lastIndexOf(' ', MAX_SEGMENT_CHARS);
    text = text.slice(0, space > MAX_SEGMENT_CHARS / 2 ? space : MAX_SEGMENT_CHARS);
    notes.push(`${name} is longer than ${MAX_SEGMENT_CHARS} characters; compared on its first ${text.length}`);
  }
  return text;
}

export function pairsCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'pairs <file>',
    describe: 'classify text pairs (columns s1, s2) as shared, partial, conflict or unrelated, with a score',
    builder: (y) =>
      withOutFileOptions(y)
        .positional('file', { type: 'string', demandOption: true, describe: '.csv with a header row, or .jsonl' })
        .option('max-size', numberOption('max-size', 'refuse a file larger than this many MB', { min: 0, max: 512, above: true, unit: 'MB' }, 50)),
    handler: async (args) => {
      if (args.file === STDIN_ARG) throw new UserError('pairs reads a .csv or .jsonl file, not standard input; save the pairs to a file and name it');
      const maxBytes = args['max-size'] ? args['max-size'] * 1024 * 1024 : DEFAULT_MAX_BYTES;
      const policy = { inputs: fileIdentities([args.file]), force: args.force };
      checkOutFile(args.out, policy);
      // Loaded when the command runs: start-up and --help load no CSV reader and no analysis.
      const [{ parse }, { stringify }, { classifyTextPairs }, { MAX_SEGMENT_CHARS }] = await Promise.all([
        import('csv-parse/sync'),
        import('csv-stringify/sync'),
        import('../../src/pairs.js'),
        import('../../src/text/segment.js'),
      ]);
      const { rows, lines, format, columns, skipped } = readRows(args.file, maxBytes, parse);
      const kept: Row[] = [];
      const texts: Array<{ s1: string; s2: string }> = [];
      const label = (i: number) => `line ${lines[i]}`;
      rows.forEach((r, i) => {
        const lacking = ['s1', 's2'].filter((k) => typeof r[k] !== 'string' || (r[k] as string).trim() === '');
        if (lacking.length > 0) {
          skipped.push(`${label(i)} has no text in ${lacking.join(' and ')}; left out (every row needs both)`);
          return;
        }
        const notes: string[] = [];
        texts.push({ s1: pairText(r.s1 as string, 's1', notes, MAX_SEGMENT_CHARS), s2: pairText(r.s2 as string, 's2', notes, MAX_SEGMENT_CHARS) });
        for (const n of notes) io.stderr(`claimdiff: warning: ${args.file}: ${label(i)}: ${n}\n`);
        kept.push(r);
      });
      for (const s of skipped) io.stderr(`claimdiff: ${args.file}: ${s}\n`);
      if (kept.length === 0) throw new UserError(`${args.file}: no row with text in both s1 and s2; nothing to compare`, ExitCode.noInput);
      const verdicts = classifyTextPairs(texts);
      // A file that already has a `relation` or `score` (a reviewer's, as `review export-pairs` writes
      // it) keeps them: the engine's verdict goes beside them, never over them.
      const taken = new Set([...columns, ...kept.flatMap((r) => Object.keys(r))]);
      const clash = taken.has('relation') || taken.has('score');
      const [relationKey, scoreKey] = clash ? ['claimdiff_relation', 'claimdiff_score'] : ['relation', 'score'];
      if (clash) io.stderr(`claimdiff: warning: ${args.file}: the file has its own relation or score column; kept, and claimdiff's verdict written as ${relationKey} and ${scoreKey}\n`);
      const out = kept.map((r, i) => ({ ...r, [relationKey]: verdicts[i].relation, [scoreKey]: verdicts[i].score }));
      const content =
        format === 'jsonl'
          ? out.map((r) => JSON.stringify(r)).join('\n') + '\n'
          : stringify(out, { header: true, columns: [...columns.filter((c) => c !== relationKey && c !== scoreKey), relationKey, scoreKey] });
      emit(io, content, args.out, format === 'jsonl' ? 'json' : 'text', policy);
      setCode(skipped.length > 0 ? ExitCode.partial : ExitCode.ok);
    },
  };
}
