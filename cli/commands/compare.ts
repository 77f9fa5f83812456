// `claimdiff compare <inputs..>`: the inputs as coverage of one event, aligned claim by claim.
import type { CommandModule } from 'yargs';
import { compareArticles } from '../../src/compare.js';
import { analyzeCorpus } from '../../src/corpus.js';
import { renderCompareText } from '../../src/report/text.js';
import { corpusJson, renderCorpusText } from '../../src/report/corpus-text.js';
import type { Comparison, EventGroup } from '../../src/types.js';
import { progressReporter } from '../progress.js';
import { workerThreads } from '../workers/pool.js';
import { loadArticles, warnNoClaims, writePolicy } from '../load.js';
import { checkOutFile, emit, type Io } from '../io.js';
import { withInputOptions, withAnalysisOptions, analysisFromArgs, choiceOption, withOutFileOptions } from '../options.js';
import { UserError } from '../exit-codes.js';
import { renderEventReport } from '../report-files.js';
import { jsonChunks } from '../json-chunks.js';
import { loadLexicon } from '../lexicon.js';
import { readReview, reviewComparison, reviewCorpus, withReviewOptions } from '../review-option.js';
import type { UnreviewedDisplay } from '../../src/report/review-view.js';

interface Args {
  inputs?: string[];
  format: string;
  out?: string;
  force: boolean;
  'align-threshold'?: number;
  'shared-threshold'?: number;
  lexicon?: string;
  'one-event': boolean;
  'keep-boilerplate': boolean;
  'max-size': number;
  review?: string;
  unreviewed: UnreviewedDisplay;
}

export const compareFormats = ['text', 'json', 'md', 'html'] as const;

export function compareCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'compare [inputs..]',
    describe: 'group the inputs into events and align their claims: shared, partial, conflicting, unique',
    builder: (y) =>
      withReviewOptions(withOutFileOptions(withAnalysisOptions(withInputOptions(y))))
        .option('format', choiceOption('format', compareFormats, 'output format: text, json, md (Markdown report) or html (self-contained HTML report)', 'text'))
        .option('one-event', { type: 'boolean', default: false, describe: 'compare all inputs as one event instead of grouping them into events first' }),
    handler: async (args) => {
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const { articles, status } = loaded;
      // The review file is read before the work (a broken one stops here) and is never written over by --out.
      const review = readReview(args, writePolicy(loaded, args.force, args.lexicon));
      const policy = writePolicy(loaded, args.force, args.lexicon, review?.path);
      checkOutFile(args.out, policy); // before the work, so a refusal costs nothing
      const analysis = analysisFromArgs(args);
      const json = args.format === 'json';
      const report = args.format === 'md' || args.format === 'html' ? args.format : null;
      const render = (c: Comparison, event: EventGroup | null) =>
        report ? renderEventReport(c, event, report, args.unreviewed) : json ? jsonChunks(c) : renderCompareText(c, args.unreviewed);
      let content: string | Iterable<string>;
      if (args['one-event'] || articles.length === 1) {
        const comparison = reviewComparison(compareArticles(articles, { ...analysis, framing }), review, io);
        warnNoClaims(io, comparison.articles);
        content = render(comparison, null);
      } else {
        // A corpus: group into events first; one event renders exactly like --one-event.
        const corpus = reviewCorpus(await analyzeCorpus(articles, { ...analysis, framing, events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() } }), review, io);
        warnNoClaims(io, corpus.comparisons.flatMap((c) => c.articles));
        if (corpus.events.length === 1) content = render(corpus.comparisons[0], corpus.events[0]);
        else if (report) {
          throw new UserError(
            `the inputs form ${corpus.events.length} events; a --format ${report} report covers one: run 'claimdiff report' for a report per event, or pass --one-event`,
          );
        } else content = json ? jsonChunks(corpusJson(corpus), 4) : renderCorpusText(corpus, args.unreviewed);
      }
      emit(io, content, args.out, json ? 'json' : 'text', policy);
      setCode(status);
    },
  };
}
