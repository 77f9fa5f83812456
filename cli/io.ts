// Where the CLI writes: injected so tests can capture it; the real process streams by default.
// Every byte of output passes the control neutraliser: article text cannot drive the terminal.
import path from 'node:path';
import { escapeJsonControls, removeControls } from '../src/text/controls.js';
import { applyTextStyles, STYLE_SEQUENCES } from '../src/report/text-style.js';
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
  /** True when standard error is a terminal: progress shows only then (default false). */
  stderrIsTTY?: boolean;
  /** The environment colour follows (NO_COLOR, FORCE_COLOR); default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  stdin: process.stdin,
  columns: process.stdout.columns || 100,
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

/**
 * Text safe to print: control sequences and characters removed (src/text/controls.ts), carriage
 * returns made line breaks (a lone CR would let a line overwrite the one before it).
 */
export function neutralizeOutput(text: string): string {
  return removeControls(text.replace(/\r\n?/g, '\n'));
}

const OWN_STYLES = new RegExp(STYLE_SEQUENCES.map((s) => s.replace(/[[\]\\^$.|?*+()]/g, '\\$&')).join('|'), 'g');

/**
 * Neutralised text that keeps claimdiff's own colour codes (the fixed set text-style.ts writes,
 * added after the content was neutralised): every other sequence and control goes.
 */
export function neutralizeKeepingStyles(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(OWN_STYLES)) {
    out += neutralizeOutput(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + neutralizeOutput(text.slice(at));
}

/**
 * The same Io with both streams neutralised, so no view, message or file name can reach the
 * terminal raw: only claimdiff's own colour codes pass. JSON arrives already escaped (`\u202e`),
 * so this changes no data.
 */
export function guardIo(io: Io): Io {
  return {
    ...io,
    stdout: (text) => io.stdout(neutralizeKeepingStyles(text)),
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
 * Writes a command's output to `--out FILE` (safely, see safe-write.ts) or to standard output. Text
 * is neutralised first, then its colour marks (src/report/text-style.ts) become colour codes when
 * `color` is on, or are dropped. `content` may come in chunks (a large JSON document, `jsonChunks`):
 * it is then written as it is made, in pieces of about 64 KB, never held whole.
 */
export function emit(io: Io, content: string | Iterable<string>, out: string | undefined, kind: OutputKind = 'text', policy: WritePolicy = NO_INPUTS, color = false): void {
  const styled = (text: string) => (kind === 'text' ? applyTextStyles(text, color) : text);
  const safe =
    typeof content === 'string'
      ? styled(safeOutput(content.endsWith('\n') ? content : `${content}\n`, kind))
      : // Chunked output is JSON, which carries no colour marks; text in chunks would lose any split at a piece boundary.
        (function* () {
          for (const piece of safeChunks(content, kind)) yield styled(piece);
        })();
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
