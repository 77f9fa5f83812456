// The event screen's side panel as items, one line each, so the navigation reducer can count them
// without the layout: the key findings (each item that names a claim opens it with Enter) and the
// figures table (one row per entry, Enter unfolds each outlet's sentence, source and report time).
// Both come from the shared view model (src/report/key-findings.ts, src/report/figures-view.ts).
import type { Comparison } from '../../src/types.js';
import type { ClaimRef, EventModel } from '../../src/report/event-model.js';
import { eventModel } from './event-models.js';
import { buildKeyFindings, contrastFlags, contrastName, ONE_ORIGIN_SHOWN, plural, type KeyFindings } from '../../src/report/key-findings.js';
import { figureAmount, figureSymbol, inertLine, type FigureRow } from '../../src/report/figures-view.js';
import type { StyledSpan, Tone } from './styled.js';

/** The side panel's tabs, in the order ← → cycles them. */
export const SIDE_TABS = ['findings', 'figures', 'framing'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

/** One line of the panel: its runs, and what Enter opens (a matrix row id) or unfolds (a figure id). */
export interface PanelItem {
  spans: StyledSpan[];
  /** A claim group id or a unique claim id: Enter opens it on the claim screen. */
  opens?: string;
  /** A figure entry id: Enter unfolds or folds its details. */
  unfolds?: string;
  /** Indent of a continuation line (its words, its outlets). */
  indent?: number;
}

const cache = new WeakMap<Comparison, { model: EventModel; findings: KeyFindings }>();

/** The event's view model and key findings, built once per comparison. */
export function findingsOf(comparison: Comparison): { model: EventModel; findings: KeyFindings } {
  let hit = cache.get(comparison);
  if (!hit) {
    const model = eventModel(comparison);
    hit = { model, findings: buildKeyFindings(model) };
    cache.set(comparison, hit);
  }
  return hit;
}

const muted = (text: string): StyledSpan => ({ text, style: { tone: 'muted' } });
const bold = (text: string, tone?: Tone): StyledSpan => ({ text, style: { bold: true, ...(tone && { tone }) } });
const letter = (model: EventModel, article: number): StyledSpan => bold(`[${model.letters[article]}]`);
/** Where a claim sits in the matrix: its group, or itself when only one outlet reports it. */
const rowOf = (ref: ClaimRef | null): string | undefined => (ref ? (ref.group?.id ?? ref.claim.id) : undefined);

/** Outlets' amounts on one line of the figures tab. */
const CELLS_PER_LINE = 3;

const FIGURE_TONE: Record<string, Tone> = { conflict: 'conflict', updated: 'partial', absence: 'partial', compatible: 'partial', agree: 'shared', single: 'unique' };

/** The key findings as panel items: conflicts, figures to check, what only each outlet reports, framing contrasts, sources. */
export function findingsItems(comparison: Comparison): PanelItem[] {
  const { model, findings } = findingsOf(comparison);
  const t = model.totals;
  const items: PanelItem[] = [
    { spans: [muted(`${plural(findings.inCommon, 'group')} in common (=${t.groupsBy.shared} ~${t.groupsBy.partial} !${t.groupsBy.conflict}) · ${plural(t.claimsBy.unique, 'claim')} only one outlet reports`)] },
  ];
  // How much a reviewer checked (with reviews on): the findings are the engine's until then.
  const reviewed = model.review?.summary.items;
  if (reviewed) {
    const parts = (['group', 'claim', 'figure', 'flag'] as const).filter((k) => reviewed[k].total > 0).map((k) => `${k}s ${reviewed[k].reviewed}/${reviewed[k].total}`);
    items.push({ spans: [bold('Reviewed:'), muted(` ${parts.join(' · ')}`)] });
  }
  const o = findings.origins;
  if (o && o.groups > 0) {
    // The shared facts' support: how many rest on two or more independent origins; those on one origin open their group.
    items.push({ spans: [bold('Independent:'), muted(` ${o.confirmed}/${plural(o.groups, 'shared fact')} · ${o.oneOrigin.length} on one origin`)] });
    for (const { group, label } of o.oneOrigin.slice(0, ONE_ORIGIN_SHOWN)) items.push({ spans: [muted(`${group.group.id} `), { text: inertLine(label), isolate: true }], opens: group.group.id, indent: 2 });
  }
  if (findings.conflicts.length === 0) items.push({ spans: [bold('Conflicts: none'), muted(' (the same facts agree)')] });
  else items.push({ spans: [bold(`! Conflicts (${findings.conflicts.length})`, 'conflict')] });
  for (const c of findings.conflicts) {
    items.push({ spans: [muted(`${c.id} `), { text: c.what, isolate: true }], opens: c.from === 'claims' ? c.id : rowOf(c.sides[0]?.ref ?? null), indent: 2 });
    for (const s of c.sides) {
      items.push({ spans: [letter(model, s.article), { text: ' ' }, { text: s.value, style: { tone: 'conflict', bold: true }, isolate: true }, ...(s.source ? [muted(' · '), { text: s.source, isolate: true }] : [])], opens: rowOf(s.ref), indent: 4 });
    }
  }
  if (findings.figureAlerts.length > 0) {
    items.push({ spans: [bold('Figures to check'), muted(' (← → Figures tab)')] });
    for (const r of findings.figureAlerts) items.push({ spans: [bold(r.symbol, FIGURE_TONE[r.entry.relation]), { text: ` ${r.entry.id} ` }, { text: r.label, isolate: true }, muted(` ${r.entry.relation}`)], opens: rowOf(model.refs.get(r.claims[0] ?? '') ?? null), indent: 2 });
  }
  items.push({ spans: [bold('+ Only one outlet reports', 'unique')] });
  for (const o of findings.only) {
    if (o.repeats !== null) {
      items.push({ spans: [letter(model, o.article), muted(' the same text as '), letter(model, o.repeats), muted(', filed again')], indent: 2 });
      continue;
    }
    items.push({ spans: [letter(model, o.article), muted(o.total === 0 ? ' nothing the others leave out' : ` ${plural(o.total, 'claim')}`)], indent: 2 });
    for (const r of o.top) items.push({ spans: [muted(`${r.label} `), { text: inertLine(r.claim.text), isolate: true }], opens: r.claim.id, indent: 4 });
  }
  if (findings.contrasts.length > 0) items.push({ spans: [bold('Framing of the same fact')] });
  for (const c of findings.contrasts) {
    items.push({ spans: [muted(`${c.group.group.id} `), { text: contrastName[c.kind] }], opens: c.group.group.id, indent: 2 });
    for (const s of c.sides) {
      // Each word isolated and its value after it in Latin, so `أكد (asserting)` keeps that order on any terminal.
      const words = contrastFlags(s).flatMap((f, k): StyledSpan[] => [...(k > 0 ? [{ text: ', ' }] : []), { text: f.text, style: { tone: 'flag' }, isolate: true }, ...(f.value ? [muted(` (${f.value})`)] : [])]);
      items.push({ spans: [letter(model, s.article), { text: ' ' }, ...(words.length > 0 ? words : [muted('none')])], opens: rowOf(s.ref), indent: 4 });
    }
  }
  if (findings.citations.length > 0) items.push({ spans: [bold('Whom each outlet cites')] });
  for (const c of findings.citations) {
    const names = c.top.flatMap((s, k): StyledSpan[] => [...(k > 0 ? [{ text: ', ' }] : []), { text: inertLine(s.name), isolate: true }, muted(` ×${s.count}`)]);
    items.push({ spans: [letter(model, c.article), { text: ' ' }, ...(names.length > 0 ? names : [muted('no source named')]), ...(c.total > c.top.length ? [muted(` +${c.total - c.top.length}`)] : [])], indent: 2 });
  }
  return items;
}

/** `A about 95*`: an outlet's compared figure (marked `*`) and how many others it gives. */
function cellSpans(model: EventModel, row: FigureRow, article: number): StyledSpan[] {
  const cell = row.cells[article];
  if (!cell) return [];
  const amount = cell.compared ? `${figureAmount(cell.compared)}*` : cell.others.map(figureAmount).join('/');
  return [letter(model, article), { text: ' ' }, { text: amount, isolate: true }, ...(cell.others.length > 0 && cell.compared ? [muted(` +${cell.others.length}`)] : [])];
}

/**
 * The figures table as items: per entry its verdict symbol, quantity and scope, and each outlet's
 * compared amount; then its reason; unfolded, each value's sentence, source and report time.
 */
export function figureItems(comparison: Comparison, unfolded: string | null): PanelItem[] {
  const { model, findings } = findingsOf(comparison);
  const rows = findings.figures;
  if (!rows.some((r) => r.entry.relation !== 'single')) return [{ spans: [muted('No two outlets give a figure for the same quantity.')] }];
  const items: PanelItem[] = [{ spans: [muted('! conflict ^ updated ? absence ~ compatible = agree + one outlet; * the figure compared; Enter unfolds')] }];
  for (const r of rows) {
    items.push({ spans: [bold(r.symbol, FIGURE_TONE[r.entry.relation]), { text: ` ${r.entry.id} ` }, { text: r.label, isolate: true }, muted(` · ${r.entry.relation}`)], unfolds: r.entry.id });
    // One cell per outlet, a few outlets to a line.
    const cells = model.letters.map((_, i) => cellSpans(model, r, i)).filter((spans) => spans.length > 0);
    for (let k = 0; k < cells.length; k += CELLS_PER_LINE) {
      items.push({ spans: cells.slice(k, k + CELLS_PER_LINE).flatMap((spans, j) => [...(j > 0 ? [{ text: '   ' }] : []), ...spans]), unfolds: r.entry.id, indent: 4 });
    }
    // Not isolated: an English reason quoting Arabic figures reads in its own (left-to-right) order.
    items.push({ spans: [muted('why: '), { text: inertLine(r.entry.reason) }], unfolds: r.entry.id, indent: 4 });
    if (unfolded !== r.entry.id) continue;
    for (const v of r.entry.values) {
      const article = comparison.articles.findIndex((a) => a.id === v.article);
      const ref = model.refs.get(v.claim) ?? null;
      items.push({
        spans: [
          letter(model, article),
          { text: ` ${v.compared ? '*' : ' '}` },
          { text: figureAmount(v), isolate: true },
          muted(` · ${v.source ? '' : 'no source'}`),
          ...(v.source ? [{ text: inertLine(v.source), isolate: true }] : []),
          muted(` · ${v.reported ?? 'time unknown'}${v.stage ? ` · ${v.stage}` : ''} · `),
          { text: inertLine(v.sentence), isolate: true },
        ],
        opens: rowOf(ref),
        indent: 6,
      });
    }
  }
  return items;
}
