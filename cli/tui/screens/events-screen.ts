// The events screen: the list of events (date, articles, shares, outlets, label) and the articles
// of the event under the cursor.
import { eventStats, formatEventDate, formatShares, type EventRow } from '../events-list.js';
import { eventModel } from '../event-models.js';
import { articleLetter } from '../../../src/report/event-model.js';
import { plural } from '../../../src/report/key-findings.js';
import { visibleEvents } from '../navigation.js';
import { lazyList, splitBody, type Screen } from '../panes.js';
import { padSpans } from '../wrap.js';
import type { DisplayLine, StyledSpan } from '../styled.js';
import { blankLine, block, line, type ScreenArgs } from './common.js';

const ARTS_W = 6;
const SHARES_W = 19;

interface Columns {
  id: number;
  date: number;
}

function eventLine(row: EventRow, selected: boolean, width: number, cols: Columns, args: ScreenArgs): DisplayLine {
  const sel = selected ? { selected: true } : undefined;
  const fixed: StyledSpan[] = [
    { text: selected ? '> ' : '  ', style: sel },
    { text: row.id.padEnd(cols.id + 1), style: { ...sel, bold: true } },
    { text: formatEventDate(row).padEnd(cols.date + 1), style: sel },
    { text: `${row.articles} art`.padEnd(ARTS_W + 1), style: sel },
    { text: formatShares(eventStats(args.analysis, row)).padEnd(SHARES_W + 1), style: { ...sel, tone: 'muted' } },
  ];
  const fixedWidth = 2 + cols.id + 1 + cols.date + 1 + ARTS_W + 1 + SHARES_W + 1;
  const rest = Math.max(0, width - fixedWidth);
  const outletsWidth = rest >= 30 ? Math.min(24, Math.floor(rest * 0.3)) : 0;
  const cells: StyledSpan[] = [...fixed];
  if (outletsWidth > 0) cells.push(...line([{ text: row.outlets.join(', '), style: sel }], outletsWidth, args.text, { align: 'left', padStyle: sel }).spans, { text: ' ', style: sel });
  const labelWidth = Math.max(0, rest - (outletsWidth > 0 ? outletsWidth + 1 : 0));
  if (labelWidth > 0) cells.push(...line([{ text: row.label, style: sel }], labelWidth, args.text, { padStyle: sel }).spans);
  return { spans: padSpans(cells, width, 'left', sel) };
}

function headerLine(width: number, cols: Columns, args: ScreenArgs): DisplayLine {
  const text = `  ${'id'.padEnd(cols.id + 1)}${'date'.padEnd(cols.date + 1)}${'arts'.padEnd(ARTS_W + 1)}${'= ~ ! + of claims'.padEnd(SHARES_W + 1)}outlets · label`;
  return line([{ text, style: { tone: 'muted' } }], width, args.text, { align: 'left' });
}

export function buildEventsScreen(args: ScreenArgs): Screen {
  const { analysis, state, view, width, height } = args;
  const rows = visibleEvents(analysis, view.query, state.filter);
  const cursor = Math.min(view.cursor, Math.max(0, rows.length - 1));
  const arrangement = width >= 110 ? 'columns' : 'rows';
  const [main, side] = splitBody(width, height, arrangement, arrangement === 'columns' ? 0.64 : 0.6);
  const cols: Columns = {
    id: rows.reduce((n, r) => Math.max(n, r.id.length), 2),
    date: rows.reduce((n, r) => Math.max(n, formatEventDate(r).length), 10),
  };
  const listLines = lazyList(rows.length, main.height - 1, cursor, (k) => eventLine(rows[k], k === cursor, main.width, cols, args));
  if (rows.length === 0) listLines.push(line([{ text: 'No event matches the search or filter (Esc clears them).', style: { tone: 'muted' } }], main.width, args.text));

  const selected = rows[cursor];
  const comparison = selected ? analysis.comparisons[selected.index] : undefined;
  const sideLines: DisplayLine[] = [];
  let sideCursor: number | null = null;
  const sideFocused = view.pane === 1;
  const model = comparison ? eventModel(comparison) : null;
  // Compared: the view model's letters and names; not yet: the articles as read, in the same order.
  const articles = comparison?.articles ?? (selected && args.loader ? args.loader.articles(selected.index) : []);
  articles.forEach((a, k) => {
    const on = sideFocused && k === view.sub;
    if (on) sideCursor = sideLines.length;
    const sel = on ? { selected: true } : undefined;
    const claims = comparison ? ` · ${plural(comparison.articles[k].claims.length, 'claim')}` : '';
    sideLines.push(
      line([{ text: on ? '> ' : '  ', style: sel }, { text: `[${articleLetter(k)}] `, style: { ...sel, bold: true } }, { text: `${model ? model.outlets[k] : (a.outlet ?? a.id)} · ${a.date?.slice(0, 10) ?? 'no date'}${claims}`, style: sel }], side.width, args.text, { align: 'left', padStyle: sel }),
    );
    sideLines.push(...block([{ text: a.title }], side.width, args.text, 6));
  });
  if (selected) {
    const terms = analysis.events[selected.index].evidence.terms;
    if (terms.length > 0) {
      sideLines.push(blankLine(side.width));
      sideLines.push(...block([{ text: 'grouped on: ', style: { tone: 'muted' } }, { text: terms.join(', ') }], side.width, args.text, 2));
    }
  }
  const total = analysis.events.length;
  return {
    head: [],
    arrangement,
    panes: [
      { title: `Events (${rows.length.toLocaleString('en-US')}${rows.length !== total ? ` of ${total.toLocaleString('en-US')}` : ''})`, focused: view.pane === 0, width: main.width, height: main.height, header: [headerLine(main.width, cols, args)], lines: listLines, cursorLine: cursor, scroll: 0 },
      { title: selected ? `Articles of ${selected.id}` : 'Articles', focused: sideFocused, width: side.width, height: side.height, lines: sideLines, cursorLine: sideCursor, scroll: 0 },
    ],
  };
}
