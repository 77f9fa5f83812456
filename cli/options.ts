// Options and names shared by the commands.
import type { Argv } from 'yargs';

/** Options every command that reads articles takes. */
export function withInputOptions<T>(y: Argv<T>) {
  return y
    .positional('inputs', { type: 'string', array: true, describe: 'files, folders or - for stdin (default: the example corpus)' })
    .option('keep-boilerplate', { type: 'boolean', default: false, describe: 'analyse boilerplate too (read-also blocks, tags ...) instead of removing it' })
    .option('max-size', { type: 'number', default: 50, describe: 'skip input files larger than this many MB' });
}

/** yargs drops a lone `-` from positionals, so standard input travels under this name. */
export const STDIN_ARG = '<stdin>';
