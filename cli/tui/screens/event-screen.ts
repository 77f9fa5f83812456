// The event overview: the coverage matrix (claim groups and unique claims by outlet) and the
// framing panel comparing the outlets' word choices, reporting verbs and sources.
import { statusSymbol, type CellStatus } from '../../../src/report/event-model.js';
import { eventModel } from '../event-models.js';
import { formatEventDate } from '../events-list.js';
import { visibleRows } from '../navigation.js';
import { lazyList, splitBody, type Screen } from '../panes.js';
import type { DisplayLine, StyledSpan, Tone } from '../styled.js';
import { padSpans } from '../wrap.js';
import { labeledLine, line, statusSpan, type ScreenArgs } from './common.js';
import { framingLines } from './framing-lines.js';

const CELL_TONE: Record<CellStatus, Tone> = { shared: 'shared', partial: 'partial', conflict: 'conflict', unique: 'unique', absent: 'muted' };

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
  const model = eventModel(comparison);
  const { letters } = model;
  const rows = visibleRows(analysis, view.event, view.query, state.filter);
  const cursor = Math.min(view.cursor, Math.max(0, rows.length - 1));
  const counts = model.totals.claimsBy;
  const claims = model.totals.claims;
  // With origins recorded, each cell has room for the copy mark and each row shows independent / outlets.
  const origins = model.articleOrigins.length > 0;
  const cellWidth = origins ? 3 : 2;
  const countWidth = origins ? 6 : 0;

  const head: DisplayLine[] = [
    labeledLine([{ text: `${event.id} `, style: { bold: true } }], [{ text: event.label, style: { bold: true } }], width, text),
    line(
      [
        { text: `${formatEventDate({ date: event.date, dateRange: event.dateRange })} · ${comparison.articles.length} articles · ${claims} claims: ` },
        ...(['shared', 'partial', 'conflict', 'unique'] as const).flatMap((s): StyledSpan[] => [statusSpan(s), { text: ` ${counts[s]} ${s}  ` }]),
      ],
      width,
      text,
      { align: 'left' },
    ),
    line(
      letters.flatMap((letter, k): StyledSpan[] => [{ text: `[${letter}] `, style: { bold: true } }, { text: `${model.outlets[k]}${originNote(model, k)}   ` }]),
      width,
      text,
      { align: 'left' },
    ),
    line([{ text: `cells, each outlet's own status: ${statusSymbol.shared} reports  ${statusSymbol.partial} paraphrases  ${statusSymbol.conflict} contradicts  ${statusSymbol.unique} only this outlet  ${statusSymbol.absent} leaves out`, style: { tone: 'muted' } }], width, text, { align: 'left' }),
    ...(origins
      ? [line([{ text: `${COPIED} after a cell: the same origin as another outlet in the row (one text or one agency) · ind/out: independent origins / outlets`, style: { tone: 'muted' } }], width, text, { align: 'left' })]
      : []),
  ];

  const arrangement = width >= 120 ? 'columns' : 'rows';
  const [main, side] = splitBody(width, height - head.length, arrangement, arrangement === 'columns' ? 0.62 : 0.62);
  const idWidth = rows.reduce((n, r) => Math.max(n, r.label.length), 3);
  // Many outlets: as many cell columns as fit, the claim text keeps at least 20 columns.
  const maxCells = Math.max(1, Math.floor((main.width - 6 - idWidth - countWidth - 20) / cellWidth));
  const shown = letters.slice(0, maxCells);
  const more = letters.length - shown.length;
  const fixedWidth = 2 + 2 + idWidth + 1 + shown.length * cellWidth + (more > 0 ? 4 : 0) + 1 + countWidth;
  const textWidth = Math.max(1, main.width - fixedWidth);

  const header = line(
    [{ text: `    ${'row'.padEnd(idWidth + 1)}${shown.map((letter) => letter.padEnd(cellWidth)).join('')}${more > 0 ? `+${more}`.padEnd(4) : ''}${origins ? ' ind/out' : ''} claim (first outlet that reports it)`, style: { tone: 'muted' } }],
    main.width,
    text,
    { align: 'left' },
  );
  const lines = lazyList(rows.length, main.height - 1, cursor, (k): DisplayLine => {
    const r = rows[k];
    const on = k === cursor;
    const sel = on ? { selected: true } : undefined;
    const spans: StyledSpan[] = [
      { text: on ? '> ' : '  ', style: sel },
      { text: `${statusSymbol[r.status]} `, style: { ...sel, tone: r.status, bold: true } },
      { text: r.label.padEnd(idWidth + 1), style: { ...sel, bold: true } },
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
      { title: `Coverage: ${rows.length} of ${model.story.length} rows${filterNote}`, focused: view.pane === 0, width: main.width, height: main.height, header: [header], lines, cursorLine: cursor, scroll: 0 },
      { title: 'Framing: word choices, verbs, sources', focused: view.pane === 1, width: side.width, height: side.height, lines: framingLines(comparison, side.width, text), cursorLine: null, scroll: view.sub },
    ],
  };
}
