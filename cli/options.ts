// Options and names shared by the commands.
import type { Argv } from 'yargs';
import type { AnalysisOverrides } from '../src/options.js';
import { UsageError } from './exit-codes.js';

/** Options every command that reads articles takes. */
export function withInputOptions<T>(y: Argv<T>) {
  return y
    .positional('inputs', { type: 'string', array: true, describe: 'files, folders or - for stdin (default: the example corpus)' })
    .option('keep-boilerplate', { type: 'boolean', default: false, describe: 'analyse boilerplate too (read-also blocks, tags ...) instead of removing it' })
    .option('max-size', { type: 'number', default: 50, describe: 'skip input files larger than this many MB' });
}

/** yargs drops a lone `-` from positionals, so standard input travels under this name. */
export const STDIN_ARG = '<stdin>';

/** The analysis options of the commands that align claims (compare, report). */
export function withAnalysisOptions<T>(y: Argv<T>) {
  return y
    .option('align-threshold', { type: 'number', describe: 'minimum similarity for two claims to align (0..1)' })
    .option('shared-threshold', { type: 'number', describe: 'minimum similarity for an aligned pair to count as shared, not partial' })
    .option('lexicon', { type: 'string', describe: 'extra framing lexicon (TSV or JSON, see the README)' })
    .check((a) => {
      for (const key of ['align-threshold', 'shared-threshold'] as const) {
        const v = a[key];
        if (v !== undefined && !(v >= 0 && v <= 1)) throw new UsageError(`--${key} must be a number from 0 to 1, not ${v}`);
      }
      return true;
    });
}

/** The thresholds the user gave, as library overrides (the library's defaults fill the rest). */
export function analysisFromArgs(args: { 'align-threshold'?: number; 'shared-threshold'?: number }): AnalysisOverrides {
  return {
    align: args['align-threshold'] !== undefined ? { threshold: args['align-threshold'] } : {},
    classify: args['shared-threshold'] !== undefined ? { sharedThreshold: args['shared-threshold'] } : {},
  };
}
