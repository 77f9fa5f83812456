// The event's figures table as every view shows it (text, Markdown, HTML, the terminal UI): one row
// per quantity and scope with its verdict symbol and reason, one cell per outlet with its amount
// (the compared value marked), conflicts, updates and absences first. Built from `Comparison.figures`.
import type { Comparison, FigureEntry, FigureRelation, FigureValue } from '../types.js';
import { removeControls } from '../text/controls.js';

/** Status symbols of figure verdicts; never colour alone. */
export const figureSymbol: Record<FigureRelation, string> = {
  conflict: '!',
  updated: '^',
  absence: '?',
  compatible: '~',
  agree: '=',
  single: '+',
};

/** What each verdict means, for legends. */
export const figureMeaning: Record<FigureRelation, string> = {
  conflict: 'the outlets give incompatible amounts',
  updated: 'the amounts differ and each later report is higher (a toll that grew)',
  absence: 'one report says none or not yet known, another gives some',
  compatible: 'no contradiction, but a vague amount cannot confirm a figure',
  agree: 'the same amount, allowing the qualifiers',
  single: 'only one outlet gives this figure',
};

/** The order the views list verdicts in: what needs a reader's attention first. */
export const FIGURE_ORDER: readonly FigureRelation[] = ['conflict', 'updated', 'absence', 'compatible', 'agree', 'single'];

/** Verdicts a key-findings summary calls out. */
export const FIGURE_ALERTS: ReadonlySet<FigureRelation> = new Set(['conflict', 'updated', 'absence']);

const QUALIFIERS: Record<string, string> = {
  'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'less-than': 'less than ', 'up-to': 'up to ',
};

/** Untrusted text on one line: controls and bidi overrides removed, whitespace collapsed. */
export function inertLine(text: string): string {
  return removeControls(text).replace(/\s+/g, ' ').trim();
}

/** A value as a reader says it: `at least 48`, `20-99`, `none`, `not yet known`. */
export function figureAmount(v: FigureValue): string {
  if (v.qualifier === 'none') return 'none';
  if (v.qualifier === 'unknown') return 'not yet known';
  const unit = v.unit ? ` ${v.unit}` : '';
  if (v.value !== null) return `${QUALIFIERS[v.qualifier] ?? ''}${v.value.toLocaleString('en-US')}${unit}`;
  if (v.range) return `${v.range[0].toLocaleString('en-US')}${v.range[1] === null ? '+' : `-${v.range[1].toLocaleString('en-US')}`}${unit}`;
  return inertLine(v.text);
}

/** `killed`, `killed (running total, group: children, in أوتار براديش)`: the quantity and its scope. */
export function figureScopeLabel(e: FigureEntry): string {
  const parts = [
    e.scope.period === 'cumulative' ? 'running total' : null,
    e.scope.group ? `group: ${inertLine(e.scope.group)}` : null,
    e.scope.place ? `in ${inertLine(e.scope.place)}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** One outlet's figures in a row: the compared one first, then the others it gives. */
export interface FigureCell {
  /** Index of the article in `comparison.articles`. */
  article: number;
  /** The value the verdict compares, or null when the outlet gives only other figures. */
  compared: FigureValue | null;
  /** Its other figures for the same quantity and scope (an earlier toll, one attributed elsewhere). */
  others: FigureValue[];
}

export interface FigureRow {
  entry: FigureEntry;
  symbol: string;
  /** `killed` or `killed (running total)`: quantity and scope in English. */
  label: string;
  /** One cell per article (article order); null for an article that gives no figure here. */
  cells: Array<FigureCell | null>;
  /** The claim ids that state the compared values, for links. */
  claims: string[];
}

/** The figures table, conflicts/updates/absences first, then compatible, agree and one-article entries (table order within each). */
export function buildFigureRows(comparison: Comparison): FigureRow[] {
  const index = new Map(comparison.articles.map((a, i) => [a.id, i]));
  const rank = (e: FigureEntry) => FIGURE_ORDER.indexOf(e.relation);
  const entries = (comparison.figures ?? []).map((e, i) => ({ e, i })).sort((x, y) => rank(x.e) - rank(y.e) || x.i - y.i);
  return entries.map(({ e }) => {
    const cells: Array<FigureCell | null> = comparison.articles.map(() => null);
    for (const v of e.values) {
      const article = index.get(v.article);
      if (article === undefined) continue;
      const cell = (cells[article] ??= { article, compared: null, others: [] });
      if (v.compared && cell.compared === null) cell.compared = v;
      else cell.others.push(v);
    }
    return {
      entry: e,
      symbol: figureSymbol[e.relation],
      label: `${inertLine(e.quantity)}${figureScopeLabel(e)}`,
      cells,
      claims: e.values.filter((v) => v.compared).map((v) => v.claim),
    };
  });
}

/** True when some entry compares two or more articles: otherwise the views leave the table out. */
export function hasComparedFigures(comparison: Comparison): boolean {
  return (comparison.figures ?? []).some((e) => e.relation !== 'single');
}
