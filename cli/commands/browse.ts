// `claimdiff browse [inputs..]` (and `claimdiff [inputs..]`): on a terminal, the interactive UI
// over the corpus' events; anywhere else (pipes, CI) the same content as a text report, so that
// nothing waits for keys no one will press.
import type { CommandModule } from 'yargs';
import { emit, type Io } from '../io.js';
import { checkCommandWord, choiceOption, folderOption, lexiconOption, STDIN_ARG, withInputOptions } from '../options.js';
import { progressReporter } from '../progress.js';
import { reportFormats, type ReportFormat } from '../report-formats.js';
import { bidiOptions, chooseBidiMode, type BidiOption } from '../tui/bidi-mode.js';
import { sanitizeText } from '../tui/sanitize.js';
import { colorEnabled } from '../tui/theme.js';

interface Args {
  inputs?: string[];
  bidi: BidiOption;
  shape: boolean;
  'export-dir': string;
  'export-format': ReportFormat;
  lexicon?: string;
  'keep-boilerplate': boolean;
  'max-size': number;
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
    describe: 'browse events, claims and articles in the terminal (prints a text report when not on a terminal)',
    builder: (y) =>
      withInputOptions(y)
        .option('bidi', choiceOption('bidi', bidiOptions, 'right-to-left text: visual (reordered by claimdiff), logical (the terminal reorders), auto', 'auto'))
        .option('shape', { type: 'boolean', default: false, describe: 'join Arabic letters (presentation forms) in visual mode, for terminals that do not shape' })
        .option('export-dir', folderOption('export-dir', 'folder the e key writes the current event report to', 'reports'))
        .option('export-format', choiceOption('export-format', reportFormats, 'format of the report the e key writes', 'html'))
        .option('lexicon', lexiconOption())
        .check(checkFirstWord),
    handler: async (args) => {
      // Loaded when the command runs: start-up and --help load no analysis, the text report no terminal UI.
      const [{ analyzeCorpus }, { renderCorpusText }, { loadArticles, warnNoClaims, writePolicy }, { loadLexicon }, { workerThreads }] = await Promise.all([
        import('../../src/corpus.js'),
        import('../../src/report/corpus-text.js'),
        import('../load.js'),
        import('../lexicon.js'),
        import('../workers/pool.js'),
      ]);
      const framing = loadLexicon(args.lexicon);
      const loaded = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      const { articles, status } = loaded;
      // A large corpus takes a while: a progress line instead of a frozen terminal.
      const analysis = await analyzeCorpus(articles, {
        framing,
        events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
        onEventCompared: progressReporter(io, 'comparing'),
      });
      warnNoClaims(io, analysis.comparisons.flatMap((c) => c.articles));
      if (!opensUi(io, args.inputs)) {
        // The same text report as `claimdiff compare` on these inputs.
        emit(io, sanitizeText(renderCorpusText(analysis)), undefined);
        setCode(status);
        return;
      }
      // Ink decides when it is first imported whether it runs in CI (a CI variable is set) and then
      // draws no frames. Both ends are a terminal here, so a person is watching: let it draw.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      const [{ startBrowser }, { writeEventReport }] = await Promise.all([import('../tui/start.js'), import('../report-files.js')]);
      await startBrowser(analysis, {
        text: { bidi: chooseBidiMode(args.bidi, process.env), shape: args.shape },
        theme: { color: colorEnabled(process.env, process.stdout.hasColors?.() ?? false) },
        onExport: (event) => {
          const written = writeEventReport(analysis, event, args['export-dir'], args['export-format'], writePolicy(loaded, false, args.lexicon));
          return `exported ${analysis.events[event].id}: ${written.join(', ')}`;
        },
      });
      setCode(status);
    },
  };
}
