// What every screen builder gets, and small line helpers they share.
import type { CorpusAnalysis } from '../../../src/types.js';
import { relationSymbol } from '../../../src/report/labels.js';
import type { ClaimStatus } from '../claim-status.js';
import { fitLine, layoutText, type TextOptions } from '../layout.js';
import type { NavState, View } from '../navigation.js';
import type { DisplayLine, SpanStyle, StyledSpan } from '../styled.js';
import type { Theme } from '../theme.js';

export interface ScreenArgs {
  analysis: CorpusAnalysis;
  state: NavState;
  view: View;
  width: number;
  height: number;
  text: TextOptions;
  theme: Theme;
}

/** A status with its symbol and its tone, e.g. `~ partial`. */
export function statusSpan(status: ClaimStatus, withName = false): StyledSpan {
  return { text: withName ? `${relationSymbol[status]} ${status}` : relationSymbol[status], style: { tone: status, bold: true } };
}

/** One line of runs fitted to the width. */
export function line(spans: readonly StyledSpan[], width: number, text: TextOptions, extra: { align?: 'auto' | 'left' | 'right'; padStyle?: SpanStyle } = {}): DisplayLine {
  return fitLine(spans, { ...text, width, ...extra });
}

/** Wrapped runs, every line `indent` columns in. */
export function block(spans: readonly StyledSpan[], width: number, text: TextOptions, indent = 0): DisplayLine[] {
  const lines = layoutText(spans, { ...text, width: Math.max(1, width - indent) });
  if (indent === 0) return lines;
  return lines.map((l) => ({ spans: [{ text: ' '.repeat(indent) }, ...l.spans] }));
}

export const blankLine = (width: number): DisplayLine => ({ spans: [{ text: ' '.repeat(Math.max(0, width)) }] });

/** Text marked as changed: a colour and underline, and in monochrome braces around it too. */
export function changedSpan(text: string, theme: Theme, style: SpanStyle = {}): StyledSpan[] {
  const s = { ...style, changed: true };
  return theme.color ? [{ text, style: s }] : [{ text: `{${text}}`, style: s }];
}

/** Text marked as flagged by framing; in monochrome between asterisks too. */
export function flaggedSpan(text: string, theme: Theme, style: SpanStyle = {}): StyledSpan[] {
  const s = { ...style, flagged: true };
  return theme.color ? [{ text, style: s }] : [{ text: `*${text}*`, style: s }];
}
