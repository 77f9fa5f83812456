// `claimdiff compare <inputs..>`: the inputs as coverage of one event, aligned claim by claim.
import type { CommandModule } from 'yargs';
import { compareArticles } from '../../src/compare.js';
import { renderCompareText } from '../../src/report/text.js';
import { loadArticles } from '../load.js';
import { emit, type Io } from '../io.js';
import { withInputOptions } from '../options.js';
import { UsageError } from '../exit-codes.js';
import { loadLexicon } from '../lexicon.js';

interface Args {
  inputs?: string[];
  format: string;
  out?: string;
  'align-threshold'?: number;
  'shared-threshold'?: number;
  lexicon?: string;
  'keep-boilerplate': boolean;
  'max-size': number;
}

export const compareFormats = ['text', 'json'] as const;

export function compareCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'compare [inputs..]',
    describe: 'align the claims of articles about one event: shared, partial, conflicting, unique',
    builder: (y) =>
      withInputOptions(y)
        .option('format', { type: 'string', choices: compareFormats, default: 'text', describe: 'output format' })
        .option('out', { type: 'string', describe: 'write to this file instead of stdout' })
        .option('align-threshold', { type: 'number', describe: 'minimum similarity for two claims to align (0..1)' })
        .option('shared-threshold', { type: 'number', describe: 'minimum similarity for an aligned pair to count as shared, not partial' })
        .option('lexicon', { type: 'string', describe: 'extra framing lexicon (TSV or JSON, see the README)' })
        .check((a) => {
          for (const key of ['align-threshold', 'shared-threshold'] as const) {
            const v = a[key];
            if (v !== undefined && !(v >= 0 && v <= 1)) throw new UsageError(`--${key} must be a number from 0 to 1, not ${v}`);
          }
          return true;
        }) as never,
    handler: async (args) => {
      const framing = loadLexicon(args.lexicon);
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const comparison = compareArticles(articles, {
        ...(args['align-threshold'] !== undefined && { alignThreshold: args['align-threshold'] }),
        ...(args['shared-threshold'] !== undefined && { sharedThreshold: args['shared-threshold'] }),
      }, framing);
      const content = args.format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : renderCompareText(comparison);
      emit(io, content, args.out);
      setCode(status);
    },
  };
}
