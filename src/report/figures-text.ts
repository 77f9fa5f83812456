// The event figures table in plain text: one block per quantity (conflicts, updates and absences
// first) with its verdict and why, then each article's figure with its exact words, sentence and
// source. Article text is made inert first.
import type { Comparison, FigureEntry, FigureRelation, FigureValue } from '../types.js';
import { articleLetter, outletName } from './event-model.js';
import { buildFigureRows, figureAmount, figureSymbol, inertLine } from './figures-view.js';
import { tone, type TextTone } from './text-style.js';

/** The tone of a verdict in colour output. */
export const figureTone: Record<FigureRelation, TextTone> = {
  conflict: 'conflict',
  updated: 'updated',
  absence: 'absence',
  compatible: 'partial',
  agree: 'shared',
  single: 'unique',
};

/** The sentence, shortened around the figure when long: `... words «figure» words ...`. */
function excerpt(v: FigureValue, claimStart: number, width = 110): string {
  const s = v.sentence;
  const at = Math.max(0, v.start - claimStart);
  const end = Math.min(s.length, v.end - claimStart);
  let from = Math.max(0, at - Math.floor((width - (end - at)) / 2));
  let to = Math.min(s.length, Math.max(end, from + width));
  // Cut at spaces, never inside a word.
  while (from > 0 && !/\s/.test(s[from - 1])) from -= 1;
  while (to < s.length && !/\s/.test(s[to])) to += 1;
  return `${from > 0 ? '... ' : ''}${inertLine(s.slice(from, at))} «${inertLine(s.slice(at, end))}» ${inertLine(s.slice(end, to))}${to < s.length ? ' ...' : ''}`;
}

/**
 * The figures table lines, or none when no entry compares two articles. `after` adds lines under an
 * entry's verdict (the reviewer's decision).
 */
export function renderFiguresText(comparison: Comparison, filter: (r: FigureRelation) => boolean = () => true, after: (entry: FigureEntry) => string[] = () => []): string[] {
  const rows = buildFigureRows(comparison).filter((r) => filter(r.entry.relation));
  if (!rows.some((r) => r.entry.relation !== 'single')) return [];
  const claimStart = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c.start] as const)));
  const out = [tone('heading', 'Figures (! conflict, ^ updated, ? absence, ~ compatible, = agree, + one article; * the figure compared)')];
  for (const { entry: e, label } of rows) {
    out.push('', `${tone(figureTone[e.relation], figureSymbol[e.relation])} ${e.id} ${label}: ${tone(figureTone[e.relation], e.relation)} - ${inertLine(e.reason)}`, ...after(e));
    for (const v of e.values) {
      const i = comparison.articles.findIndex((a) => a.id === v.article);
      const a = comparison.articles[i];
      const source = v.source ? ` - ${inertLine(v.source)}` : '';
      const stage = v.stage ? ` [${v.stage}]` : '';
      const note = v.note ? ` (${inertLine(v.note)})` : '';
      out.push(
        `  ${v.compared ? '*' : ' '} [${articleLetter(i)}] ${inertLine(outletName(a))} ${a.date ?? ''}: ${figureAmount(v)}${stage}${note}${source}`,
        `        ${excerpt(v, claimStart.get(v.claim) ?? 0)}`,
      );
    }
  }
  out.push('');
  return out;
}
