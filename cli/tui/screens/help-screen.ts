// The help screen: every key and what it does.
import { HELP_KEYS } from '../navigation.js';
import type { Screen } from '../panes.js';
import type { DisplayLine } from '../styled.js';
import { block, line, type ScreenArgs } from './common.js';

export function buildHelpScreen(args: ScreenArgs): Screen {
  const { width, height, text } = args;
  const keyWidth = Math.max(...HELP_KEYS.map(([k]) => k.length)) + 2;
  const lines: DisplayLine[] = HELP_KEYS.map(([k, what]) => line([{ text: k.padEnd(keyWidth), style: { bold: true } }, { text: what }], width, text, { align: 'left' }));
  lines.push(
    line([{ text: '' }], width, text),
    ...block(
      [
        {
          text:
            'Screens: events -> event overview (coverage matrix and framing) -> claim (outlets side by side) -> article. ' +
            'Symbols: = shared, ~ partial (paraphrased), ! conflict, + unique (only one outlet), · left out. ' +
            `Right-to-left text is shown in ${text.bidi} order; if Arabic reads backwards, restart with --bidi ${text.bidi === 'visual' ? 'logical' : 'visual'}.`,
          style: { tone: 'muted' },
        },
      ],
      width,
      text,
    ),
    line([{ text: 'Press any key to close this help.', style: { tone: 'muted' } }], width, text, { align: 'left' }),
  );
  return { head: [], arrangement: 'rows', panes: [{ title: 'Keys', focused: true, width, height: Math.max(1, height - 1), lines, cursorLine: null, scroll: 0 }] };
}
