// `claimdiff report [inputs..] --out DIR`: groups the inputs into events and writes a report per
// event covered by enough outlets (`--min-outlets`, default 2) and an index of all events (HTML,
// Markdown or JSON), then says where.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { OnlyPart } from '../../src/report/key-findings.js';
import type { Io } from '../io.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import {
  withInputOptions,
  withAnalysisOptions,
  withSelectionOptions,
  analysisFromArgs,
  choiceOption,
  failOnConflictOption,
  folderOption,
  onlyOption,
} from '../options.js';
import { reportFormats, type ReportFormat } from '../report-formats.js';
import { checkOutputs, MANIFEST_NAME } from '../safe-write.js';
import { readReview, reviewEach, withReviewOptions } from '../review-option.js';
import type { UnreviewedDisplay } from '../../src/report/review-view.js';
import { progressReporter } from '../progress.js';

/** Files named one per line after a report run; more are counted. */
const LIST_MAX = 20;

interface Args {
  inputs?: string[];
  format: ReportFormat;
  out: string;
  force: boolean;
  'align-threshold'?: number;
  'shared-threshold'?: number;
  lexicon?: string;
  outlets?: string;
  event?: string;
  'min-outlets': number;
  only?: OnlyPart;
  'fail-on-conflict': boolean;
  'keep-boilerplate': boolean;
  'max-size': number;
  review?: string;
  unreviewed: UnreviewedDisplay;
}

export function reportCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'report [inputs..]',
    describe: 'write a report per event covered by two or more outlets and an index of all events (HTML, Markdown or JSON) to a folder',
    builder: (y) =>
      withReviewOptions(withSelectionOptions(withAnalysisOptions(withInputOptions(y)), 2))
        .option('out', folderOption('out', 'folder to write the reports to (created if missing)', 'reports'))
        .option('force', { type: 'boolean', default: false, describe: 'replace files in --out that claimdiff did not write' })
        .option('format', choiceOption('format', reportFormats, 'report format', 'html'))
        .option('only', onlyOption())
        .option('fail-on-conflict', failOnConflictOption())
        .example('$0 report corpus/ --out reports', 'an HTML report per event with two or more outlets, and reports/index.html')
        .example('$0 report corpus/ --min-outlets 3 --format md', 'Markdown reports of the events three or more outlets cover')
        .example('$0 report corpus/ --event e46e65a91', 'the report of one event'),
    handler: async (args) => {
      if (args.only && args.format === 'html') throw new UsageError('--only narrows md and json reports; the HTML report shows one relation at a time by itself (its "Show" links)');
      // Loaded when the command runs: start-up and --help load no analysis.
      const [{ loadArticles, warnNoClaims, writePolicy }, { loadLexicon }, { groupAndSelect, hasConflict }, { compareArticles }, { resolveOptions }, { plural }, { writeCorpusReports }] =
        await Promise.all([
          import('../load.js'),
          import('../lexicon.js'),
          import('../select.js'),
          import('../../src/compare.js'),
          import('../../src/options.js'),
          import('../../src/report/key-findings.js'),
          import('../report-files.js'),
        ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const { articles, status } = loaded;
      // The review file is read before the work (a broken one stops here) and is never written over.
      const review = readReview(args, writePolicy(loaded, args.force, args.lexicon, args.outlets));
      const reviewed = reviewEach(review, io);
      const policy = writePolicy(loaded, args.force, args.lexicon, args.outlets, review?.path);
      // The index is known before the work: a refusal there costs nothing (the event files are checked before any is written).
      checkOutputs(path.resolve(args.out), [`index.${args.format}`], policy);
      const analysis = { ...analysisFromArgs(args), framing };
      const { chosen, others } = await groupAndSelect(articles, analysis, { event: args.event, minOutlets: args['min-outlets'] }, io);
      // Each event is compared when its report is due, and dropped once written: memory stays flat on a large corpus.
      const byId = new Map(articles.map((a) => [a.id, a]));
      const options = resolveOptions(analysis);
      const progress = progressReporter(io, 'comparing');
      let conflict = false;
      const written = writeCorpusReports(
        chosen,
        others,
        (i) => reviewed.apply(compareArticles(chosen[i].articles.map((id) => byId.get(id)!), options)),
        args.out,
        args.format,
        policy,
        { only: args.only ?? null, unreviewed: args.unreviewed },
        (batch, done, total) => {
          warnNoClaims(io, batch.flatMap((c) => c.articles));
          conflict ||= batch.some(hasConflict);
          progress?.(done, total);
        },
      ).filter((f) => path.basename(f) !== MANIFEST_NAME);
      reviewed.done();
      const index = written[written.length - 1];
      const corpus = { events: chosen };
      const left = others.length;
      const listed = left > 0 ? `; the index also lists ${plural(left, 'event')} ${args.event ? 'not asked for' : `covered by fewer than ${args['min-outlets']} outlets`} (--min-outlets 1 compares them all)` : '';
      // A large corpus writes thousands of reports: the first ones are named, the rest counted.
      const named = written.length > LIST_MAX ? [...written.slice(0, LIST_MAX - 1), `... and ${(written.length - LIST_MAX).toLocaleString('en-US')} more in ${args.out}`, index] : written;
      io.stdout(
        `wrote ${plural(corpus.events.length, 'event report')} and an index (${args.format}) for ${plural(articles.length, 'article')}${listed}:\n` +
          named.map((f) => `  ${f}\n`).join('') +
          `open ${index}\n`,
      );
      setCode(args['fail-on-conflict'] && conflict ? ExitCode.conflicts : status);
    },
  };
}
