// `claimdiff report [inputs..] --out DIR`: groups the inputs into events and writes a report per
// event and an index (HTML, Markdown or JSON), then says where.
import type { CommandModule } from 'yargs';
import { analyzeCorpus } from '../../src/corpus.js';
import { loadArticles } from '../load.js';
import type { Io } from '../io.js';
import { withInputOptions, withAnalysisOptions, analysisFromArgs } from '../options.js';
import { progressReporter } from '../progress.js';
import { workerThreads } from '../workers/pool.js';
import { loadLexicon } from '../lexicon.js';
import { UsageError } from '../exit-codes.js';
import { reportFormats, writeReports, type ReportFormat } from '../report-files.js';

interface Args {
  inputs?: string[];
  format: ReportFormat;
  out: string;
  'align-threshold'?: number;
  'shared-threshold'?: number;
  lexicon?: string;
  'keep-boilerplate': boolean;
  'max-size': number;
}

export function reportCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'report [inputs..]',
    describe: 'write a comparison report per event and an index page (HTML, Markdown or JSON) to a folder',
    builder: (y) =>
      withAnalysisOptions(withInputOptions(y))
        .option('out', { type: 'string', default: 'reports', describe: 'folder to write the reports to (created if missing)' })
        .option('format', { type: 'string', choices: reportFormats, default: 'html' as const, describe: 'report format' })
        .check((a) => {
          if (typeof a.out !== 'string' || a.out.trim() === '') throw new UsageError('--out needs a folder name');
          return true;
        }),
    handler: async (args) => {
      const framing = loadLexicon(args.lexicon);
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const analysis = analysisFromArgs(args);
      const corpus = await analyzeCorpus(articles, {
        ...analysis,
        framing,
        events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
        onEventCompared: progressReporter(io, 'comparing'),
      });
      const written = writeReports(corpus, args.out, args.format);
      const index = written[written.length - 1];
      io.stdout(
        `wrote ${corpus.events.length} event reports and an index (${args.format}) for ${articles.length} articles:\n` +
          written.map((f) => `  ${f}\n`).join('') +
          `open ${index}\n`,
      );
      setCode(status);
    },
  };
}
