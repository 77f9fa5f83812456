// The event overview: the key findings first (a panel with tabs: findings, the figures table,
// framing), then the coverage matrix (claim groups and unique claims by outlet).
import { eventTitle, statusSymbol, type CellStatus } from '../../../src/report/event-model.js';
import { eventModel } from '../event-models.js';
import { formatEventDate } from '../events-list.js';
import { visibleRows } from '../navigation.js';
import { lazyList, splitBody, type Pane, type Screen } from '../panes.js';
import { sideItems } from '../navigation.js';
import { SIDE_TABS } from '../side-panel.js';
import { plural } from '../../../src/report/key-findings.js';
import type { DisplayLine, StyledSpan, Tone } from '../styled.js';
import { padSpans } from '../wrap.js';
import { labeledLine, line, statusSpan, type ScreenArgs } from './common.js';
import { framingLines } from './framing-lines.js';
import { REVIEW_MARK_LEGEND, reviewMarker } from '../review-marks.js';

const CELL_TONE: Record<CellStatus, Tone> = { shared: 'shared', partial: 'partial', conflict: 'conflict', unique: 'unique', absent: 'muted' };

/** The head's counts: `=3 shared ~9 partial !0 conflict +17 unique`, or the short form on a narrow terminal (the unique count always stays). */
function countSpans(counts: Record<'shared' | 'partial' | 'conflict' | 'unique', number>, narrow: boolean): StyledSpan[] {
  return (['shared', 'partial', 'conflict', 'unique'] as const).flatMap((s): StyledSpan[] => [
    statusSpan(s),
    { text: narrow ? `${counts[s]}${s === 'unique' ? ' unique' : ''} ` : ` ${counts[s]} ${s}  ` },
  ]);
}

/** The side panel: its tabs and, for findings and figures, one item per line (the cursor on them when focused). */
function sidePane(args: ScreenArgs, size: { width: number; height: number }): Pane {
  const { analysis, view, text } = args;
  const comparison = analysis.comparisons[view.event];
  const focused = view.pane === 1;
  const tab = SIDE_TABS[view.tab] ?? 'findings';
  const title = SIDE_TABS.map((t) => (t === tab ? `[${TAB_NAME[t]}]` : TAB_NAME[t])).join(' ') + '  ← →';
  const items = sideItems(analysis, view);
  if (items === null) {
    return { title, focused, width: size.width, height: size.height, lines: framingLines(comparison, size.width, text), cursorLine: null, scroll: view.sub };
  }
  const cursor = Math.min(view.sub, Math.max(0, items.length - 1));
  const lines = items.map((item, k): DisplayLine => {
    const on = focused && k === cursor;
    const sel = on ? { selected: true } : undefined;
    // The cursor mark and the indent stand apart from the item, which is fitted (and cut) on its own.
    const prefix = `${on ? '> ' : '  '}${' '.repeat(item.indent ?? 0)}`.slice(0, size.width);
    const spans = item.spans.map((sp) => (sel ? { ...sp, style: { ...sp.style, ...sel } } : sp));
    const rest = Math.max(0, size.width - prefix.length);
    return { spans: [{ text: prefix, style: sel }, ...(rest > 0 ? line(spans, rest, text, { align: 'left', padStyle: sel }).spans : [])] };
  });
  return { title, focused, width: size.width, height: size.height, lines, cursorLine: focused ? cursor : 0, scroll: 0 };
}

const TAB_NAME: Record<(typeof SIDE_TABS)[number], string> = { findings: 'Key findings', figures: 'Figures', framing: 'Framing' };

/** The mark after a cell whose origin another outlet in the row shares (a copy, one agency's dispatch). */
const COPIED = 'c';

/** ` (AFP)`, ` (= A)` after an outlet's name: the origin its text counts under when that is not itself, a filing that repeats another. */
function originNote(model: ReturnType<typeof eventModel>, k: number): string {
  const o = model.articleOrigins[k];
  if (!o) return '';
  const notes: string[] = [];
  if (o.duplicateOf !== null) notes.push(`= ${model.letters[o.duplicateOf]}`);
  if (o.origin !== model.outlets[k]) notes.push(o.origin);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

export function buildEventScreen(args: ScreenArgs): Screen {
  const { analysis, state, view, width, height, text } = args;
  const comparison = analysis.comparisons[view.event];
  const event = analysis.events[view.event];
  if (!comparison) {
    return { head: [line([{ text: `${event?.id ?? ''} is being compared…`, style: { tone: 'muted' } }], width, text, { align: 'left' })], arrangement: 'rows', panes: [] };
  }
  const model = eventModel(comparison);
  // The title as the reports give it: the event's headline, or what it was grouped on (the cached model has no event).
  const { letters } = model;
  const rows = visibleRows(analysis, view.event, view.query, state.filter);
  const cursor = Math.min(view.cursor, Math.max(0, rows.length - 1));
  const counts = model.totals.claimsBy;
  const claims = model.totals.claims;
  const narrow = width < 100;
  // With origins recorded, each cell has room for the copy mark and each row shows independent / outlets.
  const origins = model.articleOrigins.length > 0;
  const cellWidth = origins ? 3 : 2;
  const countWidth = origins ? 6 : 0;
  // With reviews on, a column for the reviewer's mark of each row.
  const marks = state.review !== null;

  const head: DisplayLine[] = [
    labeledLine([{ text: `${event.id} `, style: { bold: true } }], [{ text: eventTitle(comparison, event).title, style: { bold: true } }], width, text),
    line(
      [{ text: `${formatEventDate({ date: event.date, dateRange: event.dateRange })} · ${plural(comparison.articles.length, narrow ? 'art' : 'article', narrow ? 'art' : 'articles')} · ${plural(claims, 'claim')}: ` }, ...countSpans(counts, narrow)],
      width,
      text,
      { align: 'left' },
    ),
    line(
      letters.flatMap((letter, k): StyledSpan[] => [{ text: `[${letter}] `, style: { bold: true } }, { text: `${model.outlets[k]}${model.named[k] ? '' : ' (outlet unknown)'}${originNote(model, k)}   ` }]),
      width,
      text,
      { align: 'left' },
    ),
    ...(state.review ? [line([{ text: `review marks: ${REVIEW_MARK_LEGEND}`, style: { tone: 'muted' } }], width, text, { align: 'left' })] : []),
  ];
  // The legend of the cell symbols when there is room for it (the help screen has it too).
  if (height >= 28) {
    head.push(line([{ text: `cells, each outlet's own status: ${statusSymbol.shared} reports  ${statusSymbol.partial} paraphrases  ${statusSymbol.conflict} contradicts  ${statusSymbol.unique} only this outlet  ${statusSymbol.absent} leaves out`, style: { tone: 'muted' } }], width, text, { align: 'left' }));
    if (origins) head.push(line([{ text: `${COPIED} after a cell: the same origin as another outlet in the row (one text or one agency) · ind/out: independent origins / outlets`, style: { tone: 'muted' } }], width, text, { align: 'left' }));
  }

  // The key findings panel comes first (left or on top); the focused pane gets the larger share.
  const arrangement = width >= 120 ? 'columns' : 'rows';
  const sideShare = arrangement === 'columns' ? 0.42 : view.pane === 1 ? 0.62 : 0.42;
  const [side, main] = splitBody(width, height - head.length, arrangement, sideShare);
  const idWidth = rows.reduce((n, r) => Math.max(n, r.label.length), 3);
  // Many outlets: as many cell columns as fit, the claim text keeps at least 20 columns.
  const maxCells = Math.max(1, Math.floor((main.width - 6 - idWidth - countWidth - (marks ? 2 : 0) - 20) / cellWidth));
  const shown = letters.slice(0, maxCells);
  const more = letters.length - shown.length;
  const fixedWidth = 2 + 2 + idWidth + 1 + (marks ? 2 : 0) + shown.length * cellWidth + (more > 0 ? 4 : 0) + 1 + countWidth;
  const textWidth = Math.max(1, main.width - fixedWidth);

  const header = line(
    [{ text: `    ${'row'.padEnd(idWidth + 1)}${marks ? '  ' : ''}${shown.map((letter) => letter.padEnd(cellWidth)).join('')}${more > 0 ? `+${more}`.padEnd(4) : ''}${origins ? ' ind/out' : ''} claim (first outlet that reports it)`, style: { tone: 'muted' } }],
    main.width,
    text,
    { align: 'left' },
  );
  const lines = lazyList(rows.length, main.height - 1, cursor, (k): DisplayLine => {
    const r = rows[k];
    const on = k === cursor && view.pane === 0;
    const sel = on ? { selected: true } : undefined;
    const spans: StyledSpan[] = [
      { text: on ? '> ' : '  ', style: sel },
      { text: `${statusSymbol[r.status]} `, style: { ...sel, tone: r.status, bold: true } },
      { text: r.label.padEnd(idWidth + 1), style: { ...sel, bold: true } },
      ...(marks ? [{ text: `${reviewMarker(r.group?.group.review ?? r.lead.review, r.setAside)} `, style: { ...sel, bold: true } }] : []),
      ...r.cells.slice(0, shown.length).map((c): StyledSpan => ({ text: `${statusSymbol[c.status]}${origins ? (c.copied ? COPIED : ' ') : ''} `, style: { ...sel, tone: CELL_TONE[c.status], bold: c.status !== 'absent' } })),
      ...(more > 0 ? [{ text: '    ', style: sel }] : []),
      { text: ' ', style: sel },
      ...(origins ? [{ text: (r.independence ? `${r.independence.independent}/${r.independence.outlets}` : '').padEnd(countWidth), style: { ...sel, tone: 'muted' as Tone } }] : []),
      { text: `[${r.lead.letter}] `.padEnd(r.lead.letter.length + 3), style: { ...sel, tone: 'muted' } },
      // The claim in its own cell, so that its direction is its own (RTL right-aligned).
      ...line([{ text: r.lead.claim.text, style: sel }], Math.max(1, textWidth - r.lead.letter.length - 3), text, { padStyle: sel }).spans,
    ];
    return { spans: padSpans(spans, main.width, 'left', sel) };
  });
  if (rows.length === 0) lines.push(line([{ text: 'No claim matches the search or filter (/ then Esc clears the search; f cycles the filter).', style: { tone: 'muted' } }], main.width, text));

  const filterNote = state.filter ? ` · filter ${state.filter}` : '';
  return {
    head,
    arrangement,
    panes: [
      sidePane(args, side),
      { title: `Coverage: ${rows.length} of ${model.story.length} rows${filterNote}`, focused: view.pane === 0, width: main.width, height: main.height, header: [header], lines, cursorLine: cursor, scroll: 0 },
    ],
  };
}
