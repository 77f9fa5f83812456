// One display line: its runs with their styles. Lines arrive fitted, so Ink never wraps them.
import { Text } from 'ink';
import type { DisplayLine } from '../styled.js';
import { textStyle, type Theme } from '../theme.js';

export function LineText({ line, theme }: { readonly line: DisplayLine; readonly theme: Theme }) {
  return (
    <Text wrap="truncate-end">
      {line.spans.map((s, i) => (
        <Text key={i} {...textStyle(s.style, theme)}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
