// Where the CLI writes: injected so tests can capture it; the real process streams by default.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './exit-codes.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when standard output is a terminal (the UI opens only there). */
  isTTY: boolean;
  stdin: NodeJS.ReadableStream;
  /** Terminal width, for views that wrap. */
  columns: number;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stdin: process.stdin,
  columns: process.stdout.columns || 100,
};

/** Writes a command's output to `--out FILE` or to standard output. */
export function emit(io: Io, content: string, out: string | undefined): void {
  if (!out || out === '-') {
    io.stdout(content.endsWith('\n') ? content : `${content}\n`);
    return;
  }
  try {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileSync(out, content);
  } catch (err) {
    throw new UserError(`${out}: cannot write the output (${(err as NodeJS.ErrnoException).code ?? 'error'}); choose another --out path`);
  }
  io.stderr(`wrote ${out}\n`);
}
