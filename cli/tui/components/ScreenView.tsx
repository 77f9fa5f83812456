// A screen: the fixed head lines, then its panes side by side (with a rule between) or stacked.
import { Box, Text } from 'ink';
import type { Screen } from '../panes.js';
import type { Theme } from '../theme.js';
import { LineText } from './LineText.js';
import { PaneView } from './PaneView.js';

export interface ScreenViewProps {
  readonly screen: Screen;
  readonly theme: Theme;
  readonly width: number;
  readonly height: number;
}

export function ScreenView({ screen, theme, width, height }: ScreenViewProps) {
  const paneHeight = Math.max(1, height - screen.head.length);
  const rule = Array.from({ length: paneHeight }, () => ' │ ').join('\n');
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {screen.head.map((l, i) => (
        <LineText key={i} line={l} theme={theme} />
      ))}
      <Box flexDirection={screen.arrangement === 'columns' ? 'row' : 'column'}>
        {screen.panes.map((p, i) => (
          <Box key={i} flexDirection="row">
            {i > 0 && screen.arrangement === 'columns' ? <Text dimColor>{rule}</Text> : null}
            <PaneView pane={p} theme={theme} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}
