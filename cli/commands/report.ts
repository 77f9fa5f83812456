// `claimdiff report [inputs..] --out DIR`: groups the inputs into events and writes a report per
// event and an index (HTML, Markdown or JSON), then says where.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Io } from '../io.js';
import { withInputOptions, withAnalysisOptions, analysisFromArgs, choiceOption, folderOption } from '../options.js';
import { progressReporter } from '../progress.js';
import { reportFormats, type ReportFormat } from '../report-formats.js';
import { checkOutputs, MANIFEST_NAME } from '../safe-write.js';

interface Args {
  inputs?: string[];
  format: ReportFormat;
  out: string;
  force: boolean;
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
        .option('out', folderOption('out', 'folder to write the reports to (created if missing)', 'reports'))
        .option('force', { type: 'boolean', default: false, describe: 'replace files in --out that claimdiff did not write' })
        .option('format', choiceOption('format', reportFormats, 'report format', 'html')),
    handler: async (args) => {
      // Loaded when the command runs: start-up and --help load no analysis.
      const [{ analyzeCorpus }, { loadArticles, warnNoClaims, writePolicy }, { loadLexicon }, { workerThreads }, { writeReports }] = await Promise.all([
        import('../../src/corpus.js'),
        import('../load.js'),
        import('../lexicon.js'),
        import('../workers/pool.js'),
        import('../report-files.js'),
      ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const { articles, status } = loaded;
      const policy = writePolicy(loaded, args.force, args.lexicon);
      // The index is known before the work: a refusal there costs nothing (the event files are checked before any is written).
      checkOutputs(path.resolve(args.out), [`index.${args.format}`], policy);
      const analysis = analysisFromArgs(args);
      const corpus = await analyzeCorpus(articles, {
        ...analysis,
        framing,
        events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
        onEventCompared: progressReporter(io, 'comparing'),
      });
      warnNoClaims(io, corpus.comparisons.flatMap((c) => c.articles));
      const written = writeReports(corpus, args.out, args.format, policy).filter((f) => path.basename(f) !== MANIFEST_NAME);
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
