// `claimdiff compare <inputs..>`: the inputs as coverage of one event, aligned claim by claim.
import type { CommandModule } from 'yargs';
import type { Comparison, EventGroup } from '../../src/types.js';
import { progressReporter } from '../progress.js';
import { checkOutFile, emit, type Io } from '../io.js';
import { withInputOptions, withAnalysisOptions, analysisFromArgs, choiceOption, withOutFileOptions } from '../options.js';
import { UserError } from '../exit-codes.js';
import { jsonChunks } from '../json-chunks.js';

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
}

export const compareFormats = ['text', 'json', 'md', 'html'] as const;

export function compareCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'compare [inputs..]',
    describe: 'group the inputs into events and align their claims: shared, partial, conflicting, unique',
    builder: (y) =>
      withOutFileOptions(withAnalysisOptions(withInputOptions(y)))
        .option('format', choiceOption('format', compareFormats, 'output format: text, json, md (Markdown report) or html (self-contained HTML report)', 'text'))
        .option('one-event', { type: 'boolean', default: false, describe: 'compare all inputs as one event instead of grouping them into events first' }),
    handler: async (args) => {
      // Loaded when the command runs, the report renderers only for a report: start-up and --help load no analysis.
      const [{ compareArticles }, { analyzeCorpus }, { loadArticles, warnNoClaims, writePolicy }, { loadLexicon }, { workerThreads }] = await Promise.all([
        import('../../src/compare.js'),
        import('../../src/corpus.js'),
        import('../load.js'),
        import('../lexicon.js'),
        import('../workers/pool.js'),
      ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const { articles, status } = loaded;
      const policy = writePolicy(loaded, args.force, args.lexicon);
      checkOutFile(args.out, policy); // before the work, so a refusal costs nothing
      const analysis = analysisFromArgs(args);
      const json = args.format === 'json';
      const report = args.format === 'md' || args.format === 'html' ? args.format : null;
      const { renderEventReport } = report ? await import('../report-files.js') : { renderEventReport: null };
      const { renderCompareText } = json || report ? { renderCompareText: null } : await import('../../src/report/text.js');
      const { corpusJson, renderCorpusText } = await import('../../src/report/corpus-text.js');
      const render = (c: Comparison, event: EventGroup | null) => (report ? renderEventReport!(c, event, report) : json ? jsonChunks(c) : renderCompareText!(c));
      let content: string | Iterable<string>;
      if (args['one-event'] || articles.length === 1) {
        const comparison = compareArticles(articles, { ...analysis, framing });
        warnNoClaims(io, comparison.articles);
        content = render(comparison, null);
      } else {
        // A corpus: group into events first; one event renders exactly like --one-event.
        const corpus = await analyzeCorpus(articles, { ...analysis, framing, events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() } });
        warnNoClaims(io, corpus.comparisons.flatMap((c) => c.articles));
        if (corpus.events.length === 1) content = render(corpus.comparisons[0], corpus.events[0]);
        else if (report) {
          throw new UserError(
            `the inputs form ${corpus.events.length} events; a --format ${report} report covers one: run 'claimdiff report' for a report per event, or pass --one-event`,
          );
        } else content = json ? jsonChunks(corpusJson(corpus), 4) : renderCorpusText(corpus);
      }
      emit(io, content, args.out, json ? 'json' : 'text', policy);
      setCode(status);
    },
  };
}
