// The claim screen: the aligned claims of the outlets side by side (stacked when they do not fit,
// and in logical bidi mode, where the terminal reorders whole rows), word differences marked,
// with attribution, figures and framing flags, then why they were aligned.
import type { FramingFlag } from '../../../src/types.js';
import { statusSymbol } from '../../../src/report/event-model.js';
import { buildClaimView, type ClaimColumn, type ClaimView } from '../claim-view.js';
import { besideLines } from '../layout.js';
import type { Screen } from '../panes.js';
import type { DisplayLine, StyledSpan } from '../styled.js';
import type { Theme } from '../theme.js';
import { blankLine, block, pairSpans, changedSpan, flaggedSpan, line, statusSpan, type ScreenArgs } from './common.js';
import type { TextOptions } from '../layout.js';

const GAP = ' │ ';

/** `reporting-verb (distancing)`: what fired, in Latin letters so a flag's line reads left to right. */
export function flagHead(f: FramingFlag): string {
  return `${f.category}${f.value ? ` (${f.value})` : ''}`;
}

/** `speaker: X · verb: Y · via: Z` with each value isolated. */
function attributionSpans(attribution: string): StyledSpan[] {
  return attribution.split(' · ').flatMap((part, k) => {
    const colon = part.indexOf(': ');
    const label = colon > 0 ? part.slice(0, colon + 2) : '';
    return [...(k > 0 ? [{ text: ' · ' }] : []), { text: label, style: { tone: 'muted' as const } }, { text: part.slice(label.length), isolate: true }];
  });
}

/** An evidence line (`names: a, b`, `figures agree: x ~ y`, a note): its values isolated. */
function evidenceSpans(line: string): StyledSpan[] {
  const colon = line.indexOf(': ');
  if (colon < 0) return [{ text: line, isolate: true }];
  // Values and the separators between them (`, ` in a list, ` ~ ` between figures that agree).
  const parts = line.slice(colon + 2).split(/(, | ~ )/);
  return [{ text: line.slice(0, colon + 2), style: { tone: 'muted' } }, ...parts.map((p, k): StyledSpan => (k % 2 === 1 ? { text: p } : { text: p, isolate: true }))];
}

/** The claim's text as runs: differing words and flagged words marked. */
export function claimSpans(col: ClaimColumn, theme: Theme): StyledSpan[] {
  return col.segments.flatMap((s): StyledSpan[] => {
    if (s.flag) return flaggedSpan(s.text, theme, s.changed ? { changed: true } : {});
    if (s.changed) return changedSpan(s.text, theme);
    return [{ text: s.text }];
  });
}

function columnLines(col: ClaimColumn, focused: boolean, width: number, text: TextOptions, theme: Theme): DisplayLine[] {
  const sel = focused ? { selected: true } : undefined;
  const out: DisplayLine[] = [
    line([{ text: focused ? '> ' : '  ', style: sel }, { text: `[${col.letter}] `, style: { ...sel, bold: true } }, { text: col.outlet, style: { ...sel, bold: true } }, { text: '  ', style: sel }, { ...statusSpan(col.status, true), style: { ...sel, tone: col.status, bold: true } }, ...(col.kind !== 'statement' ? [{ text: ` (${col.kind})`, style: sel }] : [])], width, text, { align: 'left', padStyle: sel }),
    // Whom it conflicts with on a line of its own: a narrow column would cut it off the header.
    ...(col.against.length > 0 ? [line([{ text: `${statusSymbol.conflict} conflicts with ${col.against.join(', ')}`, style: { tone: 'conflict' } }], width, text, { align: 'left' })] : []),
    ...block(claimSpans(col, theme), width, text),
  ];
  const muted = (t: string): StyledSpan => ({ text: t, style: { tone: 'muted' } });
  if (col.attribution) out.push(...block([muted('attributed: '), ...attributionSpans(col.attribution)], width, text));
  for (const n of col.numbers) out.push(...block([muted('figure: '), ...pairSpans({ text: n.text }, ' = ', { text: n.value })], width, text));
  for (const f of col.flags) out.push(...block([muted(`${flagHead(f)}: `), ...flaggedSpan(f.text, theme).map((s) => ({ ...s, isolate: true })), ...(f.gloss ? [muted(` ${f.gloss}`)] : [])], width, text));
  return out;
}

function detailLines(v: ClaimView, width: number, text: TextOptions): DisplayLine[] {
  const out: DisplayLine[] = [];
  const muted = (t: string): StyledSpan => ({ text: t, style: { tone: 'muted' } });
  if (v.absent.length > 0) out.push(...block([muted('left out by: '), { text: v.absent.map((c) => `[${c.letter}] ${c.outlet}`).join(', ') }], width, text));
  for (const n of v.originNotes) out.push(...block([muted('origins: '), { text: n }], width, text));
  for (const c of v.conflicts) out.push(...block([{ text: `! conflict (${c.kind}): `, style: { tone: 'conflict', bold: true } }, muted(`${c.a.ref.label} `), ...pairSpans({ text: c.a.text || '-' }, ` / ${c.b.ref.label} `, { text: c.b.text || '-' })], width, text));
  for (const u of v.updated) out.push(...block([{ text: `~ updated (${u.kind}): `, style: { tone: 'partial', bold: true } }, muted(`${u.earlier.ref.label} `), ...pairSpans({ text: u.earlier.text || '-' }, ` → ${u.later.ref.label} `, { text: u.later.text || '-' }), muted(', a later report higher')], width, text));
  for (const s of v.substitutions) out.push(...block([muted('words: '), ...pairSpans({ text: s.from, style: { tone: 'removed' } }, ' → ', { text: s.to, style: { tone: 'added' } }), ...(s.kind === 'variant' ? [muted(' (spelling)')] : [])], width, text));
  for (const s of v.framingSubstitutions) out.push(...block([muted('framing word choice: '), ...pairSpans({ text: s.from, style: { tone: 'flag' } }, ' → ', { text: s.to, style: { tone: 'flag' } })], width, text));
  if (v.evidence.length > 0) out.push(...block([muted('why aligned:')], width, text));
  for (const e of v.evidence) out.push(...block(evidenceSpans(e), width, text, 2));
  return out;
}

export function buildClaimScreen(args: ScreenArgs): Screen {
  const { analysis, view, width, height, text, theme } = args;
  const comparison = analysis.comparisons[view.event];
  const v = view.row ? buildClaimView(comparison, view.row) : null;
  if (!v) {
    return { head: [], arrangement: 'rows', panes: [{ title: 'Claim', focused: true, width, height: height - 1, lines: [line([{ text: `no claim ${view.row ?? ''}` }], width, text)], cursorLine: null, scroll: 0 }] };
  }
  const n = v.columns.length;
  const colWidth = Math.floor((width - GAP.length * (n - 1)) / n);
  const beside = text.bidi === 'visual' && n > 1 && n <= 3 && colWidth >= 24;
  const present = v.columns.map((c) => `[${c.letter}]`).join(' ');
  const head: DisplayLine[] = [
    line(
      v.kind === 'group'
        ? [statusSpan(v.status), { text: ` ${v.rowId} ${v.status}`, style: { bold: true } }, { text: ` · score ${v.score} · reported by ${present}${v.absent.length ? ` · left out by ${v.absent.map((c) => `[${c.letter}]`).join(' ')}` : ''}` }]
        : [statusSpan('unique'), { text: ` only in [${v.columns[0].letter}] ${v.columns[0].outlet}`, style: { bold: true } }, { text: ` · left out by ${v.absent.map((c) => `[${c.letter}]`).join(' ') || 'none'}` }],
      width,
      text,
      { align: 'left' },
    ),
    ...(v.origins ? [line([{ text: 'origins: ', style: { tone: 'muted' } }, { text: v.origins }], width, text, { align: 'left' })] : []),
    line([{ text: theme.color ? 'underlined: words the other outlet does not use' : '{braces}: words the other outlet does not use · *asterisks*: framing flags', style: { tone: 'muted' } }], width, text, { align: 'left' }),
    // The reviewer's decision beside the engine's, and the note (its words isolated: they may be Arabic).
    ...(v.verdict || v.byline
      ? [
          line(
            [
              { text: `${v.mark} `, style: { bold: true, tone: 'accent' } },
              { text: v.verdict ?? 'reviewer: note', style: { bold: true } },
              ...(v.byline ? [{ text: ' · ' }, { text: v.byline, isolate: true }] : []),
            ],
            width,
            text,
            { align: 'left' },
          ),
        ]
      : []),
  ];
  const body: DisplayLine[] = [];
  if (beside) {
    body.push(...besideLines(v.columns.map((c, k) => ({ lines: columnLines(c, k === view.pane, colWidth, text, theme), width: colWidth })), GAP));
  } else {
    v.columns.forEach((c, k) => {
      if (k > 0) body.push(blankLine(width));
      body.push(...columnLines(c, k === view.pane, width, text, theme));
    });
  }
  body.push(blankLine(width));
  body.push(...detailLines(v, width, text));
  return {
    head,
    arrangement: 'rows',
    panes: [{ title: `Claims side by side (${n} outlet${n === 1 ? '' : 's'})`, focused: true, width, height: Math.max(1, height - head.length - 1), lines: body, cursorLine: null, scroll: view.sub }],
  };
}
