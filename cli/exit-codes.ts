// Exit codes, documented in the README: scripts rely on them.
export const ExitCode = {
  /** Everything was read and done. */
  ok: 0,
  /** An unexpected internal error (a bug): the only case that prints a stack trace. */
  internal: 1,
  /** The command line is wrong (unknown option or command, bad value); nothing was done. */
  usage: 2,
  /** None of the inputs held a readable article; nothing to compare. */
  noInput: 3,
  /** The work was done, but some inputs were skipped; each is named on stderr. */
  partial: 4,
  /**
   * The output was not written: writing failed (no space, no permission ...), or it would have
   * replaced an input or a file claimdiff did not write. Files written before the failure stay.
   */
  writeFailed: 5,
  /** `--fail-on-conflict` and the outlets contradict each other: a conflicting claim group or figure (scripts, CI). */
  conflicts: 6,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A mistake in the command line, reported as one line and exit code 2. */
export class UsageError extends Error {}

/** A user mistake found while working (unwritable output file ...), reported as one line. */
export class UserError extends Error {
  constructor(message: string, readonly code: ExitCodeValue = ExitCode.usage) {
    super(message);
  }
}

/** The output could not or may not be written: one line, exit code 5. */
export class WriteError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.writeFailed);
  }
}
