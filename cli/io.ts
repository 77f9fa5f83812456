// Where the CLI writes: injected so tests can capture it; the real process streams by default.
// Every byte of output passes the control neutraliser: article text cannot drive the terminal.
import path from 'node:path';
import { escapeJsonControls, removeControls } from '../src/text/controls.js';
import { WriteError } from './exit-codes.js';
import { checkOutputs, NO_INPUTS, writeOutputs, type WritePolicy } from './safe-write.js';
import { systemFolderReason } from './paths.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when standard output is a terminal (the UI opens only there). */
  isTTY: boolean;
  stdin: NodeJS.ReadableStream;
  /** Terminal width, for views that wrap. */
  columns: number;
  /** A status line rewritten in place (progress on a terminal): claimdiff's own text only, not neutralised. */
  progress?: (text: string) => void;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stdin: process.stdin,
  columns: process.stdout.columns || 100,
};

/**
 * Text safe to print: control sequences and characters removed (src/text/controls.ts), carriage
 * returns made line breaks (a lone CR would let a line overwrite the one before it).
 */
export function neutralizeOutput(text: string): string {
  return removeControls(text.replace(/\r\n?/g, '\n'));
}

/**
 * The same Io with both streams neutralised, so no view, message or file name can reach the
 * terminal raw. JSON arrives already escaped (`\u202e`), so this changes no data.
 */
export function guardIo(io: Io): Io {
  return {
    ...io,
    stdout: (text) => io.stdout(neutralizeOutput(text)),
    stderr: (text) => io.stderr(neutralizeOutput(text)),
    progress: io.progress ?? io.stderr,
  };
}

/** How an output is made safe: JSON keeps its data (controls written as `\uXXXX`), text loses the controls. */
export type OutputKind = 'json' | 'text';

export function safeOutput(content: string, kind: OutputKind): string {
  return kind === 'json' ? escapeJsonControls(content) : neutralizeOutput(content);
}

/** Where `--out FILE` may go: one line saying why not, or null. `-` means standard output. */
export function outFileProblem(out: string): string | null {
  if (out.trim() === '') return '--out needs a file name';
  if (out === '-') return null;
  const system = systemFolderReason(path.dirname(path.resolve(out)));
  return system ? `--out ${out}: the folder ${path.dirname(path.resolve(out))} ${system}; choose a folder of your own` : null;
}

/**
 * Checks before any work that `--out FILE` may be written (not an input, not a file claimdiff did
 * not write unless --force); throws WriteError (exit code 5) when not.
 */
export function checkOutFile(out: string | undefined, policy: WritePolicy): void {
  if (!out || out === '-') return;
  const dir = path.dirname(path.resolve(out));
  checkOutputs(dir, [path.basename(out)], policy);
}

/**
 * Writes a command's output to `--out FILE` (safely, see safe-write.ts) or to standard output.
 * `content` may come in chunks (a large JSON document, `jsonChunks`): it is then written as it is
 * made, in pieces of about 64 KB, never held whole.
 */
export function emit(io: Io, content: string | Iterable<string>, out: string | undefined, kind: OutputKind = 'text', policy: WritePolicy = NO_INPUTS): void {
  const safe = typeof content === 'string' ? safeOutput(content.endsWith('\n') ? content : `${content}\n`, kind) : safeChunks(content, kind);
  if (!out || out === '-') {
    if (typeof safe === 'string') io.stdout(safe);
    else for (const piece of safe) io.stdout(piece);
    return;
  }
  const problem = outFileProblem(out);
  if (problem) throw new WriteError(problem);
  const dir = path.dirname(path.resolve(out));
  writeOutputs(dir, [{ name: path.basename(out), content: safe }], policy);
  io.stderr(`wrote ${out}\n`);
}

/** Chunks made safe and gathered into pieces of about 64 KB, ending with a line break. */
function* safeChunks(chunks: Iterable<string>, kind: OutputKind): Generator<string> {
  let piece = '';
  for (const chunk of chunks) {
    piece += chunk;
    if (piece.length >= 1 << 16) {
      yield safeOutput(piece, kind);
      piece = '';
    }
  }
  if (!piece.endsWith('\n')) piece += '\n';
  yield safeOutput(piece, kind);
}
