// Wrapping and fitting styled text by display width, in logical order and grapheme by grapheme, so
// that a letter never loses its combining marks and wide characters count as two columns.
import stringWidth from 'string-width';
import { mergeSpans, type SpanStyle, type StyledSpan } from './styled.js';

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Columns a string takes on a terminal (Ink measures the same way). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** One grapheme cluster with its style and width. */
interface Cell {
  text: string;
  style: SpanStyle | undefined;
  width: number;
  space: boolean;
}

function cellsOf(spans: readonly StyledSpan[]): Cell[] {
  const cells: Cell[] = [];
  for (const s of spans) {
    for (const { segment } of graphemes.segment(s.text)) {
      cells.push({ text: segment, style: s.style, width: stringWidth(segment), space: segment === ' ' });
    }
  }
  return cells;
}

function spansOf(cells: readonly Cell[]): StyledSpan[] {
  return mergeSpans(cells.map((c) => (c.style ? { text: c.text, style: c.style } : { text: c.text })));
}

function trimCells(cells: Cell[]): Cell[] {
  let a = 0;
  let b = cells.length;
  while (a < b && cells[a].space) a += 1;
  while (b > a && cells[b - 1].space) b -= 1;
  return cells.slice(a, b);
}

/**
 * One paragraph (no newlines) wrapped to `width` columns at spaces; a word wider than a line is
 * cut between graphemes. Lines keep logical order and lose the spaces they break at.
 */
export function wrapSpans(spans: readonly StyledSpan[], width: number): StyledSpan[][] {
  const w = Math.max(1, width);
  const cells = cellsOf(spans);
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let lineWidth = 0;
  let i = 0;
  while (i < cells.length) {
    // The next word and the spaces after it.
    let j = i;
    while (j < cells.length && !cells[j].space) j += 1;
    let k = j;
    while (k < cells.length && cells[k].space) k += 1;
    const word = cells.slice(i, j);
    const wordWidth = word.reduce((n, c) => n + c.width, 0);
    if (lineWidth > 0 && lineWidth + wordWidth > w) {
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    if (wordWidth > w) {
      for (const c of word) {
        if (lineWidth + c.width > w && lineWidth > 0) {
          lines.push(line);
          line = [];
          lineWidth = 0;
        }
        line.push(c);
        lineWidth += c.width;
      }
    } else {
      line.push(...word);
      lineWidth += wordWidth;
    }
    for (const c of cells.slice(j, k)) {
      if (lineWidth + c.width > w) break;
      line.push(c);
      lineWidth += c.width;
    }
    i = k;
  }
  lines.push(line);
  return lines.map((l) => spansOf(trimCells(l)));
}

/** Plain-text form of `wrapSpans`. */
export function wrapText(text: string, width: number): string[] {
  return wrapSpans([{ text }], width).map((l) => l.map((s) => s.text).join(''));
}

/** The runs cut to `width` columns, with `…` at the cut (in logical order: the start is kept). */
export function truncateSpans(spans: readonly StyledSpan[], width: number): StyledSpan[] {
  const cells = cellsOf(spans);
  const total = cells.reduce((n, c) => n + c.width, 0);
  if (total <= width) return spansOf(cells);
  if (width <= 0) return [];
  const kept: Cell[] = [];
  let used = 0;
  for (const c of cells) {
    if (used + c.width > width - 1) break;
    kept.push(c);
    used += c.width;
  }
  const last = kept[kept.length - 1];
  return spansOf([...trimCells(kept), { text: '…', style: last?.style, width: 1, space: false }]);
}

/** Width of styled runs. */
export function spansWidth(spans: readonly StyledSpan[]): number {
  return spans.reduce((n, s) => n + stringWidth(s.text), 0);
}

/** The runs padded with spaces to exactly `width` columns (cut first when wider). */
export function padSpans(spans: readonly StyledSpan[], width: number, align: 'left' | 'right' = 'left', style?: SpanStyle): StyledSpan[] {
  const fitted = spansWidth(spans) > width ? truncateSpans(spans, width) : [...spans];
  const gap = Math.max(0, width - spansWidth(fitted));
  if (gap === 0) return fitted;
  const pad: StyledSpan = style ? { text: ' '.repeat(gap), style } : { text: ' '.repeat(gap) };
  return mergeSpans(align === 'right' ? [pad, ...fitted] : [...fitted, pad]);
}
