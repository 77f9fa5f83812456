// `claimdiff compare <inputs..>`: the inputs grouped into events and each event's coverage aligned
// claim by claim; or one event (`--event ID`, `--one-event`).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CommandModule } from 'yargs';
import type { OnlyPart } from '../../src/report/key-findings.js';
import type { Comparison, EventGroup } from '../../src/types.js';
import { checkOutFile, emit, type Io } from '../io.js';
import {
  analysisFromArgs,
  choiceOption,
  colorOption,
  failOnConflictOption,
  onlyOption,
  useColor,
  withAnalysisOptions,
  withInputOptions,
  withOutFileOptions,
  withSelectionOptions,
  type ColorChoice,
} from '../options.js';
import { UsageError, UserError } from '../exit-codes.js';
import { jsonChunks } from '../json-chunks.js';
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
  outlets?: string;
  'one-event': boolean;
  event?: string;
  'min-outlets': number;
  only?: OnlyPart;
  color: ColorChoice;
  'fail-on-conflict': boolean;
  'keep-boilerplate': boolean;
  'max-size': number;
  review?: string;
  unreviewed: UnreviewedDisplay;
}

/**
 * A full collection when the heap has grown 40% past what the last one kept, not V8's default (up
 * to four times): a comparison keeps a few hundred megabytes live while it makes gigabytes of
 * short-lived objects, and its peak memory was that garbage (1,000 articles: 510-780 MB). Set
 * here, once the command runs, so start-up and the other commands are untouched. Node warns that
 * a flag changed after start-up may do nothing or misbehave; this one is a collection heuristic,
 * measured to act (12 full collections instead of 5 at 1,000 articles, the same output).
 */
function collectSooner(): void {
  setFlagsFromString('--heap-growing-percent=40');
}

/**
 * From this many claims (about 400 ANT articles) a comparison collects its garbage as stages end:
 * at 1,000 articles (9,754 claims) its peak was garbage of the stage before, kept until V8 chose to
 * collect. Below it nothing changes: a small comparison's peak is start-up, and collecting would
 * only cost time.
 */
export const COLLECT_FROM_CLAIMS = 4000;

/**
 * The stages after which a large comparison collects (measured at 1,000 articles: after `origins`
 * a collection lowered no peak and cost time), and how far the heap may grow past what the last
 * collection kept from each stage on: 20% while the pairs are described (between `prepared` and
 * `described`: every claim prepared, the kept pairs' vectors filling), 40% while they are grouped,
 * diffed and classified, and 20% again once they are (framing, origins, figures): with less live
 * data while the pairs are described, the peak had moved to framing and origins (403-405 MiB).
 */
const COLLECT_AFTER: ReadonlySet<string> = new Set(['prepared', 'described', 'aligned', 'classified', 'figures']);
export const GROWTH_FROM: Readonly<Record<string, number>> = { prepared: 20, described: 40, classified: 20 };

/**
 * The pipeline's stage hook for large comparisons: a full collection after the stages above (V8's
 * `gc`, reached at run time through `--expose-gc` and a new context, so no command-line flag is
 * needed; checked in Node 20, 22 and 24; the global `gc` stays undefined). 1,000 ANT articles:
 * peak RSS 450-506 -> 405-408 MiB (stop 33), then 392-394 MiB with 20% growth after classify too
 * (stop 35), the same JSON and CPU time (README, "Quality and speed, measured"). `setFlags`: for tests.
 */
export function collectBetweenStages(setFlags: (flags: string) => void = setFlagsFromString): (stage: string, claims: number) => void {
  let gc: (() => void) | null = null;
  return (stage, claims) => {
    if (claims < COLLECT_FROM_CLAIMS) return;
    if (!gc) {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    }
    if (GROWTH_FROM[stage] !== undefined) setFlags(`--heap-growing-percent=${GROWTH_FROM[stage]}`);
    if (COLLECT_AFTER.has(stage)) gc();
  };
}

export const compareFormats = ['text', 'json', 'md', 'html'] as const;

export function compareCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'compare [inputs..]',
    describe: 'group the inputs into events and align their claims: key findings, figures, shared, partial, conflicting, unique',
    builder: (y) =>
      withReviewOptions(withSelectionOptions(withOutFileOptions(withAnalysisOptions(withInputOptions(y))), 1))
        .option('format', choiceOption('format', compareFormats, 'output format: text, json, md (Markdown report) or html (self-contained HTML report)', 'text'))
        .option('one-event', { type: 'boolean', default: false, describe: 'compare all inputs as one event instead of grouping them into events first' })
        .option('only', onlyOption())
        .option('color', colorOption())
        .option('fail-on-conflict', failOnConflictOption())
        .example('$0 compare articles/', 'group a folder into events and compare each')
        .example("$0 compare corpus.jsonl --event e46e65a91 --format md --out feb7.md", "one event's Markdown report (ids from 'claimdiff events')")
        .example('$0 compare corpus.jsonl --event BB-internationalNews-457-20180503', 'the event that holds this article')
        .example('$0 compare a.txt b.txt --one-event --only conflicts --fail-on-conflict', 'in a script: exit code 6 when the two contradict each other'),
    handler: async (args) => {
      if (args.only && args.format === 'html') throw new UsageError('--only narrows text, md and json output; the HTML report shows one relation at a time by itself (its "Show" links)');
      if (args['one-event'] && args.event) throw new UsageError('--one-event and --event exclude each other: --one-event compares all inputs as one event, --event picks one event of a corpus');
      // Loaded when the command runs, the renderers only for the format asked: start-up and --help load no analysis.
      const [{ compareArticles }, { loadArticles, warnNoClaims, writePolicy }, { loadLexicon }, { analyzeSelection, conflictStatus }] = await Promise.all([
        import('../../src/compare.js'),
        import('../load.js'),
        import('../lexicon.js'),
        import('../select.js'),
      ]);
      collectSooner();
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const { articles, status } = loaded;
      // The review file is read before the work (a broken one stops here) and is never written over by --out.
      const review = readReview(args, writePolicy(loaded, args.force, args.lexicon, args.outlets));
      const policy = writePolicy(loaded, args.force, args.lexicon, args.outlets, review?.path);
      checkOutFile(args.out, policy); // before the work, so a refusal costs nothing
      const analysis = analysisFromArgs(args);
      const only = args.only ?? null;
      const json = args.format === 'json';
      const report = args.format === 'md' || args.format === 'html' ? args.format : null;
      const { renderEventReport } = report ? await import('../report-files.js') : { renderEventReport: null };
      const { compareJson, corpusJson } = json ? await import('../../src/report/json.js') : { compareJson: null, corpusJson: null };
      const [{ renderCompareText }, { renderCorpusText }] = json || report ? [{ renderCompareText: null }, { renderCorpusText: null }] : await Promise.all([import('../../src/report/text.js'), import('../../src/report/corpus-text.js')]);
      const render = (c: Comparison, event: EventGroup | null) =>
        report
          ? renderEventReport!(c, event, report, { only, unreviewed: args.unreviewed })
          : json
            ? jsonChunks(compareJson!(c, only))
            : renderCompareText!(c, { event, only, marks: true, unreviewed: args.unreviewed });
      // JSON comes in chunks, written as it is serialised (a large corpus is never held whole as text).
      let content: string | Iterable<string>;
      let compared: Comparison[];
      if (args['one-event'] || articles.length === 1) {
        const comparison = reviewComparison(compareArticles(articles, { ...analysis, framing }, collectBetweenStages()), review, io);
        warnNoClaims(io, comparison.articles);
        content = render(comparison, null);
        compared = [comparison];
      } else {
        // A corpus: group into events first; one event renders exactly like --one-event.
        const corpus = reviewCorpus(await analyzeSelection(articles, { ...analysis, framing }, { event: args.event, minOutlets: args['min-outlets'] }, io), review, io);
        warnNoClaims(io, corpus.comparisons.flatMap((c) => c.articles));
        compared = corpus.comparisons;
        const single = args.event !== undefined || (corpus.events.length === 1 && !corpus.notCompared);
        if (single) content = render(corpus.comparisons[0], corpus.events[0]);
        else if (report) {
          throw new UserError(
            `the inputs form ${corpus.events.length + (corpus.notCompared?.length ?? 0)} events; a --format ${report} report covers one: pass --event ID (ids from 'claimdiff events'), run 'claimdiff report' for a report per event, or pass --one-event`,
          );
        } else content = json ? jsonChunks(corpusJson!(corpus, only), 4) : renderCorpusText!(corpus, { only, marks: true, unreviewed: args.unreviewed });
      }
      const env = io.env ?? process.env;
      const color = args.out && args.out !== '-' ? args.color === 'always' : useColor(args.color, env, io.isTTY);
      emit(io, content, args.out, json ? 'json' : 'text', policy, color && !json && !report);
      setCode(conflictStatus(status, compared, args['fail-on-conflict']));
    },
  };
}
