// What every screen builder gets, and small line helpers they share.
import type { CorpusAnalysis } from '../../../src/types.js';
import { statusSymbol, type ClaimStatus } from '../../../src/report/event-model.js';
import type { Direction } from '../bidi.js';
import { fitLine, layoutText, type TextOptions } from '../layout.js';
import type { NavState, View } from '../navigation.js';
import type { DisplayLine, SpanStyle, StyledSpan } from '../styled.js';
import type { Theme } from '../theme.js';
import type { EventLoader } from '../loader.js';
import { displayWidth } from '../wrap.js';

export interface ScreenArgs {
  analysis: CorpusAnalysis;
  state: NavState;
  view: View;
  width: number;
  height: number;
  text: TextOptions;
  theme: Theme;
  /** The events' articles before they are compared (a corpus compared lazily). */
  loader?: EventLoader;
}

/** A status with its symbol and its tone, e.g. `~ partial`. */
export function statusSpan(status: ClaimStatus, withName = false): StyledSpan {
  return { text: withName ? `${statusSymbol[status]} ${status}` : statusSymbol[status], style: { tone: status, bold: true } };
}

/**
 * One line of runs fitted to the width. A left-aligned line is a structural one (labels, ids,
 * counts) and reads left to right even when its first letter is Arabic (an outlet name).
 */
export function line(spans: readonly StyledSpan[], width: number, text: TextOptions, extra: { align?: 'auto' | 'left' | 'right'; padStyle?: SpanStyle; direction?: Direction } = {}): DisplayLine {
  const direction = extra.direction ?? (extra.align === 'left' ? 'ltr' : undefined);
  return fitLine(spans, { ...text, width, ...extra, direction });
}

/**
 * A left-to-right prefix (id, letter, symbol) and then a value in a cell of its own, so that an
 * Arabic value keeps its own direction (right-aligned, its start on the right) after a Latin label.
 */
export function labeledLine(prefix: readonly StyledSpan[], value: readonly StyledSpan[], width: number, text: TextOptions, padStyle?: SpanStyle): DisplayLine {
  const head = fitLine(prefix, { ...text, width, align: 'left', direction: 'ltr', padStyle }).spans;
  const used = prefix.reduce((n, s) => n + displayWidth(s.text), 0);
  if (used >= width) return { spans: head };
  const start = fitLine(prefix, { ...text, width: used, align: 'left', direction: 'ltr', padStyle }).spans;
  return { spans: [...start, ...fitLine(value, { ...text, width: width - used, padStyle }).spans] };
}

/** Wrapped runs, every line `indent` columns in. */
export function block(spans: readonly StyledSpan[], width: number, text: TextOptions, indent = 0): DisplayLine[] {
  const lines = layoutText(spans, { ...text, width: Math.max(1, width - indent) });
  if (indent === 0) return lines;
  return lines.map((l) => ({ spans: [{ text: ' '.repeat(indent) }, ...l.spans] }));
}

/**
 * `from → to` with both words isolated: otherwise the bidi algorithm joins two Arabic words and
 * the arrow between them into one right-to-left run, and the arrow points backwards.
 */
export function pairSpans(from: StyledSpan, sep: string, to: StyledSpan): StyledSpan[] {
  return [{ ...from, isolate: true }, { text: sep }, { ...to, isolate: true }];
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
