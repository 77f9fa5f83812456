// Screens as panes of display lines with their sizes, so that what is visible (cursor kept in
// view, free scroll clamped) is computed without React, and the reducer learns the scroll limit.
import type { DisplayLine } from './styled.js';

export interface Pane {
  title: string;
  focused: boolean;
  width: number;
  /** Rows for the header and the lines, the title row not counted. */
  height: number;
  /** Fixed lines under the title (column headings), not scrolled. */
  header?: DisplayLine[];
  lines: DisplayLine[];
  /** Keep this line in view (list panes); null for a free-scrolling pane. */
  cursorLine: number | null;
  /** Requested scroll offset of a free-scrolling pane. */
  scroll: number;
}

export interface Screen {
  /** Lines above the panes, not scrolled (event label, counts ...). */
  head: DisplayLine[];
  /** `columns`: panes side by side; `rows`: stacked. */
  arrangement: 'columns' | 'rows';
  panes: Pane[];
}

type Sized = Pick<Pane, 'lines' | 'height' | 'header'>;

/** Rows left for the scrolled lines. */
export function bodyHeight(pane: Sized): number {
  return Math.max(1, pane.height - (pane.header?.length ?? 0));
}

/** First visible line: the cursor a third of the way down when the list is longer than the pane. */
export function paneTop(pane: Sized & Pick<Pane, 'cursorLine' | 'scroll'>): number {
  const height = bodyHeight(pane);
  const max = Math.max(0, pane.lines.length - height);
  if (pane.cursorLine === null) return Math.max(0, Math.min(pane.scroll, max));
  return Math.max(0, Math.min(pane.cursorLine - Math.floor(height / 3), max));
}

/** Largest useful scroll offset of a pane. */
export function scrollMax(pane: Sized): number {
  return Math.max(0, pane.lines.length - bodyHeight(pane));
}

/**
 * The lines of a one-line-per-item list, only those in view built (the rest stay empty), so that
 * a list of thousands of events costs no more per key than a screenful. Same window as `paneTop`.
 */
export function lazyList(count: number, bodyRows: number, cursor: number, build: (k: number) => DisplayLine): DisplayLine[] {
  const rows = Math.max(1, bodyRows);
  const top = Math.max(0, Math.min(cursor - Math.floor(rows / 3), count - rows));
  const empty: DisplayLine = { spans: [] };
  return Array.from({ length: count }, (_, k) => (k >= top && k < top + rows ? build(k) : empty));
}

/** The lines a pane shows under its header. */
export function visibleLines(pane: Pane): DisplayLine[] {
  const top = paneTop(pane);
  return pane.lines.slice(top, top + bodyHeight(pane));
}

/** Sizes of two panes side by side (`columns`) or stacked (`rows`) in a body of the given size. */
export function splitBody(width: number, height: number, arrangement: 'columns' | 'rows', mainShare: number): Array<{ width: number; height: number }> {
  if (arrangement === 'columns') {
    const gap = 3;
    const main = Math.max(10, Math.floor((width - gap) * mainShare));
    // Each pane has a title row.
    return [
      { width: main, height: Math.max(1, height - 1) },
      { width: Math.max(10, width - gap - main), height: Math.max(1, height - 1) },
    ];
  }
  const main = Math.max(2, Math.floor(height * mainShare));
  return [
    { width, height: Math.max(1, main - 1) },
    { width, height: Math.max(1, height - main - 1) },
  ];
}
