// How semantic styles look: colours when the terminal has them, and without colour (NO_COLOR,
// monochrome) bold, underline and inverse only, while markers in the text carry the meaning.
import type { SpanStyle, Tone } from './styled.js';

export interface Theme {
  color: boolean;
}

const TONE_COLOR: Record<Tone, string | undefined> = {
  shared: 'green',
  partial: 'yellow',
  conflict: 'red',
  unique: 'cyan',
  removed: 'red',
  added: 'green',
  flag: 'magenta',
  muted: 'gray',
  accent: 'blue',
  heading: undefined,
};

/** Props for Ink's Text. */
export interface TextStyle {
  color?: string;
  bold?: boolean;
  underline?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

export function textStyle(style: SpanStyle | undefined, theme: Theme): TextStyle {
  if (!style) return {};
  const out: TextStyle = {};
  const tone: Tone | undefined = style.flagged ? 'flag' : style.tone;
  if (theme.color && tone && TONE_COLOR[tone]) out.color = TONE_COLOR[tone];
  if (!theme.color && tone === 'muted') out.dimColor = true;
  if (style.bold || style.changed || tone === 'heading') out.bold = true;
  if (style.changed || style.flagged) out.underline = true;
  if (style.selected) out.inverse = true;
  return out;
}

/** Whether to use colour: not when NO_COLOR is set (any value) or the output has no colours. */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, hasColors: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return hasColors;
}
