// Runs the browse UI on the terminal: alternate screen, Ink app, and the screen restored however
// the app ends (q, Ctrl+C, an exception, SIGTERM or SIGHUP, the process exiting).
import { render } from 'ink';
import type { CorpusAnalysis } from '../../src/types.js';
import { App } from './components/App.js';
import type { TextOptions } from './layout.js';
import type { Theme } from './theme.js';
import type { ExportEvent, SaveReview } from './use-navigation.js';
import type { EventLoader } from './loader.js';
import { initialState, view, type NavState } from './navigation.js';

export interface BrowseOptions {
  /** Compares events on demand and in the background. */
  loader?: EventLoader;
  /** The event the browser opens at start (`--event`, `--one-event`), else the events list. */
  openEvent?: number;
  text: TextOptions;
  theme: Theme;
  onExport?: ExportEvent;
  /** The first state (with the review session when reviews are on) and how each change is saved. */
  initialState?: NavState;
  onSaveReview?: SaveReview;
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
}

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

export async function startBrowser(analysis: CorpusAnalysis, options: BrowseOptions): Promise<void> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE_ALT_SCREEN);
  };
  // Killed from outside: leave the alternate screen, then die of the same signal.
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.kill(process.pid, signal);
  };
  process.once('exit', restore);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  stdout.write(ENTER_ALT_SCREEN);
  try {
    // The first state (with the review session when reviews are on), opened on an event when asked.
    const first = options.initialState ?? initialState();
    const start = options.openEvent === undefined ? first : { ...first, stack: [view('events', 0, { cursor: options.openEvent }), view('event', options.openEvent)] };
    const app = render(
      <App analysis={analysis} loader={options.loader} initialState={start} text={options.text} theme={options.theme} onExport={options.onExport} onSaveReview={options.onSaveReview} />,
      { stdout, stdin, exitOnCtrlC: true },
    );
    await app.waitUntilExit();
  } finally {
    restore();
    process.removeListener('exit', restore);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGHUP', onSignal);
  }
}
