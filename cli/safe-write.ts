// Writes claimdiff's output files without destroying anything: never over an input, never over a
// file claimdiff did not write (unless --force), always through a temporary file renamed into
// place, and with a manifest in each folder that records what claimdiff wrote there.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { WriteError } from './exit-codes.js';
import { systemFolderReason } from './paths.js';

/** The manifest claimdiff keeps in every folder it writes to: file name -> SHA-256 of what it wrote. */
export const MANIFEST_NAME = '.claimdiff-manifest.json';
const MANIFEST_SCHEMA = 'claimdiff.manifest/1';

/** What claimdiff may write over. */
export interface WritePolicy {
  /** Identities (device and inode) of every file read as input: never written over, even with --force. */
  inputs: ReadonlySet<string>;
  /** `--force`: replace files claimdiff did not write (a link is replaced, its target left alone). */
  force: boolean;
}

export const NO_INPUTS: WritePolicy = { inputs: new Set(), force: false };

/** A file as the file system knows it, whatever path leads to it. */
function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

/** The identities of the given files (those that exist), for `WritePolicy.inputs`. */
export function fileIdentities(files: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    const info = statSync(file, { throwIfNoEntry: false });
    if (info) out.add(identity(info));
  }
  return out;
}

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'error';
}

type Manifest = Record<string, string>;

/** The folder's manifest, or null when it has none or the file by that name is not one. */
function parseManifest(dir: string): Manifest | null {
  try {
    const value = JSON.parse(readFileSync(path.join(dir, MANIFEST_NAME), 'utf8')) as { schema?: unknown; files?: unknown };
    if (value.schema !== MANIFEST_SCHEMA || typeof value.files !== 'object' || value.files === null) return null;
    return Object.fromEntries(Object.entries(value.files).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return null;
  }
}

/** The folder's manifest; an absent or unreadable one records nothing (so nothing counts as claimdiff's). */
function readManifest(dir: string): Manifest {
  return parseManifest(dir) ?? {};
}

/** The names a folder's manifest lists: files claimdiff wrote, which are never read back as articles. */
export function manifestNames(dir: string): Set<string> {
  return new Set(Object.keys(readManifest(dir)));
}

function manifestText(files: Manifest): string {
  const sorted = Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]]));
  return `${JSON.stringify({ schema: MANIFEST_SCHEMA, files: sorted }, null, 2)}\n`;
}

/** True when the manifest records `name` and the file still holds what claimdiff wrote. */
function writtenByClaimdiff(manifest: Manifest, dir: string, name: string): boolean {
  const recorded = manifest[name];
  if (!recorded) return false;
  try {
    return sha256(readFileSync(path.join(dir, name))) === recorded;
  } catch {
    return false;
  }
}

/**
 * The file's entry (null when absent) and why it may never be written, whatever --force says: it
 * cannot be examined, or it is one of the inputs (through whatever link or second name).
 */
function examine(file: string, policy: WritePolicy): { link: Stats | null; never: string | null } {
  let link: Stats | null;
  let target: Stats | null;
  try {
    link = lstatSync(file, { throwIfNoEntry: false }) ?? null;
    target = link ? (statSync(file, { throwIfNoEntry: false }) ?? null) : null;
  } catch (err) {
    return { link: null, never: `${file}: cannot check it (${code(err)}); choose another --out` };
  }
  const input = link && (policy.inputs.has(identity(link)) || (target !== null && policy.inputs.has(identity(target))));
  return { link, never: input ? `${file} is one of the inputs; claimdiff never writes over an input, choose another --out` : null };
}

/** Why the file may not be written (one line, naming it), or null when it may. */
function refusal(file: string, name: string, manifest: Manifest, policy: WritePolicy, dir: string): string | null {
  const { link, never } = examine(file, policy);
  if (never || !link) return never;
  if (link.isDirectory()) return `${file} is a folder; choose a file name for --out`;
  if (policy.force) return null;
  if (link.isSymbolicLink()) {
    return `${file} is a symbolic link; claimdiff does not write through links: remove it, choose another --out, or pass --force to replace the link (not its target)`;
  }
  if (name === MANIFEST_NAME || !writtenByClaimdiff(manifest, dir, name)) {
    return `${file} exists and claimdiff did not write it (or it changed since); choose another --out, or pass --force to replace it`;
  }
  return null;
}

/**
 * Refuses a folder no output may go to: `-` (standard input, not a folder) and system folders.
 * `what` names the option (`--out`, `--export-dir`).
 */
export function checkOutputFolder(folder: string, what: string): string | null {
  if (folder === '-' || folder.trim() === '') return `${what} needs a folder name ('${folder}' is not one)`;
  const system = systemFolderReason(folder);
  return system ? `${what} ${folder} ${system}; claimdiff does not write there, choose a folder of your own` : null;
}

/** A file claimdiff is about to write: its name inside the folder, and its content (whole, or in chunks written as they come). */
export interface OutputFile {
  name: string;
  content: string | Iterable<string>;
}

/**
 * Checks every file before writing any, so a refusal leaves the folder as it was. Throws
 * WriteError (exit code 5) with one line naming the first file refused.
 */
export function checkOutputs(dir: string, names: readonly string[], policy: WritePolicy): void {
  const manifest = readManifest(dir);
  const refused = names.map((name) => refusal(path.join(dir, name), name, manifest, policy, dir)).filter((r): r is string => r !== null);
  if (refused.length > 0) throw new WriteError(`${refused[0]}${refused.length > 1 ? ` (and ${refused.length - 1} more)` : ''}`);
  const manifestRefused = names.length > 0 ? manifestRefusal(dir, policy) : null;
  if (manifestRefused) throw new WriteError(manifestRefused);
}

/** The manifest is replaced only when it is one (or with --force), and never when it is an input. */
function manifestRefusal(dir: string, policy: WritePolicy): string | null {
  const file = path.join(dir, MANIFEST_NAME);
  const { link, never } = examine(file, policy);
  if (never || !link) return never;
  if (policy.force && !link.isDirectory()) return null;
  if (link.isFile() && parseManifest(dir) !== null) return null;
  return `${file} exists and is not a claimdiff manifest; claimdiff keeps the list of files it wrote there: move it, choose another --out, or pass --force`;
}

/**
 * Writes `content` (whole or in chunks) to `file` through a temporary file in the same folder,
 * renamed into place, so an interrupted write leaves the old file whole; returns its SHA-256.
 * `what` names the option that chose the file, for the message when it cannot be written.
 */
export function writeAtomically(file: string, content: string | Iterable<string>, what = '--out'): string {
  const hash = createHash('sha256');
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    // `wx`: a new file only, so a link planted under the temporary name is never followed.
    fd = openSync(temp, 'wx', 0o644);
    for (const chunk of typeof content === 'string' ? [content] : content) {
      writeSync(fd, chunk);
      hash.update(chunk);
    }
    closeSync(fd);
    fd = null;
    renameSync(temp, file);
    return hash.digest('hex');
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // nothing was created
    }
    throw new WriteError(`${file}: cannot write it (${code(err)}); check the free space and permissions, or choose another ${what}`);
  }
}

/** Creates the folder (and its parents) for output; WriteError when it cannot. */
export function makeOutputFolder(dir: string, what = 'folder'): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new WriteError(`${dir}: cannot create the ${what} (${code(err)}); choose another --out folder`);
  }
}

/**
 * Writes files into `dir` after checking all of them, and records them in the folder's manifest.
 * Returns the written paths in order, and the manifest's path.
 */
export function writeOutputs(dir: string, files: readonly OutputFile[], policy: WritePolicy, what = 'folder'): { written: string[]; manifest: string } {
  makeOutputFolder(dir, what);
  checkOutputs(dir, files.map((f) => f.name), policy);
  const manifest = readManifest(dir);
  const written: string[] = [];
  const manifestPath = path.join(dir, MANIFEST_NAME);
  try {
    for (const f of files) {
      const file = path.join(dir, f.name);
      manifest[f.name] = writeAtomically(file, f.content);
      written.push(file);
    }
  } finally {
    // Files written before a failure are claimdiff's too.
    if (written.length > 0) writeAtomically(manifestPath, manifestText(manifest));
  }
  return { written, manifest: manifestPath };
}
