// The command line: yargs commands over the library. run(argv) returns the exit code; it catches
// user mistakes and prints one line for each, and prints a stack trace only for bugs. Everything
// it prints passes the control neutraliser (guardIo).
import yargs, { type Argv } from 'yargs';
import { ExitCode, UsageError, UserError } from './exit-codes.js';
import { guardIo, processIo, type Io } from './io.js';
import { checkCommandWord, checkFlagValues, STDIN_ARG } from './options.js';
import { packageVersion } from './paths.js';
import { summaryCommand } from './commands/summary.js';
import { compareCommand } from './commands/compare.js';
import { pairsCommand } from './commands/pairs.js';
import { framingCommand } from './commands/framing.js';
import { eventsCommand } from './commands/events.js';
import { reportCommand } from './commands/report.js';
import { browseCommand } from './commands/browse.js';
import { reviewCommand } from './commands/review.js';

/** The name yargs' own completion command goes by: never typed, hidden from the help. */
const HIDDEN_COMPLETION = 'yargs-completion-script';

export async function run(rawArgv: readonly string[], rawIo: Io = processIo): Promise<number> {
  const io = guardIo(rawIo);
  let code: number = ExitCode.ok;
  const argv = rawArgv.map((a) => (a === '-' ? STDIN_ARG : a));
  const parser: Argv = yargs([...argv])
    .scriptName('claimdiff')
    .usage('$0 <command> [inputs..] [options]\n\nCompare how news outlets cover the same event.')
    .command(summaryCommand(io, (c) => (code = c)))
    .command(compareCommand(io, (c) => (code = c)))
    .command(pairsCommand(io, (c) => (code = c)))
    .command(framingCommand(io, (c) => (code = c)))
    .command(eventsCommand(io, (c) => (code = c)))
    .command(reportCommand(io, (c) => (code = c)))
    .command(browseCommand(io, (c) => (code = c)))
    .command(reviewCommand(io, (c) => (code = c)))
    // yargs answers the script's `--get-yargs-completions` itself; its own `completion` command would
    // also run the default command (browse) on the word, so the script is printed by ours below.
    .completion(HIDDEN_COMPLETION, false)
    .command({
      command: 'completion',
      describe: 'print a shell completion script for bash or zsh: claimdiff completion >> ~/.bashrc (or ~/.zshrc)',
      handler: (): void => {
        // yargs takes the program name and the command word (its typings lag behind).
        (parser as unknown as { showCompletionScript($0: string, cmd: string): void }).showCompletionScript('claimdiff', 'completion');
      },
    })
    .example('$0 events corpus.jsonl', 'the events of a corpus, with ids for --event')
    .example('$0 compare corpus.jsonl --event e46e65a91 --format md --out event.md', "one event's report")
    .example('$0 report corpus/ --out reports', 'a report per event of two or more outlets, and an index')
    .example('$0 compare a.txt b.txt --one-event --fail-on-conflict', 'exit code 6 when two articles contradict each other')
    .example('$0 completion >> ~/.bashrc', 'tab completion of commands and options')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(Math.min(100, io.columns))
    .exitProcess(false)
    .fail((msg, err) => {
      // yargs wraps what its own checks and option coercions throw in a YError: a usage mistake.
      if (err && err.name !== 'YError' && !(err instanceof UsageError)) throw err;
      throw err instanceof UsageError ? err : new UsageError(err?.message ?? msg);
    });
  try {
    // Before yargs, whose own checks (unknown options) would hide the real mistake.
    if (argv.length > 0 && !argv[0].startsWith('-')) checkCommandWord(argv[0]);
    checkFlagValues(argv);
    let helpText = '';
    await parser.parseAsync([...argv], {}, (err, _argv, output) => {
      if (output && !err) helpText = output;
    });
    if (helpText) io.stdout(`${helpText}\n`);
    return code;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`claimdiff: ${err.message}\nRun 'claimdiff --help' for the commands and options.\n`);
      return ExitCode.usage;
    }
    if (err instanceof UserError) {
      io.stderr(`claimdiff: ${err.message}\n`);
      return err.code;
    }
    io.stderr(`claimdiff: internal error, please report it with the command you ran:\n${(err as Error).stack ?? String(err)}\n`);
    return ExitCode.internal;
  }
}
