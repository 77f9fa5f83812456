// A pane: its title (marked when focused, by `>` as well as by style), fixed header lines, and the
// lines that are in view.
import { Box, Text } from 'ink';
import { visibleLines, type Pane } from '../panes.js';
import type { Theme } from '../theme.js';
import { LineText } from './LineText.js';

export function PaneView({ pane, theme }: { readonly pane: Pane; readonly theme: Theme }) {
  const lines = visibleLines(pane);
  const title = `${pane.focused ? '> ' : '  '}${pane.title}`;
  return (
    <Box flexDirection="column" width={pane.width} height={pane.height + 1} overflow="hidden">
      <Text wrap="truncate-end" bold={pane.focused} inverse={pane.focused} dimColor={!pane.focused} color={theme.color && pane.focused ? 'blue' : undefined}>
        {title.padEnd(pane.width)}
      </Text>
      {(pane.header ?? []).map((l, i) => (
        <LineText key={`h${i}`} line={l} theme={theme} />
      ))}
      {lines.map((l, i) => (
        <LineText key={i} line={l} theme={theme} />
      ))}
    </Box>
  );
}
