// `claimdiff report [inputs..] --out DIR`: groups the inputs into events and writes a report per
// event and an index (HTML, Markdown or JSON), then says where.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { analyzeCorpus } from '../../src/corpus.js';
import { loadArticles, warnNoClaims, writePolicy } from '../load.js';
import type { Io } from '../io.js';
import { withInputOptions, withAnalysisOptions, analysisFromArgs, choiceOption, folderOption } from '../options.js';
import { progressReporter } from '../progress.js';
import { workerThreads } from '../workers/pool.js';
import { loadLexicon } from '../lexicon.js';
import { reportFormats, writeReports, type ReportFormat } from '../report-files.js';
import { checkOutputs, MANIFEST_NAME } from '../safe-write.js';
import { readReview, reviewCorpus, withReviewOptions } from '../review-option.js';
import type { UnreviewedDisplay } from '../../src/report/review-view.js';

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
  review?: string;
  unreviewed: UnreviewedDisplay;
}

export function reportCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'report [inputs..]',
    describe: 'write a comparison report per event and an index page (HTML, Markdown or JSON) to a folder',
    builder: (y) =>
      withReviewOptions(withAnalysisOptions(withInputOptions(y)))
        .option('out', folderOption('out', 'folder to write the reports to (created if missing)', 'reports'))
        .option('force', { type: 'boolean', default: false, describe: 'replace files in --out that claimdiff did not write' })
        .option('format', choiceOption('format', reportFormats, 'report format', 'html')),
    handler: async (args) => {
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const { articles, status } = loaded;
      const review = readReview(args, writePolicy(loaded, args.force, args.lexicon));
      const policy = writePolicy(loaded, args.force, args.lexicon, review?.path);
      // The index is known before the work: a refusal there costs nothing (the event files are checked before any is written).
      checkOutputs(path.resolve(args.out), [`index.${args.format}`], policy);
      const analysis = analysisFromArgs(args);
      const engine = await analyzeCorpus(articles, {
        ...analysis,
        framing,
        events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
        onEventCompared: progressReporter(io, 'comparing'),
      });
      warnNoClaims(io, engine.comparisons.flatMap((c) => c.articles));
      const corpus = reviewCorpus(engine, review, io);
      const written = writeReports(corpus, args.out, args.format, policy, args.unreviewed).filter((f) => path.basename(f) !== MANIFEST_NAME);
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
