// `claimdiff browse [inputs..]` (and `claimdiff [inputs..]`): on a terminal, the interactive UI
// over the corpus' events; anywhere else (pipes, CI) the same content as a text report, so that
// nothing waits for keys no one will press.
import type { CommandModule } from 'yargs';
import { analyzeCorpus } from '../../src/corpus.js';
import { renderCorpusText } from '../../src/report/corpus-text.js';
import { loadArticles } from '../load.js';
import type { Io } from '../io.js';
import { STDIN_ARG, withInputOptions } from '../options.js';
import { progressReporter } from '../progress.js';
import { workerThreads } from '../workers/pool.js';
import { loadLexicon } from '../lexicon.js';
import { reportFormats, writeEventReport, type ReportFormat } from '../report-files.js';
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
        .option('bidi', { type: 'string', choices: bidiOptions, default: 'auto' as const, describe: 'right-to-left text: visual (reordered by claimdiff), logical (the terminal reorders), auto' })
        .option('shape', { type: 'boolean', default: false, describe: 'join Arabic letters (presentation forms) in visual mode, for terminals that do not shape' })
        .option('export-dir', { type: 'string', default: 'reports', describe: 'folder the e key writes the current event report to' })
        .option('export-format', { type: 'string', choices: reportFormats, default: 'html' as const, describe: 'format of the report the e key writes' })
        .option('lexicon', { type: 'string', describe: 'extra framing lexicon (TSV or JSON, see the README)' }),
    handler: async (args) => {
      const framing = loadLexicon(args.lexicon);
      const { articles, status } = await loadArticles(args.inputs, { keepBoilerplate: args['keep-boilerplate'], maxSize: args['max-size'] }, io);
      // A large corpus takes a while: a progress line instead of a frozen terminal.
      const analysis = await analyzeCorpus(articles, {
        framing,
        events: { onProgress: progressReporter(io, 'grouping'), executor: workerThreads() },
        onEventCompared: progressReporter(io, 'comparing'),
      });
      if (!opensUi(io, args.inputs)) {
        // The same text report as `claimdiff compare` on these inputs.
        io.stdout(sanitizeText(renderCorpusText(analysis)));
        setCode(status);
        return;
      }
      // Ink decides when it is first imported whether it runs in CI (a CI variable is set) and then
      // draws no frames. Both ends are a terminal here, so a person is watching: let it draw.
      delete process.env.CI;
      delete process.env.CONTINUOUS_INTEGRATION;
      const { startBrowser } = await import('../tui/start.js');
      await startBrowser(analysis, {
        text: { bidi: chooseBidiMode(args.bidi, process.env), shape: args.shape },
        theme: { color: colorEnabled(process.env, process.stdout.hasColors?.() ?? false) },
        onExport: (event) => {
          const written = writeEventReport(analysis, event, args['export-dir'], args['export-format']);
          return `exported ${analysis.events[event].id}: ${written.join(', ')}`;
        },
      });
      setCode(status);
    },
  };
}
