// Where the review file is, reading it, and saving it safely: beside the inputs (one per corpus)
// unless --review names one; when that folder cannot be written, in the user's state folder, and
// claimdiff says where. A file that is not a claimdiff review file, or one changed by another
// program since claimdiff read it, is never written over; every save is whole or not at all.
import { accessSync, constants, lstatSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import path from 'node:path';
import type { ReviewFile } from '../src/types.js';
import { emptyReview, parseReview, ReviewFileError, serializeReview } from '../src/review/index.js';
import { stableHash } from '../src/text/stable-id.js';
import { UserError, WriteError } from './exit-codes.js';
import { fileIdentities, writeAtomically, type WritePolicy } from './safe-write.js';
import { systemFolderReason } from './paths.js';

/** The review file's name beside the inputs: a dot file, so reading the folder never takes it for an article. */
export const REVIEW_FILE_NAME = '.claimdiff-review.json';

/** A review file is small; anything larger is not one. */
const MAX_REVIEW_BYTES = 64 * 1024 * 1024;

export interface ReviewLocation {
  path: string;
  /** Said once to the user when the file is not where they would look (the inputs' folder cannot be written). */
  note: string | null;
}

/** The folder that holds all the inputs (a folder input counts as itself), or null for none (standard input). */
export function inputsFolder(inputs: readonly string[]): string | null {
  const folders = inputs.map((p) => {
    const full = path.resolve(p);
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() ? full : path.dirname(full);
  });
  if (folders.length === 0) return null;
  const parts = folders.map((f) => f.split(path.sep));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0][i]); i += 1) common.push(parts[0][i]);
  return common.join(path.sep) || path.sep;
}

function writable(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The user's state folder for claimdiff's reviews (XDG_STATE_HOME, else ~/.local/state). */
export function stateFolder(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(homedir(), '.local', 'state');
  return path.join(base, 'claimdiff', 'reviews');
}

/**
 * Where the inputs' review file is: `--review FILE` when given; else `.claimdiff-review.json` in
 * the folder that holds the inputs when it can be written (or the file there already exists);
 * else a file named after that folder in the state folder. Null for standard input without --review.
 */
export function reviewLocation(inputs: readonly string[], explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): ReviewLocation | null {
  if (explicit) return { path: path.resolve(explicit), note: null };
  const folder = inputsFolder(inputs.filter((p) => p !== '-'));
  if (folder === null) return null;
  const beside = path.join(folder, REVIEW_FILE_NAME);
  const exists = lstatSync(beside, { throwIfNoEntry: false }) !== undefined;
  if (exists || (writable(folder) && systemFolderReason(folder) === null)) return { path: beside, note: null };
  const kept = path.join(stateFolder(env), `${path.basename(folder) || 'root'}-${stableHash(folder)}.json`);
  return { path: kept, note: `the inputs' folder ${folder} cannot be written: the review file is ${kept}` };
}

/** A review file as read: its decisions, and its text (to see whether another program changed it since). */
export interface LoadedReview {
  path: string;
  review: ReviewFile;
  /** The file's text when read, null when it did not exist. */
  text: string | null;
  note: string | null;
}

function readText(file: string): string | null {
  let info;
  try {
    info = lstatSync(file, { throwIfNoEntry: false });
  } catch (err) {
    throw new UserError(`${file}: cannot read the review file (${(err as NodeJS.ErrnoException).code ?? 'error'}); check it, or pass --review another file`);
  }
  if (!info) return null;
  const target = info.isSymbolicLink() ? statSync(file, { throwIfNoEntry: false }) : info;
  if (!target?.isFile()) throw new UserError(`${file}: is not a file; --review names a claimdiff review file (JSON)`);
  if (target.size > MAX_REVIEW_BYTES) throw new UserError(`${file}: is ${Math.round(target.size / 1048576)} MB, too large for a review file; pass --review another file`);
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`${file}: cannot read the review file (${(err as NodeJS.ErrnoException).code ?? 'error'}); check its permissions, or pass --review another file`);
  }
}

/** The review as it stands in the file: one line naming the file when it cannot be read, nothing written. */
export function parseReviewText(file: string, text: string): ReviewFile {
  try {
    return parseReview(text);
  } catch (err) {
    if (err instanceof ReviewFileError) throw new UserError(`${file} ${err.message}; claimdiff leaves it as it is: fix or move it, or pass --review another file`);
    throw err;
  }
}

/**
 * Reads the review file at `location` (none there yet: an empty review). `mustExist` for commands
 * that only read a review the user named. Never throws a stack trace for a user's file.
 */
export function loadReview(location: ReviewLocation, policy: WritePolicy, mustExist = false): LoadedReview {
  const file = location.path;
  if ([...fileIdentities([file])].some((id) => policy.inputs.has(id))) {
    throw new UserError(`${file} is one of the inputs; --review names a claimdiff review file, never an article`);
  }
  const text = readText(file);
  if (text === null && mustExist) throw new UserError(`${file}: no such review file; check the path (claimdiff browse --review FILE starts one)`);
  return { path: file, review: text === null ? emptyReview() : parseReviewText(file, text), text, note: location.note };
}

/**
 * Saves reviews one after another to one file: each save checks that the file still holds what
 * claimdiff last read or wrote (else another program changed it: it is left alone), then writes
 * whole through a temporary file. Throws WriteError (one line) when it may not or cannot.
 */
export class ReviewStore {
  private last: string | null;

  constructor(
    readonly path: string,
    read: string | null,
    private readonly policy: WritePolicy,
  ) {
    this.last = read;
  }

  save(review: ReviewFile): void {
    const file = this.path;
    if ([...fileIdentities([file])].some((id) => this.policy.inputs.has(id))) throw new WriteError(`${file} is one of the inputs; claimdiff never writes over an input`);
    const info = lstatSync(file, { throwIfNoEntry: false });
    if (info?.isSymbolicLink()) throw new WriteError(`${file} is a symbolic link; claimdiff does not write reviews through links: pass --review the file itself`);
    let now: string | null = null;
    if (info) {
      try {
        now = readFileSync(file, 'utf8');
      } catch (err) {
        throw new WriteError(`${file}: cannot read it before saving (${(err as NodeJS.ErrnoException).code ?? 'error'}); the review was not saved`);
      }
    }
    if (now !== null && now !== this.last) {
      try {
        parseReview(now);
      } catch {
        throw new WriteError(`${file} is no longer a claimdiff review file; claimdiff leaves it as it is and did not save: move it, then review again`);
      }
      throw new WriteError(`${file} changed since claimdiff read it (another program or reviewer); not saved: quit and open it again to see both`);
    }
    try {
      mkdirSync(path.dirname(file), { recursive: true });
    } catch (err) {
      throw new WriteError(`${path.dirname(file)}: cannot create the folder for the review file (${(err as NodeJS.ErrnoException).code ?? 'error'}); pass --review another file`);
    }
    const text = serializeReview(review);
    writeAtomically(file, text, '--review');
    this.last = text;
  }
}

/** Who reviews: --reviewer, else CLAIMDIFF_REVIEWER, else the user's login name. */
export function reviewerName(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  if (given?.trim()) return given.trim();
  if (env.CLAIMDIFF_REVIEWER?.trim()) return env.CLAIMDIFF_REVIEWER.trim();
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
