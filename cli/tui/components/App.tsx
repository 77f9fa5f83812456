// The browse UI: breadcrumb, the current screen, status or search line, key hints. State lives in
// the navigation reducer (through useNavigation); everything shown is built by pure screen builders.
import { useEffect, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import type { CorpusAnalysis } from '../../../src/types.js';
import type { TextOptions } from '../layout.js';
import { currentView, shownAnalysis, type NavState } from '../navigation.js';
import { scrollMax } from '../panes.js';
import { buildScreen, chromeLines } from '../screens/build-screen.js';
import type { Theme } from '../theme.js';
import { useNavigation, type ExportEvent, type LayoutLimits, type SaveReview } from '../use-navigation.js';
import { useTerminalSize, type TerminalSize } from '../use-terminal-size.js';
import { LineText } from './LineText.js';
import type { EventLoader } from '../loader.js';
import { ScreenView } from './ScreenView.js';

export interface AppProps {
  /** The corpus; with a loader, its comparisons fill in as events are compared. */
  readonly analysis: CorpusAnalysis;
  /** Compares events on demand and in the background (a large corpus opens before it is compared). */
  readonly loader?: EventLoader;
  readonly text: TextOptions;
  readonly theme: Theme;
  /** A fixed size instead of the terminal's (tests). */
  readonly size?: TerminalSize;
  readonly onExport?: ExportEvent;
  readonly initialState?: NavState;
  /** Saves the review file after each reviewer's key (reviews are on when the initial state has a review session). */
  readonly onSaveReview?: SaveReview;
}

const MIN = { columns: 40, rows: 10 };

export function App({ analysis, loader, text, theme, size, onExport, initialState, onSaveReview }: AppProps) {
  const terminal = useTerminalSize();
  const limits = useRef<LayoutLimits>({});
  const state = useNavigation(analysis, limits, onExport, initialState, loader, onSaveReview);
  // Each event compared in the background redraws the list (its shares), at most a few times a second.
  const [, setCompared] = useState(0);
  useEffect(() => {
    if (!loader) return undefined;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = loader.background(() => {
      const now = Date.now();
      if (now - last > 250) {
        last = now;
        setCompared((n) => n + 1);
      } else timer ??= setTimeout(() => ((timer = null), (last = Date.now()), setCompared((n) => n + 1)), 250);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [loader]);
  const { columns, rows } = size ?? terminal;
  if (columns < MIN.columns || rows < MIN.rows) {
    return <Text>{`claimdiff browse needs a terminal of at least ${MIN.columns}×${MIN.rows} (this one is ${columns}×${rows}); q quits.`}</Text>;
  }
  // One row fewer than the terminal, so that Ink never has to clear the whole screen to redraw.
  const height = rows - 1;
  const bodyHeight = height - 3;
  // The screens show the analysis as the reviewer left it.
  const args = { analysis: shownAnalysis(analysis, state), state, view: currentView(state), width: columns, height: bodyHeight, text, theme, loader };
  const screen = buildScreen(args);
  const chrome = chromeLines(args);
  const free = screen.panes.find((p) => p.focused && p.cursorLine === null);
  limits.current = { pageSize: Math.max(1, bodyHeight - 4), scrollMax: free ? scrollMax(free) : undefined };
  return (
    <Box flexDirection="column" width={columns} height={height}>
      <LineText line={chrome.top} theme={theme} />
      <ScreenView screen={screen} theme={theme} width={columns} height={bodyHeight} />
      <LineText line={chrome.status} theme={theme} />
      <LineText line={chrome.hints} theme={theme} />
    </Box>
  );
}
