// The event figures table in plain text: one block per quantity with its verdict and why, then each
// article's figure with its exact words, sentence and source. Article text is made inert first.
import type { Comparison, FigureEntry, FigureRelation, FigureValue } from '../types.js';
import { articleLetter, outletName } from './event-model.js';
import { stripControls } from './escape.js';

/** Status symbols of figure verdicts; never colour alone. */
export const figureSymbol: Record<FigureRelation, string> = {
  conflict: '!',
  updated: '^',
  absence: '?',
  compatible: '~',
  agree: '=',
  single: '+',
};

const QUALIFIERS: Record<string, string> = {
  'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'less-than': 'less than ', 'up-to': 'up to ',
};

/** Untrusted text on one line: controls and bidi overrides removed, whitespace collapsed. */
function inert(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').trim();
}

/** A value as a reader says it: `at least 48`, `20-99 (عشرات)`, `none reported`. */
export function figureAmount(v: FigureValue): string {
  if (v.qualifier === 'none') return 'none';
  if (v.qualifier === 'unknown') return 'not yet known';
  const unit = v.unit ? ` ${v.unit}` : '';
  if (v.value !== null) return `${QUALIFIERS[v.qualifier] ?? ''}${v.value.toLocaleString('en-US')}${unit}`;
  if (v.range) return `${v.range[0].toLocaleString('en-US')}${v.range[1] === null ? '+' : `-${v.range[1].toLocaleString('en-US')}`}${unit}`;
  return inert(v.text);
}

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
  return `${from > 0 ? '... ' : ''}${inert(s.slice(from, at))} «${inert(s.slice(at, end))}» ${inert(s.slice(end, to))}${to < s.length ? ' ...' : ''}`;
}

function scopeLabel(e: FigureEntry): string {
  const parts = [
    e.scope.period === 'cumulative' ? 'running total' : null,
    e.scope.group ? `group: ${inert(e.scope.group)}` : null,
    e.scope.place ? `in ${inert(e.scope.place)}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The figures table lines, or none when no entry compares two articles. `after` adds lines under an
 * entry's verdict (the reviewer's decision).
 */
export function renderFiguresText(comparison: Comparison, after: (entry: FigureEntry) => string[] = () => []): string[] {
  const entries = comparison.figures ?? [];
  if (!entries.some((e) => e.relation !== 'single')) return [];
  const index = new Map(comparison.articles.map((a, i) => [a.id, { a, i }]));
  const claimStart = new Map(comparison.articles.flatMap((a) => a.claims.map((c) => [c.id, c.start] as const)));
  const out = ['Figures (! conflict, ^ updated, ? absence, ~ compatible, = agree, + one article; * the figure compared)'];
  for (const e of entries) {
    out.push('', `${figureSymbol[e.relation]} ${e.id} ${e.quantity}${scopeLabel(e)}: ${e.relation} - ${inert(e.reason)}`, ...after(e));
    for (const v of e.values) {
      const art = index.get(v.article)!;
      const source = v.source ? ` - ${inert(v.source)}` : '';
      const stage = v.stage ? ` [${v.stage}]` : '';
      const note = v.note ? ` (${inert(v.note)})` : '';
      out.push(
        `  ${v.compared ? '*' : ' '} [${articleLetter(art.i)}] ${inert(outletName(art.a))} ${art.a.date ?? ''}: ${figureAmount(v)}${stage}${note}${source}`,
        `        ${excerpt(v, claimStart.get(v.claim) ?? 0)}`,
      );
    }
  }
  out.push('');
  return out;
}
