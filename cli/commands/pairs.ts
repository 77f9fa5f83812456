// `claimdiff pairs <file.csv|file.jsonl>`: claim matching in bulk. Every input row is kept in order,
// with `relation` and `score` added, in the input's own format.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { classifyTextPairs } from '../../src/pairs.js';
import { emit, type Io } from '../io.js';
import { ExitCode, UserError } from '../exit-codes.js';

interface Args {
  file: string;
  out?: string;
}

type Row = Record<string, unknown>;

function readRows(file: string): { rows: Row[]; format: 'csv' | 'jsonl'; columns: string[] } {
  let content: string;
  try {
    content = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new UserError(`${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path`, ExitCode.noInput);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    const rows = content.split('\n').flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as Row];
      } catch {
        throw new UserError(`${file}: line ${i + 1} is not valid JSON; fix that line (each line must be an object with s1 and s2)`);
      }
    });
    return { rows, format: 'jsonl', columns: [] };
  }
  if (ext !== '.csv') throw new UserError(`${file}: unknown format '${ext || 'none'}'; pass a .csv or .jsonl file with columns s1 and s2`);
  try {
    const rows = parse(content, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
    const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
    return { rows, format: 'csv', columns };
  } catch (err) {
    throw new UserError(`${file}: not valid CSV (${(err as Error).message.split('\n')[0]}); fix the file`);
  }
}

export function pairsCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'pairs <file>',
    describe: 'classify text pairs (columns s1, s2) as shared, partial, conflict or unrelated, with a score',
    builder: (y) =>
      y
        .positional('file', { type: 'string', demandOption: true, describe: '.csv with a header row, or .jsonl' })
        .option('out', { type: 'string', describe: 'write to this file instead of stdout' }),
    handler: (args) => {
      const { rows, format, columns } = readRows(args.file);
      const bad = rows.findIndex((r) => typeof r.s1 !== 'string' || typeof r.s2 !== 'string');
      if (bad >= 0) throw new UserError(`${args.file}: row ${bad + 1} has no text in s1 and s2; every row needs both`);
      const verdicts = classifyTextPairs(rows.map((r) => ({ s1: r.s1 as string, s2: r.s2 as string })));
      const out = rows.map((r, i) => ({ ...r, relation: verdicts[i].relation, score: verdicts[i].score }));
      const content =
        format === 'jsonl'
          ? out.map((r) => JSON.stringify(r)).join('\n') + '\n'
          : stringify(out, { header: true, columns: [...columns.filter((c) => c !== 'relation' && c !== 'score'), 'relation', 'score'] });
      emit(io, content, args.out);
      setCode(ExitCode.ok);
    },
  };
}
