// `claimdiff browse [inputs..]` (and `claimdiff [inputs..]`): on a terminal, the interactive UI
// over the corpus' events, open as soon as they are grouped (each event is compared when opened,
// the others in the background); anywhere else (pipes, CI) the same content as a text report, so
// that nothing waits for keys no one will press.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { emit, type Io } from '../io.js';
import {
  checkCommandWord,
  choiceOption,
  colorOption,
  folderOption,
  lexiconOption,
  STDIN_ARG,
  textOption,
  useColor,
  withInputOptions,
  withSelectionOptions,
  type ColorChoice,
} from '../options.js';
import { UsageError } from '../exit-codes.js';
import { reportFormats, type ReportFormat } from '../report-formats.js';
import { bidiOptions, chooseBidiMode, type BidiOption } from '../tui/bidi-mode.js';
import { loadReview, reviewerName, reviewLocation, ReviewStore } from '../review-file.js';
import { inputPaths, reviewOption, reviewCorpus } from '../review-option.js';

interface Args {
  inputs?: string[];
  bidi: BidiOption;
  shape: boolean;
  'export-dir': string;
  'export-format': ReportFormat;
  lexicon?: string;
  outlets?: string;
  event?: string;
  'min-outlets': number;
  'one-event': boolean;
  color: ColorChoice;
  'keep-boilerplate': boolean;
  'max-size': number;
  review?: string;
  reviewer?: string;
}

/** When the default command runs, its first input must exist: else it is a mistyped command. */
function checkFirstWord(args: { _: Array<string | number>; inputs?: string[] }): true {
  const first = args.inputs?.[0];
  if (args._.length === 0 && first !== undefined) checkCommandWord(first);
  return true;
}

/** The UI needs a terminal on both ends: keys in, screen out, and stdin not used for an article. */
export function opensUi(io: Pick<Io, 'isTTY' | 'stdin'>, inputs: readonly string[] | undefined): boolean {
  const stdinIsTerminal = Boolean((io.stdin as Partial<NodeJS.ReadStream>).isTTY);
  return io.isTTY && stdinIsTerminal && !(inputs ?? []).includes(STDIN_ARG);
}

export function browseCommand(io: Io, setCode: (code: number) => void): CommandModule<object, Args> {
  return {
    command: ['browse [inputs..]', '$0 [inputs..]'],
    describe: 'browse events, key findings, claims and articles in the terminal (prints a text report when not on a terminal)',
    builder: (y) =>
      withSelectionOptions(withInputOptions(y), 2)
        .option('one-event', { type: 'boolean', default: false, describe: 'browse all inputs as one event instead of grouping them into events first' })
        .option('bidi', choiceOption('bidi', bidiOptions, 'right-to-left text: visual (reordered by claimdiff), logical (the terminal reorders), auto', 'auto'))
        .option('shape', { type: 'boolean', default: false, describe: 'join Arabic letters (presentation forms) in visual mode, for terminals that do not shape' })
        .option('export-dir', folderOption('export-dir', 'folder the e key writes the current event report to', 'reports'))
        .option('export-format', choiceOption('export-format', reportFormats, 'format of the report the e key writes', 'html'))
        .option('lexicon', lexiconOption())
        .option('review', reviewOption())
        .option('reviewer', textOption('reviewer', 'who reviews, recorded with each decision (default: CLAIMDIFF_REVIEWER, else your login name)'))
        .option('color', colorOption())
        .example('$0', 'the example corpus in the terminal browser')
        .example('$0 browse corpus.jsonl', 'the events two or more outlets cover; each is compared when opened')
        .example('$0 browse corpus.jsonl --event e46e65a91', 'straight to one event (an id from claimdiff events, or an article id)')
        .example('$0 browse a.txt b.txt --one-event', 'two articles as one event')
        .check(checkFirstWord),
    handler: async (args) => {
      if (args['one-event'] && args.event) throw new UsageError('--one-event and --event exclude each other: --one-event browses all inputs as one event, --event picks one event of a corpus');
      // Loaded when the command runs: start-up and --help load no analysis, the text report no terminal UI.
      const [{ loadArticles, warnNoClaims, writePolicy }, { loadLexicon }, { lazyCorpus }, { groupAndSelect, oneEventGroup }] = await Promise.all([
        import('../load.js'),
        import('../lexicon.js'),
        import('../lazy-corpus.js'),
        import('../select.js'),
      ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'], outlets: args.outlets }, io);
      const { articles, status } = loaded;
      // The review file: read before the work (a broken one stops here with one line), saved after each reviewer's key.
      const inputs = writePolicy(loaded, false, args.lexicon, args.outlets);
      const location = reviewLocation(inputPaths(args.inputs), args.review);
      const review = location ? loadReview(location, inputs) : null;
      // Grouping a large corpus takes a few seconds (a progress line meanwhile); comparing waits until an event is needed.
      const { chosen, others } = args['one-event']
        ? { chosen: [oneEventGroup(articles)], others: [] }
        : await groupAndSelect(articles, {}, { event: args.event, minOutlets: args['min-outlets'] }, io);
      const corpus = lazyCorpus(chosen, articles, { framing }, others);
      const env = io.env ?? process.env;
      if (!opensUi(io, args.inputs)) {
        // The same text report as `claimdiff compare --min-outlets N` on these inputs.
        const analysis = corpus.compareAll();
        warnNoClaims(io, analysis.comparisons.flatMap((c) => c.articles));
        // With the inputs' review, when there is one.
        const reviewed = reviewCorpus(analysis, review?.text === null ? null : review, io);
        const { renderCorpusText } = await import('../../src/report/corpus-text.js');
        emit(io, renderCorpusText(reviewed, { marks: true }), undefined, 'text', undefined, useColor(args.color, env, io.isTTY));
        setCode(status);
        return;
      }
      // `--event` and `--one-event` open the event itself; Esc goes back to the list.
      const openEvent = args.event !== undefined || args['one-event'] ? 0 : undefined;
      if (openEvent !== undefined) corpus.ensure(openEvent);
      // Ink decides when it is first imported whether it runs in CI (a CI variable is set) and then
      // draws no frames. Both ends are a terminal here, so a person is watching: let it draw.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      const [{ startBrowser }, { writeEventReport }] = await Promise.all([import('../tui/start.js'), import('../report-files.js')]);
      const { initialState } = await import('../tui/navigation.js');
      const { reviewedAnalysis } = await import('../tui/reviewed-analysis.js');
      const store = review ? new ReviewStore(review.path, review.text, inputs) : null;
      const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file) || file);
      const session = review ? { file: review.review, undo: [], undoing: [], by: reviewerName(args.reviewer), pick: null } : null;
      const first = !review
        ? 'reviews are off (the articles come from standard input): pass --review FILE to record them'
        : `${review.text === null ? 'reviews will be saved to' : 'reviews from'} ${shown(review.path)}${review.note ? " (the inputs' folder cannot be written)" : ''} · ? lists the keys`;
      await startBrowser(corpus.analysis, {
        loader: corpus,
        openEvent,
        text: { bidi: chooseBidiMode(args.bidi, process.env), shape: args.shape },
        theme: { color: useColor(args.color, env, process.stdout.hasColors?.() ?? false) },
        onExport: (event, file) => {
          corpus.ensure(event);
          // The report as the reviewer left the event.
          const reviewed = file ? reviewedAnalysis(corpus.analysis, file) : corpus.analysis;
          const written = writeEventReport(reviewed, event, args['export-dir'], args['export-format'], writePolicy(loaded, false, args.lexicon, args.outlets, review?.path));
          return `exported ${corpus.analysis.events[event].id}: ${written.join(', ')}`;
        },
        initialState: initialState(session, first),
        onSaveReview: store
          ? (file) => {
              store.save(file);
              return shown(store.path);
            }
          : undefined,
      });
      setCode(status);
    },
  };
}
